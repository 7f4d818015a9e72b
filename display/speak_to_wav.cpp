#include "display/speak_to_wav.hpp"

#include <cstdio>

#include "display/announcement_queue.hpp"
#include "display/speech_synth.hpp"
#include "display/wav_file.hpp"

namespace kezek::display {

int speak_to_wav(const std::filesystem::path& file, const std::vector<CallToSpeak>& calls,
                 const std::vector<Lang>& languages) {
  SpeechSynth synth;
  if (!synth.ok()) {
    std::fprintf(stderr, "kezek-display: %s\n", synth.error().c_str());
    return 1;
  }
  AnnouncementQueue queue;
  for (const CallToSpeak& c : calls) queue.push(Announcement{c.number, c.counter});
  Pcm all;
  all.sample_rate = synth.sample_rate();
  int index = 0;
  bool complete = true;
  while (auto call = queue.pop()) {
    std::string problems;
    const double start = all.seconds();
    const Pcm one = render_announcement(synth, *call, languages, problems);
    all.append(one.samples);
    std::printf("announcement %d: %s counter %d at %.3f s, %.3f s long\n", ++index, call->number.c_str(), call->counter,
                start, one.seconds());
    for (Lang lang : languages)
      std::printf("  %s: %s\n", std::string(catalog::to_string(lang)).c_str(), spoken_text(*call, lang).c_str());
    if (!problems.empty()) {
      std::fprintf(stderr, "kezek-display: %s\n", problems.c_str());
      complete = false;
    }
  }
  write_wav(file, all);
  std::printf("wrote %s: %d announcement(s), %.3f s at %d Hz\n", file.c_str(), index, all.seconds(), all.sample_rate);
  return complete ? 0 : 1;
}

}  // namespace kezek::display
