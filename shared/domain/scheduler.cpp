// choose_next and queue_order: one pass over the day's tickets, keeping the
// best candidate of each of the three rules (see scheduler.hpp).
#include "shared/domain/scheduler.hpp"

#include <algorithm>
#include <tuple>

namespace kezek::domain {
namespace {

using Key = std::tuple<Instant, TicketId>;

Key walk_in_key(const Ticket& t, const SchedulingPolicy& policy) { return {effective_issue_time(t, policy), t.id}; }

Key appointment_key(const Ticket& t) { return {slot_of(t), t.id}; }

bool ticket_waiting(const DayState& day, const Appointment& a) {
  if (!a.ticket) {
    return true;  // not checked in: nobody is serving it
  }
  const Ticket* t = day.find_ticket(*a.ticket);
  return t == nullptr || t->status == TicketStatus::waiting;
}

}  // namespace

bool can_serve(const CounterConfig& counter, const Ticket& ticket) {
  if (ticket.target_counter) {
    return *ticket.target_counter == counter.number;
  }
  if (ticket.tier == TicketTier::manager && !counter.manager) {
    return false;
  }
  return counter.services.contains(ticket.service);
}

bool is_walk_in(const Ticket& ticket) { return ticket.tier != TicketTier::appointment; }

Instant effective_issue_time(const Ticket& ticket, const SchedulingPolicy& policy) {
  const bool ahead = ticket.tier == TicketTier::manager || ticket.tier == TicketTier::priority;
  return ahead ? ticket.issued_at - policy.priority_head_start : ticket.issued_at;
}

Instant slot_of(const Ticket& ticket) { return ticket.slot_start.value_or(ticket.issued_at); }

bool is_due(const Ticket& appointment_ticket, Instant now, const SchedulingPolicy& policy) {
  return slot_of(appointment_ticket) - policy.appointment_lead <= now;
}

bool protects(const Appointment& a, bool ticket_waiting, Instant now, const SchedulingPolicy& policy) {
  const bool active = a.status == AppointmentStatus::booked || a.status == AppointmentStatus::checked_in;
  return active && ticket_waiting && a.start >= now - policy.appointment_grace;
}

const Appointment* protected_appointment(const DayState& day, int counter_number, Instant now,
                                         const SchedulingPolicy& policy) {
  const Appointment* best = nullptr;
  for (const Appointment& a : day.appointments) {
    if (a.counter == counter_number && (best == nullptr || a.start < best->start) &&
        protects(a, ticket_waiting(day, a), now, policy)) {
      best = &a;
    }
  }
  return best;
}

bool fits_before(Instant now, std::chrono::seconds expected, const Appointment* guard) {
  return guard == nullptr || now + expected <= guard->start;
}

std::optional<TicketId> choose_next(const DayState& day, int counter_number, Instant now, const ServiceTimes& times,
                                    const SchedulingPolicy& policy) {
  const CounterConfig* counter = day.counter(counter_number);
  if (counter == nullptr) {
    return std::nullopt;
  }
  const Appointment* guard = protected_appointment(day, counter_number, now, policy);
  auto is_guard_ticket = [guard](const Ticket& t) {
    return guard != nullptr && guard->ticket.has_value() && *guard->ticket == t.id;
  };

  const Ticket* due = nullptr;
  const Ticket* walk_in = nullptr;
  const Ticket* early = nullptr;
  for (const Ticket& t : day.open_tickets()) {  // settled ones never wait
    if (t.status != TicketStatus::waiting || !can_serve(*counter, t)) {
      continue;
    }
    if (is_walk_in(t)) {
      if ((walk_in == nullptr || walk_in_key(t, policy) < walk_in_key(*walk_in, policy)) &&
          fits_before(now, times.expected(t.service), guard)) {
        walk_in = &t;
      }
    } else if (is_due(t, now, policy)) {
      if (due == nullptr || appointment_key(t) < appointment_key(*due)) {
        due = &t;
      }
    } else if ((early == nullptr || appointment_key(t) < appointment_key(*early)) &&
               (is_guard_ticket(t) || fits_before(now, times.expected(t.service), guard))) {
      early = &t;
    }
  }
  for (const Ticket* pick : {due, walk_in, early}) {
    if (pick != nullptr) {
      return pick->id;
    }
  }
  return std::nullopt;
}

std::vector<TicketId> queue_order(const DayState& day, int counter_number, Instant now,
                                  const ServiceTimes& /*times: the order needs no fit check*/,
                                  const SchedulingPolicy& policy) {
  const CounterConfig* counter = day.counter(counter_number);
  if (counter == nullptr) {
    return {};
  }
  // (rule, key): rule 0 due appointments, 1 walk-ins, 2 appointments not yet due.
  std::vector<std::tuple<int, Instant, TicketId>> line;
  for (const Ticket& t : day.open_tickets()) {  // settled ones never wait
    if (t.status != TicketStatus::waiting || !can_serve(*counter, t)) {
      continue;
    }
    if (is_walk_in(t)) {
      line.emplace_back(1, effective_issue_time(t, policy), t.id);
    } else {
      line.emplace_back(is_due(t, now, policy) ? 0 : 2, slot_of(t), t.id);
    }
  }
  std::sort(line.begin(), line.end());
  std::vector<TicketId> ids;
  ids.reserve(line.size());
  for (const auto& entry : line) {
    ids.push_back(std::get<2>(entry));
  }
  return ids;
}

}  // namespace kezek::domain
