// The check-in window around an appointment's start.
#include <doctest/doctest.h>

#include "shared/domain/check_in.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_unit_domain_check_in {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::domain;
using kezek::test_day::at;
using kezek::test_day::kDay;

namespace {

Appointment at_ten() {
  Appointment a;
  a.code = "K7M4QX";
  a.service = "visa";
  a.start = from_local(kDay, 10h);
  return a;
}

}  // namespace

TEST_CASE("domain check-in: the window is 30 minutes before to 15 after") {
  const Appointment a = at_ten();
  const CheckInWindow window;

  const CheckInCheck early = check_in(a, a.start - 31min, window);
  CHECK(early.verdict == CheckInVerdict::too_early);
  CHECK(early.come_back_at == a.start - 30min);

  CHECK(check_in(a, a.start - 30min, window).verdict == CheckInVerdict::ok);
  CHECK(check_in(a, a.start, window).verdict == CheckInVerdict::ok);
  CHECK(check_in(a, a.start + 15min, window).verdict == CheckInVerdict::ok);
  CHECK(check_in(a, a.start + 16min, window).verdict == CheckInVerdict::too_late);
}

TEST_CASE("domain check-in: another day, or an appointment no longer booked") {
  Appointment a = at_ten();
  const CheckInWindow window;
  CHECK(check_in(a, from_local(2026y / November / 23, 10h), window).verdict == CheckInVerdict::wrong_day);
  CHECK(check_in(a, from_local(2026y / November / 25, 9h + 50min), window).verdict == CheckInVerdict::wrong_day);
  for (const AppointmentStatus s : {AppointmentStatus::checked_in, AppointmentStatus::served,
                                    AppointmentStatus::cancelled, AppointmentStatus::missed}) {
    a.status = s;
    CHECK(check_in(a, a.start, window).verdict == CheckInVerdict::not_active);
  }
}

TEST_CASE("domain check-in: the window is configurable") {
  const Appointment a = at_ten();
  const CheckInWindow narrow{10min, 5min};
  const CheckInCheck early = check_in(a, a.start - 11min, narrow);
  CHECK(early.verdict == CheckInVerdict::too_early);
  CHECK(early.come_back_at == a.start - 10min);
  CHECK(check_in(a, a.start + 6min, narrow).verdict == CheckInVerdict::too_late);
}

}  // namespace kezek_unit_domain_check_in
