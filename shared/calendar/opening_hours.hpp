#pragma once
// The Centre's daily hours, as local times of day.
#include <chrono>

namespace kezek {

// Local times of day since midnight. lunch_start == lunch_end means no break.
struct OpeningHours {
  std::chrono::minutes open{std::chrono::hours{9}};
  std::chrono::minutes close{std::chrono::hours{18}};
  std::chrono::minutes lunch_start{std::chrono::hours{13}};
  std::chrono::minutes lunch_end{std::chrono::hours{14}};
};

// True when 00:00 <= open < lunch_start <= lunch_end < close <= 24:00, so every
// working day has a morning and an afternoon that are not empty.
bool hours_in_order(const OpeningHours& hours);

}  // namespace kezek
