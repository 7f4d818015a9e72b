#pragma once
// The suites' ordinary working day, Tuesday 24 November 2026 (09:00-18:00,
// lunch 13:00-14:00), and instants on it. Defined once here for every suite: in
// a unity build several test files share one translation unit, where two files'
// own `kDay` or `at` would clash.
#include <chrono>

#include "shared/time/local_time.hpp"

namespace kezek::test_day {

inline constexpr Date kDay = std::chrono::year{2026} / std::chrono::November / 24;
inline constexpr Date kNextDay = std::chrono::year{2026} / std::chrono::November / 25;

inline Instant at(int h, int m = 0, int s = 0) {
  return from_local(kDay, std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s});
}

}  // namespace kezek::test_day
