#include "display/announcer.hpp"

#include <cstdio>

#include "display/alsa_output.hpp"
#include "display/speech_synth.hpp"

namespace kezek::display {

Announcer::Announcer(AnnouncerSettings settings) : settings_(std::move(settings)), thread_([this] { run(); }) {}

Announcer::~Announcer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void Announcer::announce(const Announcement& call) {
  {
    std::lock_guard lock(mutex_);
    queue_.push(call);
  }
  wake_.notify_one();
}

void Announcer::run() {
  SpeechSynth synth;
  if (!synth.ok()) std::fprintf(stderr, "kezek-display: %s; calls are shown, not spoken\n", synth.error().c_str());
  AlsaOutput output(settings_.device);
  const PlayCall play = settings_.play
                            ? settings_.play
                            : PlayCall([&output](const Pcm& pcm, const std::atomic<bool>& stop, std::string& error) {
                                return output.play(pcm, stop, error);
                              });
  bool device_missing_reported = false;
  bool synth_problem_reported = false;
  for (;;) {
    Announcement call;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || queue_.size() > 0; });
      if (stopping_) return;
      call = *queue_.pop();
    }
    if (!synth.ok()) continue;
    std::string problems;
    const Pcm pcm = render_announcement(synth, call, settings_.languages, problems);
    if (!problems.empty() && !synth_problem_reported) {
      std::fprintf(stderr, "kezek-display: speech: %s\n", problems.c_str());
      synth_problem_reported = true;
    }
    std::string error;
    if (!play(pcm, stopping_, error)) {
      // Once: a display without speakers is a normal installation, not an alarm.
      if (!device_missing_reported)
        std::fprintf(stderr, "kezek-display: no audio (%s); calls are shown, not spoken\n", error.c_str());
      device_missing_reported = true;
    } else if (device_missing_reported) {
      std::fprintf(stderr, "kezek-display: audio device \"%s\" works again\n", settings_.device.c_str());
      device_missing_reported = false;
    }
  }
}

}  // namespace kezek::display
