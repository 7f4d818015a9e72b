#pragma once
// Domain values → shared/protocol messages: the one place the server says what a
// ticket, an appointment and the Centre's status look like on the wire. The
// QueueService views (views.cpp) and the report use these; the forecast members
// of a ticket are filled by the caller, who owns the forecast.
//
// Threading: free functions over their arguments; no state.
#include "shared/calendar/working_calendar.hpp"
#include "shared/domain/model.hpp"
#include "shared/protocol/appointment.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::server {

// Everything but the forecast (position, estimated_*, after_lunch, served_today).
protocol::Ticket wire_ticket(const domain::Ticket& ticket);
protocol::Appointment wire_appointment(const domain::Appointment& appointment);
// The state at `now` with its banner text and the day's calendar.
protocol::Status wire_status(const WorkingCalendar& calendar, Instant now);

}  // namespace kezek::server
