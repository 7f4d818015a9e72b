#pragma once
// The soft two-tone chime before every announcement (E5 then C5, each a sine
// with a little second harmonic and a bell-like decay), generated rather than
// shipped as a sound file so that it matches the speech's sample rate.

#include <cstdint>
#include <vector>

namespace kezek::display {

std::vector<std::int16_t> make_chime(int sample_rate);

}  // namespace kezek::display
