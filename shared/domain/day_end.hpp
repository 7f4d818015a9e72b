#pragma once
// What the end of a day does to what it left open — the rule the server
// applies at the first moment of each day, and on start-up after any number
// of days down (server/engine/day_ops.cpp, in SQL over every earlier day at
// once; docs/operations.md, "Day boundaries"):
//   - a ticket still waiting, called or serving is cancelled, with
//     close_reason kClosedDayEnded (its status page says so);
//   - a booking still booked is missed; one checked in whose ticket was never
//     served is unserved — neither is active any more, so its applicant can
//     book again;
//   - every counter starts the new day idle and not paused (a pause left on at
//     17:55 would otherwise refuse the morning's tickets);
//   - daily numbering restarts (day_sequences is per day).
//
// Threading: pure.
#include <optional>
#include <string_view>

#include "shared/domain/model.hpp"

namespace kezek::domain {

inline constexpr std::string_view kClosedDayEnded = "day_ended";

// The status a booking of an ended day takes; nullopt when it keeps its own
// (served, cancelled, missed, unserved: already final).
std::optional<AppointmentStatus> status_at_day_end(AppointmentStatus status);

}  // namespace kezek::domain
