#pragma once
// The calendar file's rules for years it does not list (holiday_table.hpp):
// "fixed_holidays", the holidays fixed by law that fixed_holidays.hpp turns
// into a year's days off, and "lunar_holidays", the holidays only a year's
// list can date.
#include <boost/json.hpp>

#include <vector>

#include "shared/calendar/calendar_reader.hpp"
#include "shared/calendar/day_name.hpp"
#include "shared/calendar/fixed_holidays.hpp"

namespace kezek {

// [{"month": 3, "day": 15, "from_year": 2027, "to_year": 2099, "moved": false,
//   "note": "...", "name": {"en", "ru", "kk"}}]; month, day and name required.
// Refuses a date that is not in every year (29 February), from_year after
// to_year, and the same date twice in years both entries cover.
std::vector<FixedHoliday> read_fixed_holidays(const boost::json::value& v, const CalendarReader& r);

// [{"name": {"en", "ru", "kk"}, "note": "..."}]; name required.
std::vector<DayName> read_lunar_holidays(const boost::json::value& v, const CalendarReader& r);

}  // namespace kezek
