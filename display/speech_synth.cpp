#include "display/speech_synth.hpp"

#include <espeak-ng/speak_lib.h>

namespace kezek::display {
namespace {

// Announcements are read a little slower than espeak's 175 words a minute:
// a hall with echo and listeners in their second or third language.
constexpr int kWordsPerMinute = 155;

// espeak-ng hands the samples over in pieces; the buffer to fill travels as the
// synthesis call's user_data, so no global is needed.
int collect(short* wav, int count, espeak_EVENT* events) {
  if (wav != nullptr && count > 0 && events != nullptr && events->user_data != nullptr) {
    auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
    out->insert(out->end(), wav, wav + count);
  }
  return 0;  // go on
}

}  // namespace

SpeechSynth::SpeechSynth() {
  // Synchronous output: espeak_Synth returns once every sample went through the
  // callback; nothing is played.
  const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
  if (rate <= 0) {
    error_ = "espeak-ng could not start (is espeak-ng-data installed?)";
    return;
  }
  sample_rate_ = rate;
  espeak_SetSynthCallback(collect);
  espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
}

SpeechSynth::~SpeechSynth() {
  if (ok()) espeak_Terminate();
}

std::vector<std::int16_t> SpeechSynth::speak(const std::string& text, catalog::Lang lang, std::string& error) {
  std::vector<std::int16_t> samples;
  if (!ok()) {
    error = error_;
    return samples;
  }
  const std::string voice(catalog::to_string(lang));
  if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) {
    error = "espeak-ng has no \"" + voice + "\" voice";
    return samples;
  }
  espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
  const espeak_ERROR result =
      espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &samples);
  if (result != EE_OK) {
    error = "espeak-ng could not speak \"" + text + "\"";
    samples.clear();
    return samples;
  }
  espeak_Synchronize();
  return samples;
}

}  // namespace kezek::display
