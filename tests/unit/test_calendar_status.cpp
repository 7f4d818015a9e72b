// Open, lunch or closed at a moment, and when the Centre opens next.
#include <doctest/doctest.h>

#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "tests/unit/shipped_calendar.hpp"

namespace kezek_unit_calendar_status {

using namespace std::chrono;
using namespace kezek;
using kezek::test_day::shipped_calendar;

namespace {

// Tuesday 24 November 2026, an ordinary working day.
constexpr Date kTuesday = 2026y / November / 24;

}  // namespace

TEST_CASE("calendar: status through a working day") {
  const WorkingCalendar calendar = shipped_calendar();

  SUBCASE("08:59 closed until 09:00 the same day") {
    const CentreStatus s = calendar.status_at(from_local(kTuesday, 8h + 59min));
    CHECK(s.state == CentreState::closed);
    CHECK(format_iso8601(s.until) == "2026-11-24T09:00:00+05:00");
    CHECK(s.next_opening == s.until);
  }
  SUBCASE("09:00 open until lunch") {
    const Instant t = from_local(kTuesday, 9h);
    const CentreStatus s = calendar.status_at(t);
    CHECK(s.state == CentreState::open);
    CHECK(format_iso8601(s.until) == "2026-11-24T13:00:00+05:00");
    CHECK(s.next_opening == t);
  }
  SUBCASE("12:59 open until 13:00") {
    const CentreStatus s = calendar.status_at(from_local(kTuesday, 12h + 59min));
    CHECK(s.state == CentreState::open);
    CHECK(format_iso8601(s.until) == "2026-11-24T13:00:00+05:00");
  }
  SUBCASE("13:00 and 13:59 lunch until 14:00") {
    for (const minutes at : {13h + 0min, 13h + 59min}) {
      const CentreStatus s = calendar.status_at(from_local(kTuesday, at));
      CHECK(s.state == CentreState::lunch);
      CHECK(format_iso8601(s.until) == "2026-11-24T14:00:00+05:00");
      CHECK(format_iso8601(s.next_opening) == "2026-11-24T14:00:00+05:00");
    }
  }
  SUBCASE("14:00 and 17:59:59 open until 18:00") {
    for (const seconds at : {seconds{14h}, 17h + 59min + 59s}) {
      const CentreStatus s = calendar.status_at(from_local(kTuesday, at));
      CHECK(s.state == CentreState::open);
      CHECK(format_iso8601(s.until) == "2026-11-24T18:00:00+05:00");
    }
  }
  SUBCASE("18:00 closed until 09:00 the next working day") {
    const CentreStatus s = calendar.status_at(from_local(kTuesday, 18h));
    CHECK(s.state == CentreState::closed);
    CHECK(format_iso8601(s.until) == "2026-11-25T09:00:00+05:00");
    CHECK(format_iso8601(s.next_opening) == "2026-11-25T09:00:00+05:00");
  }
  SUBCASE("an instant given in UTC is read in local time") {
    const auto t = parse_iso8601("2026-11-24T07:59:00Z");  // 12:59 in Astana
    REQUIRE(t.has_value());
    CHECK(calendar.status_at(*t).state == CentreState::open);
    CHECK(calendar.status_at(*t + 1min).state == CentreState::lunch);
  }
}

TEST_CASE("calendar: status on days the Centre is closed") {
  const WorkingCalendar calendar = shipped_calendar();

  SUBCASE("Saturday: closed until Monday 09:00") {
    const CentreStatus s = calendar.status_at(from_local(2026y / November / 28, 10h));
    CHECK(s.state == CentreState::closed);
    CHECK(format_iso8601(s.until) == "2026-11-30T09:00:00+05:00");
  }
  SUBCASE("Defender of the Fatherland Day, 7 May 2026: closed all day, even at noon") {
    for (const minutes at : {9h + 0min, 13h + 30min, 17h + 0min}) {
      const CentreStatus s = calendar.status_at(from_local(2026y / May / 7, at));
      CHECK(s.state == CentreState::closed);
      CHECK(format_iso8601(s.until) == "2026-05-08T09:00:00+05:00");
    }
  }
  SUBCASE("Friday evening before Nauryz: next opening Thursday 26 March") {
    const CentreStatus s = calendar.status_at(from_local(2026y / March / 20, 18h + 30min));
    CHECK(s.state == CentreState::closed);
    CHECK(format_iso8601(s.next_opening) == "2026-03-26T09:00:00+05:00");
  }
  SUBCASE("Friday 8 May evening: Victory Day moved to Monday 11 May") {
    const CentreStatus s = calendar.status_at(from_local(2026y / May / 8, 18h));
    CHECK(format_iso8601(s.next_opening) == "2026-05-12T09:00:00+05:00");
  }
  SUBCASE("New Year's Eve 2026 after closing: first opening of 2027") {
    const CentreStatus s = calendar.status_at(from_local(2026y / December / 31, 19h));
    CHECK(format_iso8601(s.next_opening) == "2027-01-05T09:00:00+05:00");
  }
}

TEST_CASE("calendar: next_opening is t when open or else the next start") {
  const WorkingCalendar calendar = shipped_calendar();
  const Instant ten = from_local(kTuesday, 10h);
  CHECK(calendar.next_opening(ten) == std::optional<Instant>(ten));
  CHECK(calendar.next_opening(from_local(kTuesday, 13h + 30min)) == std::optional<Instant>(from_local(kTuesday, 14h)));
  CHECK(calendar.next_opening(from_local(kTuesday, 23h + 59min)) ==
        std::optional<Instant>(from_local(2026y / November / 25, 9h)));
}

TEST_CASE("calendar: working intervals") {
  const WorkingCalendar calendar = shipped_calendar();
  const auto day = calendar.working_intervals(kTuesday);
  REQUIRE(day.size() == 2);
  CHECK(format_iso8601(day[0].start) == "2026-11-24T09:00:00+05:00");
  CHECK(format_iso8601(day[0].end) == "2026-11-24T13:00:00+05:00");
  CHECK(format_iso8601(day[1].start) == "2026-11-24T14:00:00+05:00");
  CHECK(format_iso8601(day[1].end) == "2026-11-24T18:00:00+05:00");
  CHECK(calendar.working_intervals(2026y / May / 7).empty());
  CHECK(calendar.working_intervals(2026y / November / 28).empty());
}

TEST_CASE("calendar: hours without a lunch break") {
  OpeningHours hours;
  hours.lunch_end = hours.lunch_start;
  const WorkingCalendar calendar(hours, DayRules{});
  CHECK(calendar.working_intervals(kTuesday).size() == 1);
  const CentreStatus s = calendar.status_at(from_local(kTuesday, 13h));
  CHECK(s.state == CentreState::open);
  CHECK(format_iso8601(s.until) == "2026-11-24T18:00:00+05:00");
}

TEST_CASE("calendar: no opening within the search horizon") {
  DayRules rules;
  for (sys_days d{2026y / January / 1}; d < sys_days{2028y / January / 1}; d += days{1}) {
    rules.days_off.insert(Date{d});
  }
  const WorkingCalendar calendar(OpeningHours{}, rules);
  const Instant t = from_local(2026y / January / 5, 10h);
  CHECK_FALSE(calendar.next_opening(t).has_value());
  const CentreStatus s = calendar.status_at(t);
  CHECK(s.state == CentreState::closed);
  CHECK(s.until == Instant::max());
  CHECK(s.next_opening == Instant::max());
}

}  // namespace kezek_unit_calendar_status
