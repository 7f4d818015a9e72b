#pragma once
// The Centre's state at a moment, worked out from the server's word about the
// day (protocol::StatusDay, the "day" of GET /api/v1/status). The kiosk uses it
// when the last status has run out and no fresh one comes (offline): it has no
// calendar of its own, so it knows only the day the server last described.
//
// Threading: pure functions.

#include <optional>

#include "shared/calendar/centre_status.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::kiosk {

// nullopt unless `now` falls on day.date. After closing, the next opening is
// taken at next_working_day with today's opening time (the only hours known).
std::optional<CentreStatus> status_on(const protocol::StatusDay& day, Instant now);

}  // namespace kezek::kiosk
