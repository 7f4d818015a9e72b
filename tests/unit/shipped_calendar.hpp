#pragma once
// The calendar Kezek ships (assets/calendar/kz-holidays.json), loaded afresh for
// each test. One definition for the calendar suites, which share translation
// units in a unity build.
#include <string>

#include "shared/calendar/working_calendar.hpp"

namespace kezek::test_day {

inline WorkingCalendar shipped_calendar() {
  return WorkingCalendar::load(std::string(KEZEK_ASSETS_DIR) + "/calendar/kz-holidays.json");
}

}  // namespace kezek::test_day
