#include "shared/domain/day_end.hpp"

namespace kezek::domain {

std::optional<AppointmentStatus> status_at_day_end(AppointmentStatus status) {
  switch (status) {
    case AppointmentStatus::booked: return AppointmentStatus::missed;
    case AppointmentStatus::checked_in: return AppointmentStatus::unserved;
    case AppointmentStatus::served:
    case AppointmentStatus::cancelled:
    case AppointmentStatus::missed:
    case AppointmentStatus::unserved: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace kezek::domain
