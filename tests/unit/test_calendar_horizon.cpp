// The shipped calendar's horizon: the rule over "fixed_holidays" against the
// years the file lists, which days are provisional, and the warning as the
// last decreed year ends (shared/calendar/calendar_horizon.hpp).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "shared/calendar/calendar_horizon.hpp"
#include "shared/calendar/holiday_table.hpp"

namespace kezek_unit_calendar_horizon {

using namespace std::chrono;
using namespace kezek;

namespace {

HolidayTable shipped_table() {
  return read_holiday_table(std::string(KEZEK_ASSETS_DIR) + "/calendar/kz-holidays.json");
}

WorkingCalendar shipped_by_rule() { return WorkingCalendar(shipped_table()); }

std::set<std::string> generated_in(const HolidayTable& table, year y) {
  std::set<std::string> out;
  for (const GeneratedDayOff& d : generate_days_off(table.fixed_holidays, y)) out.insert(format_date(d.date));
  return out;
}

std::set<std::string> listed_in(const std::set<Date>& dates, year y) {
  std::set<std::string> out;
  for (const Date d : dates)
    if (d.year() == y) out.insert(format_date(d));
  return out;
}

// The members of `a` that are not in `b`.
std::set<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> out;
  for (const std::string& s : a)
    if (!b.contains(s)) out.insert(s);
  return out;
}

// A listed year's days that differ from the rule: the moves its decree made.
// Adding a year whose decree moves a day off means naming the move here.
struct DecreeMoves {
  std::set<std::string> days_off_added;    // listed, not given by the rule
  std::set<std::string> days_off_dropped;  // given by the rule, not listed
};

DecreeMoves decree_moves(year y) {
  // The Ministry of Labour's order moving Sunday 5 January 2025's day off onto
  // Friday 3 January (the Sunday was worked).
  if (y == 2025y) return {{"2025-01-03"}, {}};
  return {};
}

// Listed days named as a lunar holiday: dated by the list alone.
std::set<std::string> lunar_in(const HolidayTable& table, year y) {
  std::set<std::string> out;
  for (const auto& [date, name] : table.names)
    for (const DayName& lunar : table.lunar_holidays)
      if (date.year() == y && name.en == lunar.en && table.rules.days_off.contains(date)) out.insert(format_date(date));
  return out;
}

}  // namespace

TEST_CASE("horizon: the rule gives every listed year but for its decree's moves and Kurban Ait") {
  const HolidayTable table = shipped_table();
  REQUIRE(table.sources.size() >= 3);
  for (const auto& [y, source] : table.sources) {
    CAPTURE(int(y));
    const std::set<std::string> generated = generated_in(table, y);
    const std::set<std::string> listed = listed_in(table.rules.days_off, y);
    const DecreeMoves moves = decree_moves(y);
    std::set<std::string> added = moves.days_off_added;
    added.merge(lunar_in(table, y));
    CHECK(minus(listed, generated) == added);
    CHECK(minus(generated, listed) == moves.days_off_dropped);
  }
  // Kurban Ait where the lists give it (2027's falls on a Sunday, not moved).
  CHECK(lunar_in(table, 2025y) == std::set<std::string>{"2025-06-06"});
  CHECK(lunar_in(table, 2026y) == std::set<std::string>{"2026-05-27"});
  CHECK(lunar_in(table, 2027y).empty());
  // The 2025 decree's other half: Sunday 5 January was worked.
  CHECK(listed_in(table.rules.working_weekend_days, 2025y) == std::set<std::string>{"2025-01-05"});
  CHECK(listed_in(table.rules.working_weekend_days, 2026y).empty());
  CHECK(listed_in(table.rules.working_weekend_days, 2027y).empty());
}

TEST_CASE("horizon: 2025 and 2026 have decrees, 2027's list is provisional and 2028 has none") {
  const WorkingCalendar calendar = shipped_by_rule();
  CHECK(calendar.last_decreed_year() == 2026y);
  CHECK_FALSE(calendar.is_provisional(2025y / June / 6));
  CHECK_FALSE(calendar.is_provisional(2026y / December / 31));
  CHECK(calendar.is_provisional(2027y / January / 1));
  CHECK(calendar.covers(2027y));
  CHECK(calendar.is_provisional(2028y / March / 8));
  CHECK_FALSE(calendar.covers(2028y));
  CHECK(decrees_run_out(calendar) == std::optional<Date>(2027y / January / 1));
  REQUIRE(calendar.lunar_holidays().size() == 1);
  CHECK(calendar.lunar_holidays()[0].en == "Kurban Ait");
}

TEST_CASE("horizon: the note names Kurban Ait as unknown only in a year without a list") {
  const WorkingCalendar calendar = shipped_by_rule();
  CHECK(provisional_note(calendar, 2026y / November / 24).empty());
  const std::string listed = provisional_note(calendar, 2027y / May / 17);
  CHECK(listed.starts_with("2027 has no published decree yet"));
  CHECK(listed.find("Kurban Ait") == std::string::npos);  // 2027's list gives its date
  CHECK(provisional_note(calendar, 2028y / June / 14) ==
        "2028 has no published decree yet: its days off are generated from the holidays fixed by law, and a decree "
        "may still move them; the date of Kurban Ait in 2028 is not known");
}

TEST_CASE("horizon: the warning starts 60 days before the decrees run out and stays after") {
  const WorkingCalendar calendar = shipped_by_rule();
  CHECK_FALSE(horizon_warning(calendar, 2026y / June / 1));
  CHECK_FALSE(horizon_warning(calendar, 2026y / November / 1));  // 61 days before 1 January 2027
  const auto first = horizon_warning(calendar, 2026y / November / 2);
  REQUIRE(first);
  CHECK(*first ==
        "the calendar data's last year with a published decree is 2026: days off from 2027-01-01 (in 60 days) are "
        "provisional; add 2027's decree to the calendar file (docs/operations.md, \"The calendar's horizon\")");
  const auto on_the_day = horizon_warning(calendar, 2027y / January / 1);
  REQUIRE(on_the_day);
  CHECK(on_the_day->find("from 2027-01-01 (today)") != std::string::npos);
  const auto later = horizon_warning(calendar, 2027y / December / 20);
  REQUIRE(later);
  CHECK(later->find("from 2027-01-01 (353 days ago)") != std::string::npos);
}

TEST_CASE("horizon: a calendar without a decreed year warns at once and calls every day provisional") {
  const WorkingCalendar calendar(OpeningHours{}, DayRules{});
  CHECK_FALSE(calendar.last_decreed_year());
  CHECK_FALSE(decrees_run_out(calendar));
  CHECK(calendar.is_provisional(2026y / November / 24));
  const auto warning = horizon_warning(calendar, 2026y / November / 24);
  REQUIRE(warning);
  CHECK(warning->starts_with("the calendar data has no year with a published decree"));
}

}  // namespace kezek_unit_calendar_horizon
