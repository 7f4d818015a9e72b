#pragma once
// AlsaOutput: plays a Pcm on an ALSA device ("default" unless configured),
// opening it for each announcement so that speakers plugged in later are used.
//
// Threading: one thread at a time (the display's audio thread).

#include <atomic>
#include <string>

#include "display/pcm.hpp"

namespace kezek::display {

class AlsaOutput {
 public:
  explicit AlsaOutput(std::string device);

  // Blocks until played, or until `stop` turns true. False with `error` set
  // when the device cannot be opened or refuses the audio.
  bool play(const Pcm& pcm, const std::atomic<bool>& stop, std::string& error);

 private:
  std::string device_;
};

}  // namespace kezek::display
