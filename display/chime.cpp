#include "display/chime.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kezek::display {

std::vector<std::int16_t> make_chime(int sample_rate) {
  struct Tone {
    double start_s, hz, decay_s;
  };
  // The second tone begins while the first still rings, as a door chime does.
  constexpr Tone kTones[] = {{0.0, 659.25, 0.28}, {0.42, 523.25, 0.40}};
  constexpr double kLength_s = 1.5;
  constexpr double kAttack_s = 0.012;
  constexpr double kPeak = 0.30;  // of full scale: soft next to the speech
  const std::size_t n = static_cast<std::size_t>(kLength_s * sample_rate);
  std::vector<std::int16_t> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / sample_rate;
    double v = 0.0;
    for (const Tone& tone : kTones) {
      const double u = t - tone.start_s;
      if (u < 0) continue;
      const double envelope = std::min(1.0, u / kAttack_s) * std::exp(-u / tone.decay_s);
      const double phase = 2.0 * std::numbers::pi * tone.hz * u;
      v += envelope * (std::sin(phase) + 0.12 * std::sin(2.0 * phase));
    }
    // Fade the last 50 ms so the tail ends at zero without a click.
    const double tail = std::clamp((kLength_s - t) / 0.05, 0.0, 1.0);
    out[i] = static_cast<std::int16_t>(std::lround(std::clamp(v * kPeak * tail, -1.0, 1.0) * 32767.0));
  }
  return out;
}

}  // namespace kezek::display
