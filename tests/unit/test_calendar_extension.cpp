// The visa extension window: from 30 to 5 working days before expiry.
#include <doctest/doctest.h>

#include <string>

#include "shared/calendar/working_calendar.hpp"

namespace kezek_unit_calendar_extension {

using namespace std::chrono;
using namespace kezek;

TEST_CASE("calendar: extension window across the May 2026 holidays") {
  const WorkingCalendar calendar = WorkingCalendar::load(std::string(KEZEK_ASSETS_DIR) + "/calendar/kz-holidays.json");
  // Visa expires Friday 15 May 2026. Counting back, working days only:
  //  1 Thu 14, 2 Wed 13, 3 Tue 12 (Mon 11 is off for Victory Day), 4 Fri 8
  //  (Thu 7 is off), 5 Wed 6 May = last day; ... 8 Thu 30 April (1 May off),
  //  ... 29 Wed 1 April, 30 Tue 31 March = first day, 31 Mon 30 March.
  const Date expiry = 2026y / May / 15;
  const ExtensionWindow window = calendar.extension_window(expiry);
  CHECK(format_date(window.first) == "2026-03-31");
  CHECK(format_date(window.last) == "2026-05-06");

  REQUIRE(format_date(calendar.subtract_working_days(expiry, 31)) == "2026-03-30");
  REQUIRE(format_date(calendar.subtract_working_days(expiry, 4)) == "2026-05-08");

  SUBCASE("31 working days before: too early, come back on 31 March") {
    const ExtensionCheck c = calendar.check_extension(2026y / March / 30, expiry);
    CHECK(c.verdict == ExtensionVerdict::too_early);
    CHECK(format_date(c.window.first) == "2026-03-31");
  }
  SUBCASE("30 working days before: within") {
    CHECK(calendar.check_extension(2026y / March / 31, expiry).verdict == ExtensionVerdict::within);
  }
  SUBCASE("5 working days before: within (last day)") {
    CHECK(calendar.check_extension(2026y / May / 6, expiry).verdict == ExtensionVerdict::within);
  }
  SUBCASE("4 working days before: too late") {
    const ExtensionCheck c = calendar.check_extension(2026y / May / 8, expiry);
    CHECK(c.verdict == ExtensionVerdict::too_late);
    CHECK(format_date(c.window.last) == "2026-05-06");
  }
  SUBCASE("the holiday just after the last day is already too late") {
    CHECK(calendar.check_extension(2026y / May / 7, expiry).verdict == ExtensionVerdict::too_late);
  }
  SUBCASE("a weekend inside the window is within; the expiry day is too late") {
    CHECK(calendar.check_extension(2026y / April / 18, expiry).verdict == ExtensionVerdict::within);
    CHECK(calendar.check_extension(expiry, expiry).verdict == ExtensionVerdict::too_late);
  }
}

}  // namespace kezek_unit_calendar_extension
