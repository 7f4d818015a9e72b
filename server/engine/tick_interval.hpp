#pragma once
// How long the engine's worker may sleep with nothing to do. The clock alone
// moves the Centre (13:00, 14:00, 18:00, a called visitor's no-show, the day
// boundary), so the worker wakes at least this often. Half a second of real
// time is fine for a real clock, but at --time-scale 3600 it would be half a
// simulated hour: the interval is bounded in the Centre's time instead, so a
// change is noticed within kTickCentreTime whatever the scale, and never
// sooner than kMinTick apart so a fast clock does not spin the worker.
#include <algorithm>
#include <chrono>

namespace kezek::server {

inline constexpr std::chrono::milliseconds kMaxTick{500};
inline constexpr std::chrono::milliseconds kMinTick{10};
inline constexpr std::chrono::seconds kTickCentreTime{30};

// `rate`: the clock's seconds per real second (Clock::rate()).
inline std::chrono::milliseconds tick_interval(double rate) {
  const double ms = std::chrono::duration<double, std::milli>(kTickCentreTime).count() / std::max(rate, 1e-9);
  return std::clamp(std::chrono::milliseconds(static_cast<long long>(std::min(ms, 1e9))), kMinTick, kMaxTick);
}

}  // namespace kezek::server
