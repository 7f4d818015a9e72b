#pragma once
// Whether a visitor with an appointment may check in at the kiosk now, and if
// not, when to come back.
//
// Threading: a free function; no state.
#include <chrono>

#include "shared/domain/model.hpp"

namespace kezek::domain {

// Check-in is open from `before` ahead of the slot's start to `after` past it,
// both ends included.
struct CheckInWindow {
  std::chrono::minutes before{30};
  std::chrono::minutes after{15};
};

enum class CheckInVerdict {
  ok,
  too_early,   // come back at come_back_at
  too_late,    // past the window: book again
  wrong_day,   // the appointment is on another (local) day
  not_active,  // not booked: already checked in, served, cancelled or missed
};

struct CheckInCheck {
  CheckInVerdict verdict = CheckInVerdict::ok;
  // For too_early, when the window opens (start - before); otherwise `now`.
  Instant come_back_at{};
};

// Verdicts are tried in the order not_active, wrong_day, too_early, too_late.
CheckInCheck check_in(const Appointment& appointment, Instant now, const CheckInWindow& window);

}  // namespace kezek::domain
