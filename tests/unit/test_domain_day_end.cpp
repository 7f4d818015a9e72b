// shared/domain/day_end: what the end of a day does to the bookings it left.
#include <doctest/doctest.h>

#include "shared/domain/day_end.hpp"

namespace kezek_unit_domain_day_end {

using namespace kezek::domain;

TEST_CASE("day end: booked is missed, checked in is unserved, the final statuses stay") {
  CHECK(status_at_day_end(AppointmentStatus::booked) == AppointmentStatus::missed);
  CHECK(status_at_day_end(AppointmentStatus::checked_in) == AppointmentStatus::unserved);
  for (AppointmentStatus final_status : {AppointmentStatus::served, AppointmentStatus::cancelled,
                                         AppointmentStatus::missed, AppointmentStatus::unserved}) {
    CAPTURE(to_string(final_status));
    CHECK_FALSE(status_at_day_end(final_status));
  }
  CHECK(to_string(AppointmentStatus::unserved) == "unserved");
  CHECK(parse_appointment_status("unserved") == AppointmentStatus::unserved);
}

}  // namespace kezek_unit_domain_day_end
