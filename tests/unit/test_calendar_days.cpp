// The shipped calendar (assets/calendar/kz-holidays.json): days off per year
// and counting in working days.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "shared/calendar/working_calendar.hpp"
#include "tests/unit/shipped_calendar.hpp"

namespace kezek_unit_calendar_days {

using namespace std::chrono;
using namespace kezek;
using kezek::test_day::shipped_calendar;

namespace {

std::vector<std::string> days_off_in(const WorkingCalendar& calendar, year y) {
  std::vector<std::string> out;
  for (const Date d : calendar.rules().days_off) {
    if (d.year() == y) {
      out.push_back(format_date(d));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("calendar: 2026 days off match the e-government list") {
  const WorkingCalendar calendar = shipped_calendar();
  const std::vector<std::string> expected{"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                                          "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                                          "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"};
  CHECK(days_off_in(calendar, 2026y) == expected);
  for (const Date d : calendar.rules().working_weekend_days) {
    CHECK(d.year() != 2026y);  // no working Saturdays in 2026
  }
  // 261 weekdays in 2026, 14 of them off.
  CHECK(calendar.working_days_between(2025y / December / 31, 2026y / December / 31) == 247);
  // Constitution Day (30 August, a Sunday) fell away with its Monday off.
  CHECK(calendar.is_working_day(2026y / August / 31));
  CHECK(calendar.covers(2026y));
  REQUIRE(calendar.day_name(2026y / March / 23) != nullptr);
  CHECK(calendar.day_name(2026y / March / 23)->en == "Nauryz");
  CHECK(calendar.day_name(2026y / March / 23)->kk == "Наурыз мейрамы");
}

TEST_CASE("calendar: 2025 keeps the rule moves and the January decree") {
  const WorkingCalendar calendar = shipped_calendar();
  CHECK_FALSE(calendar.is_working_day(2025y / January / 3));    // moved from Sunday 5 January
  CHECK(calendar.is_working_day(2025y / January / 5));          // that Sunday was worked
  CHECK_FALSE(calendar.is_working_day(2025y / March / 10));     // 8 March was a Saturday
  CHECK_FALSE(calendar.is_working_day(2025y / June / 6));       // Kurban Ait
  CHECK_FALSE(calendar.is_working_day(2025y / July / 5));       // an ordinary Saturday
  CHECK_FALSE(calendar.is_working_day(2025y / July / 7));       // 6 July was a Sunday
  CHECK_FALSE(calendar.is_working_day(2025y / September / 1));  // 30 August was a Saturday
  CHECK_FALSE(calendar.is_working_day(2025y / October / 27));   // 25 October was a Saturday
  CHECK(calendar.is_working_day(2025y / October / 28));
}

TEST_CASE("calendar: 2027 applies the rule to weekend holidays") {
  const WorkingCalendar calendar = shipped_calendar();
  CHECK(calendar.covers(2027y));
  CHECK_FALSE(calendar.is_working_day(2027y / January / 4));  // 2 January is a Saturday
  CHECK_FALSE(calendar.is_working_day(2027y / March / 15));   // new Constitution Day
  CHECK_FALSE(calendar.is_working_day(2027y / March / 24));   // 21 March is a Sunday
  CHECK_FALSE(calendar.is_working_day(2027y / May / 3));      // 1 May is a Saturday
  CHECK_FALSE(calendar.is_working_day(2027y / May / 10));     // 9 May is a Sunday
  CHECK(calendar.is_working_day(2027y / May / 17));           // Kurban Ait on Sunday 16 May: not moved
  CHECK(calendar.is_working_day(2027y / August / 30));        // no longer Constitution Day
  CHECK_FALSE(calendar.covers(2028y));
}

TEST_CASE("calendar: a 5-working-day service applied the Friday before Nauryz") {
  const WorkingCalendar calendar = shipped_calendar();
  // Friday 20 March 2026; 21-22 weekend, 23-25 days off; 26, 27, 30, 31 March, 1 April.
  CHECK(format_date(calendar.add_working_days(2026y / March / 20, 5)) == "2026-04-01");
  CHECK(format_date(calendar.subtract_working_days(2026y / April / 1, 5)) == "2026-03-20");
  CHECK(calendar.working_days_between(2026y / March / 20, 2026y / April / 1) == 5);
  CHECK(calendar.working_days_between(2026y / April / 1, 2026y / March / 20) == -5);
  CHECK(format_date(calendar.add_working_days(2026y / April / 1, -5)) == "2026-03-20");
  CHECK(format_date(calendar.add_working_days(2026y / March / 20, 0)) == "2026-03-20");
}

TEST_CASE("calendar: next_working_day skips weekends and days off") {
  const WorkingCalendar calendar = shipped_calendar();
  CHECK(format_date(calendar.next_working_day(2026y / March / 20)) == "2026-03-26");
  CHECK(format_date(calendar.next_working_day(2026y / May / 6)) == "2026-05-08");
  CHECK(format_date(calendar.next_working_day(2026y / May / 8)) == "2026-05-12");
  CHECK(format_date(calendar.next_working_day(2026y / November / 24)) == "2026-11-25");
  CHECK(format_date(calendar.next_working_day(2026y / December / 31)) == "2027-01-05");
}

TEST_CASE("calendar: working_days_between counts a < d <= b and mirrors add_working_days") {
  const WorkingCalendar calendar = shipped_calendar();
  CHECK(calendar.working_days_between(2026y / November / 24, 2026y / November / 24) == 0);
  CHECK(calendar.working_days_between(2026y / November / 27, 2026y / November / 30) == 1);
  // From a Saturday back to the Friday before: one working day back.
  const Date saturday = 2026y / November / 28;
  const int back = calendar.working_days_between(saturday, 2026y / November / 27);
  CHECK(back == -1);
  CHECK(format_date(calendar.add_working_days(saturday, back)) == "2026-11-27");
}

TEST_CASE("calendar: rules given directly") {
  const DayRules rules{{2026y / May / 7}, {2026y / May / 9}};
  const WorkingCalendar calendar(OpeningHours{}, rules);
  CHECK_FALSE(calendar.is_working_day(2026y / May / 7));
  CHECK(calendar.is_working_day(2026y / May / 9));  // a working Saturday
  CHECK_FALSE(calendar.is_working_day(2026y / May / 10));
  CHECK(calendar.is_working_day(2026y / May / 11));  // not a day off in these rules
  CHECK_FALSE(calendar.covers(2026y));
  CHECK(calendar.day_name(2026y / May / 7) == nullptr);
}

TEST_CASE("calendar: opening hours out of order are refused") {
  OpeningHours hours;
  hours.lunch_start = 14h;
  hours.lunch_end = 13h;
  CHECK_THROWS_AS(WorkingCalendar(hours, DayRules{}), std::invalid_argument);
  hours = OpeningHours{};
  hours.close = 8h;
  CHECK_THROWS_AS(WorkingCalendar(hours, DayRules{}), std::invalid_argument);
}

}  // namespace kezek_unit_calendar_days
