#pragma once
// SpeechSynth: espeak-ng, offline, rendering text to PCM in memory (no audio
// device involved): the voices kk, ru and en from Debian's espeak-ng-data.
//
// Threading: espeak-ng keeps process-wide state, so at most one SpeechSynth
// may exist at a time, and it must be used from the thread that made it (the
// display's audio thread, or main() in --speak-to-wav mode).

#include <cstdint>
#include <string>
#include <vector>

#include "shared/catalog/lang.hpp"

namespace kezek::display {

class SpeechSynth {
 public:
  SpeechSynth();
  ~SpeechSynth();
  SpeechSynth(const SpeechSynth&) = delete;
  SpeechSynth& operator=(const SpeechSynth&) = delete;

  // False (with error()) when espeak-ng or its data could not be loaded.
  bool ok() const { return sample_rate_ > 0; }
  const std::string& error() const { return error_; }
  int sample_rate() const { return sample_rate_; }

  // `text` (UTF-8) spoken in the voice of `lang`; empty with `error` set when
  // the voice is missing or synthesis fails.
  std::vector<std::int16_t> speak(const std::string& text, catalog::Lang lang, std::string& error);

 private:
  int sample_rate_ = 0;
  std::string error_;
};

}  // namespace kezek::display
