#pragma once
// What domain::Queue answers to a command: the entities it changed (so the
// caller knows exactly what to save), the events it caused, or a typed
// refusal with the data a client needs to act on it. No JSON, no HTTP: the
// server maps these to its wire format, a simulator counts them.
//
// Threading: plain values.
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/forecast.hpp"
#include "shared/domain/model.hpp"

namespace kezek::domain {

enum class QueueEventKind {
  ticket_issued,
  ticket_called,
  ticket_recalled,
  ticket_started,
  ticket_finished,
  ticket_no_show,
  ticket_transferred,
  counter_paused,
  counter_resumed,
  appointment_booked,
  appointment_cancelled,
  appointment_checked_in,
  appointment_missed,
  day_started,
  centre_status_changed,
};
std::string_view to_string(QueueEventKind kind);

struct QueueEvent {
  QueueEventKind kind{};
  std::optional<TicketId> ticket{};
  std::optional<int> counter{};
  std::string code{};      // appointment events
  bool automatic = false;  // a no-show the clock decided, not the counter
};

enum class Refusal {
  unknown_service,   // the service is not in the catalog
  bad_tier,          // appointment tickets come from check-in
  tier_not_offered,  // the service has no such tier
  not_served,        // no counter serves the service (and tier)
  closed,            // until = the next opening
  lunch_break,       // until = the end of lunch (calls only)
  day_full,          // the day's ticket limit
  not_today,         // the line would not reach it today: next_slot_service
  unknown_counter,   // counter = the number asked for
  paused,
  busy,  // ticket = the counter's current one
  no_current_ticket,
  already_paused,
  not_paused,
  bad_transfer,  // neither or both of service and counter
  same_counter,
  bad_applicant,
  already_booked,  // appointment = the existing booking
  slot_unavailable,
  provisional_day,  // a day without a published decree, beyond provisional_booking_days
  no_code,
  not_cancellable,  // appointment = the booking as it is
  unknown_appointment,
  already_checked_in,  // appointment = the booking
  too_late,            // appointment = the booking (offer a standard ticket)
  not_active,          // appointment = the booking (its status says why)
  no_longer_active,    // the check-in window's own verdict
  too_early,           // come_back_at = when the window opens
  wrong_day,           // appointment = the booking
  service_withdrawn,   // the booked service left the catalog
};
std::string_view to_string(Refusal refusal);

struct QueueRefusal {
  Refusal reason{};
  std::optional<Instant> until{};         // closed, lunch_break
  std::optional<Instant> come_back_at{};  // too_early
  std::optional<TicketId> ticket{};       // busy
  std::optional<int> counter{};           // unknown_counter
  std::string next_slot_service{};        // not_today: ask for this service's next slot
  std::optional<Appointment> appointment{};
};

// What to save: the changed entities, by identity. A ticket the command
// created is `created`, already stored through QueueSupply::store_new_ticket.
struct QueueChanges {
  std::vector<TicketId> tickets{};
  std::vector<int> counters{};
  std::vector<std::string> appointments{};  // codes of the queue's day's appointments
};

struct QueueResult {
  std::optional<QueueRefusal> refusal{};  // set: nothing changed
  QueueChanges changes{};
  std::vector<QueueEvent> events{};
  // The ticket the command answers with (none for an empty call-next).
  std::optional<TicketId> ticket{};
  std::optional<TicketId> created{};
  // The appointment the command answers with, as it is now (booking,
  // cancelling and check-in; it may be of another day than the queue's).
  std::optional<Appointment> appointment{};
  // A new ticket's forecast, computed for the not-today check anyway.
  std::optional<TicketForecast> forecast{};
  // The waiting line changed: estimates move, boards refresh.
  bool queue_changed = false;

  bool ok() const { return !refusal.has_value(); }
};

}  // namespace kezek::domain
