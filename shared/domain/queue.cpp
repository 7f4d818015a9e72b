// domain::Queue — the state it keeps and the steps its features share.
#include "shared/domain/queue.hpp"

#include "shared/domain/codes.hpp"

namespace kezek::domain {

using std::chrono::duration_cast;
using std::chrono::seconds;

bool is_active(const Appointment& a) {
  return a.status == AppointmentStatus::booked || a.status == AppointmentStatus::checked_in;
}

std::string_view to_string(QueueEventKind kind) {
  switch (kind) {
    case QueueEventKind::ticket_issued: return "ticket.issued";
    case QueueEventKind::ticket_called: return "ticket.called";
    case QueueEventKind::ticket_recalled: return "ticket.recalled";
    case QueueEventKind::ticket_started: return "ticket.started";
    case QueueEventKind::ticket_finished: return "ticket.finished";
    case QueueEventKind::ticket_no_show: return "ticket.no_show";
    case QueueEventKind::ticket_transferred: return "ticket.transferred";
    case QueueEventKind::counter_paused: return "counter.paused";
    case QueueEventKind::counter_resumed: return "counter.resumed";
    case QueueEventKind::appointment_booked: return "appointment.booked";
    case QueueEventKind::appointment_cancelled: return "appointment.cancelled";
    case QueueEventKind::appointment_checked_in: return "appointment.checked_in";
    case QueueEventKind::appointment_missed: return "appointment.missed";
    case QueueEventKind::day_started: return "day.started";
    case QueueEventKind::centre_status_changed: return "centre.status";
  }
  return "unknown";
}

std::string_view to_string(Refusal refusal) {
  switch (refusal) {
    case Refusal::unknown_service: return "unknown_service";
    case Refusal::bad_tier: return "bad_tier";
    case Refusal::tier_not_offered: return "tier_not_offered";
    case Refusal::not_served: return "not_served";
    case Refusal::closed: return "closed";
    case Refusal::lunch_break: return "lunch_break";
    case Refusal::day_full: return "day_full";
    case Refusal::not_today: return "not_today";
    case Refusal::unknown_counter: return "unknown_counter";
    case Refusal::paused: return "paused";
    case Refusal::busy: return "busy";
    case Refusal::no_current_ticket: return "no_current_ticket";
    case Refusal::already_paused: return "already_paused";
    case Refusal::not_paused: return "not_paused";
    case Refusal::bad_transfer: return "bad_transfer";
    case Refusal::same_counter: return "same_counter";
    case Refusal::bad_applicant: return "bad_applicant";
    case Refusal::already_booked: return "already_booked";
    case Refusal::slot_unavailable: return "slot_unavailable";
    case Refusal::provisional_day: return "provisional_day";
    case Refusal::no_code: return "no_code";
    case Refusal::not_cancellable: return "not_cancellable";
    case Refusal::unknown_appointment: return "unknown_appointment";
    case Refusal::already_checked_in: return "already_checked_in";
    case Refusal::too_late: return "too_late";
    case Refusal::not_active: return "not_active";
    case Refusal::no_longer_active: return "no_longer_active";
    case Refusal::too_early: return "too_early";
    case Refusal::wrong_day: return "wrong_day";
    case Refusal::service_withdrawn: return "service_withdrawn";
  }
  return "unknown";
}

Queue::Queue(const catalog::Catalog& catalog, const WorkingCalendar& calendar, QueueRules rules)
    : catalog_(catalog), calendar_(calendar), rules_(rules) {
  for (const auto& service : catalog_.services()) {
    // A service without a stated time keeps the default rather than the floor.
    if (service.counter_minutes > 0) times_.seed(service.id, std::chrono::minutes(service.counter_minutes));
  }
}

void Queue::load(DayState day) {
  day_ = std::move(day);
  if (!announced_.day) announced_.day = day_.day;
  // What calls cost today so far (the walk up, the waits for no-shows).
  for (const Ticket& t : day_.tickets) {
    if (!t.called_at) continue;
    if (t.started_at && *t.started_at > *t.called_at)
      times_.observe_call(duration_cast<seconds>(*t.started_at - *t.called_at));
    else if (t.status == TicketStatus::no_show && t.finished_at)
      times_.observe_call(duration_cast<seconds>(*t.finished_at - *t.called_at));
  }
}

QueueResult Queue::refuse(QueueRefusal refusal) {
  QueueResult result;
  result.refusal = std::move(refusal);
  return result;
}

QueueResult Queue::refuse(Refusal reason) { return refuse(QueueRefusal{.reason = reason}); }

std::optional<QueueRefusal> Queue::refuse_when_closed(Instant now, bool for_call) const {
  const CentreStatus status = calendar_.status_at(now);
  if (status.state == CentreState::open) return std::nullopt;
  if (status.state == CentreState::lunch) {
    if (!for_call) return std::nullopt;  // tickets are issued at lunch: served after it
    return QueueRefusal{.reason = Refusal::lunch_break, .until = status.until};
  }
  return QueueRefusal{.reason = Refusal::closed, .until = status.next_opening};
}

void Queue::settle(Ticket& ticket, TicketStatus status, Instant now, QueueResult& result) {
  if (status == TicketStatus::no_show && ticket.called_at) {
    // The counter spent this call waiting for nobody: part of what a call costs.
    times_.observe_call(duration_cast<seconds>(now - *ticket.called_at));
  }
  ticket.status = status;
  ticket.finished_at = now;
  if (status == TicketStatus::done && ticket.started_at) {
    // Learn the service time from what really happened at the counter.
    times_.observe(ticket.service, duration_cast<seconds>(now - *ticket.started_at));
  }
  if (ticket.appointment_code) {
    if (Appointment* a = day_.find_appointment(*ticket.appointment_code)) {
      a->status = status == TicketStatus::done ? AppointmentStatus::served : AppointmentStatus::missed;
      result.changes.appointments.push_back(a->code);
    }
  }
  result.changes.tickets.push_back(ticket.id);
}

void Queue::free_counter(CounterState& counter, QueueResult& result) {
  counter.phase = CounterPhase::idle;
  counter.current.reset();
  result.changes.counters.push_back(counter.number);
  result.queue_changed = true;
}

Ticket& Queue::add_ticket(Ticket ticket, QueueSupply& supply, QueueResult& result) {
  const catalog::Service* service = catalog_.find_service(ticket.service);
  const char letter = service != nullptr ? catalog_.group_of(*service).letter : '?';
  ticket.day = day_.day;
  ticket.number = format_ticket_number(letter, supply.next_ticket_sequence(day_.day, letter));
  ticket.status = TicketStatus::waiting;
  ticket.status_token = supply.new_status_token();
  ticket.id = supply.store_new_ticket(ticket);
  Ticket& stored = day_.add_ticket(std::move(ticket));
  result.created = stored.id;
  result.ticket = stored.id;
  result.queue_changed = true;
  return stored;
}

}  // namespace kezek::domain
