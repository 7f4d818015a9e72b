// check_in: the appointment's check-in window (see check_in.hpp).
#include "shared/domain/check_in.hpp"

namespace kezek::domain {

CheckInCheck check_in(const Appointment& appointment, Instant now, const CheckInWindow& window) {
  if (appointment.status != AppointmentStatus::booked) {
    return {CheckInVerdict::not_active, now};
  }
  if (local_date(now) != local_date(appointment.start)) {
    return {CheckInVerdict::wrong_day, now};
  }
  const Instant opens = appointment.start - window.before;
  if (now < opens) {
    return {CheckInVerdict::too_early, opens};
  }
  if (now > appointment.start + window.after) {
    return {CheckInVerdict::too_late, now};
  }
  return {CheckInVerdict::ok, now};
}

}  // namespace kezek::domain
