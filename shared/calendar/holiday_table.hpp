#pragma once
// The calendar data file (assets/calendar/kz-holidays.json) and its loader.
//
// Governments move days off by decree and holidays change by law, so dates are
// data: adding a year or a decree move is one line in the file. The loader is
// strict and every fault names the file, the entry and the problem, because a
// silently wrong calendar sells tickets on a holiday.
//
// File shape (one entry per line in the shipped file):
//   {"timezone": "Asia/Almaty", "utc_offset": "+05:00",
//    "hours": {"open": "09:00", "close": "18:00", "lunch_start": "13:00", "lunch_end": "14:00"},
//    "fixed_holidays": [{"month": 3, "day": 8, "name": {...}},
//                       {"month": 1, "day": 7, "moved": false, "name": {...}},
//                       {"month": 3, "day": 15, "from_year": 2027, "name": {...}}, ...],
//    "lunar_holidays": [{"name": {"en": "Kurban Ait", ...}, "note": "..."}],
//    "years": {"2026": {"source": "...", "note": "...", "provisional": false,
//      "days_off": [{"date": "2026-03-09", "moved_from": "2026-03-08",
//                    "name": {"en": "...", "ru": "...", "kk": "..."}}, ...],
//      "working_days": [...same entry shape...]}}}
// A year's list is the authority for that year (decree moves, the lunar
// holidays' dates); "provisional": true marks a list made before the year's
// decree was published. A year without a list gets its days off from
// "fixed_holidays" by the Labour Code's rule (fixed_holidays.hpp) and is
// provisional too; "lunar_holidays" names what such a year cannot know.
// days_off lists only weekdays (a holiday on a weekend is listed as the weekday
// it moves to); working_days lists only Saturdays and Sundays. "note",
// "moved_from", "name", "provisional", "working_days", "fixed_holidays" and
// "lunar_holidays" are optional; a top-level "about" string is allowed for the
// reader. Any other key is an error (holiday_rules_reader.hpp for the rules).
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "shared/calendar/day_name.hpp"
#include "shared/calendar/day_rules.hpp"
#include "shared/calendar/fixed_holidays.hpp"
#include "shared/calendar/opening_hours.hpp"

namespace kezek {

struct HolidayTable {
  OpeningHours hours;
  DayRules rules;                                    // the listed years' dates
  std::map<Date, DayName> names;                     // every listed date that has a name
  std::map<std::chrono::year, std::string> sources;  // where each year's dates come from
  std::set<std::chrono::year> provisional_years;     // listed before their decree was published
  std::vector<FixedHoliday> fixed_holidays;          // the rule's holidays, for years not listed
  std::vector<DayName> lunar_holidays;               // dated only by a year's list
};

// Both throw std::runtime_error("<source>: <entry>: <problem>").
HolidayTable parse_holiday_table(std::string_view json_text, std::string_view source_name);
HolidayTable read_holiday_table(const std::filesystem::path& file);

}  // namespace kezek
