// The Labour Code's rule over the holidays fixed by law
// (shared/calendar/fixed_holidays.hpp): weekend moves, holidays never moved,
// validity ranges, and a year the shipped file does not list (2028).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/calendar/fixed_holidays.hpp"
#include "shared/calendar/working_calendar.hpp"
#include "tests/unit/shipped_calendar.hpp"

namespace kezek_unit_calendar_fixed_holidays {

using namespace std::chrono;
using namespace kezek;
using kezek::test_day::shipped_calendar;

namespace {

FixedHoliday holiday(unsigned m, unsigned d, std::string en, bool moved = true) {
  FixedHoliday h;
  h.month = month{m};
  h.day = day{d};
  h.name = DayName{std::move(en), "ru", "kk"};
  h.moved = moved;
  return h;
}

// "2022-05-10 for 2022-05-07" for a move, "2022-05-09" otherwise.
std::vector<std::string> listed(const std::vector<GeneratedDayOff>& days) {
  std::vector<std::string> out;
  for (const GeneratedDayOff& d : days) {
    std::string line = format_date(d.date);
    if (d.holiday_date != d.date) line += " for " + format_date(d.holiday_date);
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("fixed holidays: a holiday on a weekend gives the next weekday that is not a holiday itself") {
  // May 2022: Sunday 1, Saturday 7, Monday 9.
  const std::vector<FixedHoliday> may{holiday(5, 1, "Unity Day"), holiday(5, 7, "Defender of the Fatherland Day"),
                                      holiday(5, 9, "Victory Day")};
  CHECK(listed(generate_days_off(may, 2022y)) ==
        std::vector<std::string>{"2022-05-02 for 2022-05-01", "2022-05-09", "2022-05-10 for 2022-05-07"});
  const std::vector<GeneratedDayOff> days = generate_days_off(may, 2022y);
  REQUIRE(days.size() == 3);
  CHECK(days[2].holiday->name.en == "Defender of the Fatherland Day");
}

TEST_CASE("fixed holidays: two weekend days of Nauryz move in date order past a Monday holiday") {
  // 2026: Saturday 21, Sunday 22, Monday 23 March, as the e-government list has it.
  const std::vector<FixedHoliday> nauryz{holiday(3, 23, "Nauryz"), holiday(3, 21, "Nauryz"), holiday(3, 22, "Nauryz")};
  CHECK(listed(generate_days_off(nauryz, 2026y)) ==
        std::vector<std::string>{"2026-03-23", "2026-03-24 for 2026-03-21", "2026-03-25 for 2026-03-22"});
}

TEST_CASE("fixed holidays: a holiday never moved gives no day off on a weekend, and one on a weekday as usual") {
  const std::vector<FixedHoliday> january{holiday(1, 1, "New Year"), holiday(1, 2, "New Year"),
                                          holiday(1, 7, "Orthodox Christmas", false)};
  // 2023: Sunday 1, Monday 2, Saturday 7 January; Monday 9 stays a working day.
  CHECK(listed(generate_days_off(january, 2023y)) ==
        std::vector<std::string>{"2023-01-02", "2023-01-03 for 2023-01-01"});
  // 2033: Saturday 1, Sunday 2 January move onto Monday 3 and Tuesday 4; Friday 7 is off.
  CHECK(listed(generate_days_off(january, 2033y)) ==
        std::vector<std::string>{"2033-01-03 for 2033-01-01", "2033-01-04 for 2033-01-02", "2033-01-07"});
}

TEST_CASE("fixed holidays: from_year and to_year bound the years a holiday is kept, both included") {
  FixedHoliday old_day = holiday(8, 30, "Constitution Day");
  old_day.until = 2025y;
  FixedHoliday new_day = holiday(3, 15, "Constitution Day");
  new_day.from = 2027y;
  CHECK(in_force(old_day, 2025y));
  CHECK_FALSE(in_force(old_day, 2026y));
  CHECK_FALSE(in_force(new_day, 2026y));
  CHECK(in_force(new_day, 2027y));
  const std::vector<FixedHoliday> both{old_day, new_day};
  // Saturday 30 August 2025 moved to Monday 1 September.
  CHECK(listed(generate_days_off(both, 2025y)) == std::vector<std::string>{"2025-09-01 for 2025-08-30"});
  // 2026: neither (15 March 2026 is a Sunday that would have moved to Monday 16).
  CHECK(generate_days_off(both, 2026y).empty());
  CHECK(listed(generate_days_off(both, 2027y)) == std::vector<std::string>{"2027-03-15"});
}

TEST_CASE("fixed holidays: a move off a late-December weekend lands in January, and the calendar keeps it") {
  const std::vector<FixedHoliday> eve{holiday(12, 31, "Eve")};
  // Saturday 31 December 2033 -> Monday 2 January 2034.
  CHECK(listed(generate_days_off(eve, 2033y)) == std::vector<std::string>{"2034-01-02 for 2033-12-31"});
  const WorkingCalendar calendar = WorkingCalendar::from_json(
      R"({"timezone": "Asia/Almaty", "utc_offset": "+05:00",
          "hours": {"open": "09:00", "close": "18:00", "lunch_start": "13:00", "lunch_end": "14:00"},
          "fixed_holidays": [{"month": 12, "day": 31, "name": {"en": "Eve", "ru": "ru", "kk": "kk"}}],
          "years": {}})",
      "eve.json");
  CHECK_FALSE(calendar.is_working_day(2034y / January / 2));
  CHECK(calendar.is_working_day(2034y / January / 3));
  REQUIRE(calendar.day_name(2034y / January / 2) != nullptr);
  CHECK(calendar.day_name(2034y / January / 2)->en == "Eve");
}

TEST_CASE("fixed holidays: 2028, which the shipped file does not list, gets the law's days off") {
  const WorkingCalendar calendar = shipped_calendar();
  REQUIRE_FALSE(calendar.covers(2028y));
  std::vector<std::string> off;
  for (Date d = 2028y / January / 1; d.year() == 2028y; d = Date{sys_days{d} + days{1}}) {
    if (!is_weekend(d) && !calendar.is_working_day(d)) off.push_back(format_date(d));
  }
  // New Year on Saturday and Sunday -> Monday 3 and Tuesday 4 January;
  // Defender of the Fatherland Day on Sunday 7 May -> Monday 8 May;
  // Independence Day on Saturday 16 December -> Monday 18 December. Kurban
  // Ait is not among them: only a year's list can date it.
  CHECK(off == std::vector<std::string>{"2028-01-03", "2028-01-04", "2028-01-07", "2028-03-08", "2028-03-15",
                                        "2028-03-21", "2028-03-22", "2028-03-23", "2028-05-01", "2028-05-08",
                                        "2028-05-09", "2028-07-06", "2028-10-25", "2028-12-18"});
  const Date womens_day = 2028y / March / 8;
  CHECK(weekday{sys_days{womens_day}} == Wednesday);
  CHECK_FALSE(calendar.is_working_day(womens_day));
  REQUIRE(calendar.day_name(womens_day) != nullptr);
  CHECK(calendar.day_name(womens_day)->en == "International Women's Day");
  CHECK(calendar.day_name(2028y / December / 18)->en == "Independence Day");  // the weekday it moved to
  CHECK(calendar.is_working_day(2028y / March / 24));
  CHECK(calendar.is_working_day(2028y / August / 30));  // no longer Constitution Day
  CHECK(calendar.is_provisional(womens_day));
}

TEST_CASE("fixed holidays: Orthodox Christmas on Sunday 7 January 2029 is not moved") {
  const WorkingCalendar calendar = shipped_calendar();
  CHECK(weekday{sys_days{2029y / January / 7}} == Sunday);
  CHECK(calendar.is_working_day(2029y / January / 8));
  CHECK_FALSE(calendar.is_working_day(2029y / January / 1));
  CHECK_FALSE(calendar.is_working_day(2029y / January / 2));
}

}  // namespace kezek_unit_calendar_fixed_holidays
