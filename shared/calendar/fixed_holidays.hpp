#pragma once
// The Labour Code's rule for the public holidays fixed by law, applied to any
// year: what makes a year's days off when no decree for it is published yet.
//
// The holidays themselves (dates, names, the years a law keeps them) are data
// in the calendar file's "fixed_holidays" (holiday_table.hpp); only the rule is
// code:
//  - every holiday in force that year is a day off;
//  - one that falls on a Saturday or Sunday gives the next working day off
//    instead (a weekday that is not already a holiday or an earlier move),
//    unless it is never moved (the religious holidays: moved == false);
//  - moves are made in date order, so Nauryz on Saturday 21 and Sunday 22
//    March, with Monday 23 March a holiday itself, gives 24 and 25 March.
// Decree moves (a Saturday worked so that a Friday is off) and the holidays of
// the lunar calendar are not in the rule: the per-year lists give them.
//
// Threading: pure functions over their arguments.
#include <chrono>
#include <optional>
#include <vector>

#include "shared/calendar/day_name.hpp"
#include "shared/time/local_time.hpp"

namespace kezek {

struct FixedHoliday {
  std::chrono::month month{1};
  std::chrono::day day{1};
  DayName name;
  bool moved = true;                       // false: kept on a weekend, no day off for it
  std::optional<std::chrono::year> from;   // the first year the law keeps it
  std::optional<std::chrono::year> until;  // the last year, both included
  bool operator==(const FixedHoliday&) const = default;
};

bool in_force(const FixedHoliday& holiday, std::chrono::year year);

// A day off the rule gives: `date` is off for the holiday on `holiday_date`
// (the same date unless the holiday was moved off a weekend). `holiday`
// points into the list given to generate_days_off().
struct GeneratedDayOff {
  Date date;
  Date holiday_date;
  const FixedHoliday* holiday = nullptr;
};

// The days off the rule gives for the holidays of `year`, in date order. A
// move off a late-December weekend may land in the next year.
std::vector<GeneratedDayOff> generate_days_off(const std::vector<FixedHoliday>& holidays, std::chrono::year year);

}  // namespace kezek
