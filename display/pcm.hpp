#pragma once
// Pcm: mono 16-bit audio in memory, the one shape the display's sound takes
// from the synthesiser and the chime to ALSA or a WAV file.
//
// Threading: a plain value.

#include <cstdint>
#include <vector>

namespace kezek::display {

struct Pcm {
  int sample_rate = 22050;
  std::vector<std::int16_t> samples;

  double seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
  void append(const std::vector<std::int16_t>& more) { samples.insert(samples.end(), more.begin(), more.end()); }
  void append_silence(int milliseconds) {
    samples.insert(samples.end(), static_cast<std::size_t>(sample_rate) * milliseconds / 1000, 0);
  }
};

}  // namespace kezek::display
