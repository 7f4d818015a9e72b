#pragma once
// Which dates break the Monday-to-Friday pattern.
#include <set>

#include "shared/time/local_time.hpp"

namespace kezek {

// days_off: public holidays and the weekdays that holidays or decrees move a
// day off onto — all simply closed. working_weekend_days: Saturdays or Sundays
// that a decree made working. A date in both is a day off.
struct DayRules {
  std::set<Date> days_off;
  std::set<Date> working_weekend_days;
};

// Saturday or Sunday: closed unless a decree makes it working.
inline bool is_weekend(Date date) {
  const std::chrono::weekday w{std::chrono::sys_days{date}};
  return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

}  // namespace kezek
