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
//    "years": {"2026": {"source": "...", "note": "...",
//      "days_off": [{"date": "2026-03-09", "moved_from": "2026-03-08",
//                    "name": {"en": "...", "ru": "...", "kk": "..."}}, ...],
//      "working_days": [...same entry shape...]}}}
// days_off lists only weekdays (a holiday on a weekend is listed as the weekday
// it moves to); working_days lists only Saturdays and Sundays. "note",
// "moved_from", "name" and "working_days" are optional; a top-level "about"
// string is allowed for the reader. Any other key is an error.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "shared/calendar/day_rules.hpp"
#include "shared/calendar/opening_hours.hpp"

namespace kezek {

// The name of a listed date in the kiosk's three languages.
struct DayName {
  std::string en;
  std::string ru;
  std::string kk;
};

struct HolidayTable {
  OpeningHours hours;
  DayRules rules;
  std::map<Date, DayName> names;                     // every listed date that has a name
  std::map<std::chrono::year, std::string> sources;  // where each year's dates come from
};

// Both throw std::runtime_error("<source>: <entry>: <problem>").
HolidayTable parse_holiday_table(std::string_view json_text, std::string_view source_name);
HolidayTable read_holiday_table(const std::filesystem::path& file);

}  // namespace kezek
