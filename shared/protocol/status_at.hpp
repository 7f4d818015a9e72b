#pragma once
// The Centre's state at a later moment, worked out by a client from the last
// Status the server sent: its state holds until its `until`; past that, the
// day's hours in its `day` member (open, lunch, close; next working day) say
// what follows — so a screen changes to lunch at 13:00 and to closed at 18:00
// even while the link is down, with no calendar file of its own. Beyond what
// the server said (the day after next_working_day's opening, or a status
// without "day"), the Centre is "closed" with `until` unknown (Instant::max()),
// which the status texts render as "closed" without a time.
//
// Threading: a pure function.
#include "shared/calendar/centre_status.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::protocol {

CentreStatus centre_status_at(const Status& last, Instant now);

}  // namespace kezek::protocol
