#pragma once
// Who a counter calls next. Pure: the day's state and the time go in, a ticket
// id comes out; the engine does the calling.
//
// choose_next(day, counter, now) takes the first of, in order:
//  1. Due appointments: waiting tickets of tier `appointment` (the visitor has
//     checked in) whose slot_start - appointment_lead <= now; earliest slot
//     first, ties by id. (A ticket with no slot_start counts as due.)
//  2. Walk-ins (tiers manager, priority, standard), by effective issue time —
//     issued_at - priority_head_start for manager and priority, issued_at for
//     standard — earliest first, ties by id; skipping any that does not fit
//     before the counter's protected appointment (below).
//  3. Appointments not yet due (called early only when no walk-in can be
//     chosen); earliest slot first, skipping any that does not fit — except the
//     protected appointment's own ticket, which always may be called.
// Only waiting tickets this counter can serve are considered (can_serve).
//
// The protected appointment of a counter at `now` is its earliest appointment
// (Appointment::counter == the counter) that is booked or checked in, not
// being served yet (no ticket, or its ticket still waiting), and with
// start >= now - appointment_grace. A ticket fits when now + expected(service)
// <= that start. So a counter does not start a walk-in that would make its next
// visitor late, and holds the slot for a late visitor up to the grace; shorter
// walk-ins still fill the gap before it.
//
// The bound on waiting (no starvation). Let H = priority_head_start. A walk-in
// W issued at t has effective time t (standard) or t - H (manager, priority).
// Another walk-in V is ranked ahead of W only if its effective time is earlier
// (or equal with a smaller id). For a standard W that means: a standard ticket
// issued before t, or a manager/priority ticket issued before t + H. Every
// ticket issued at or after t + H ranks behind W, so from t + H on the set of
// walk-ins ahead of W only shrinks: W waits at most for the walk-ins issued
// before t + H (priority ones) or before t (standard ones), plus the due
// appointments of its counters. A priority W is overtaken only by manager or
// priority tickets issued before it and standard tickets issued before t - H,
// which were all there when it arrived. (Transfers keep issued_at, so a
// transferred ticket returns at its original place; a walk-in that never fits
// before a counter's appointments waits for the gaps or for other counters.)
//
// Threading: free functions over their arguments; no state.
#include <chrono>
#include <optional>
#include <vector>

#include "shared/domain/day_state.hpp"
#include "shared/domain/model.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::domain {

struct SchedulingPolicy {
  std::chrono::minutes priority_head_start{20};
  std::chrono::minutes appointment_lead{5};
  std::chrono::minutes appointment_grace{15};
  int max_recalls = 2;
  std::chrono::minutes no_show_after{5};
};

// The next ticket for the counter at `now`; nullopt when nothing it may call
// is waiting. Does not look at the counter's pause flag or current ticket:
// whether the counter is free to call is the engine's question.
std::optional<TicketId> choose_next(const DayState& day, int counter_number, Instant now, const ServiceTimes& times,
                                    const SchedulingPolicy& policy);

// Every waiting ticket the counter can serve, in the rules' order (due
// appointments, walk-ins, appointments not yet due) but without the fit check:
// the line as the counter's screen shows it. choose_next is the first of these
// that fits.
std::vector<TicketId> queue_order(const DayState& day, int counter_number, Instant now, const ServiceTimes& times,
                                  const SchedulingPolicy& policy);

// --- the rules one by one, shared with the forecast ---------------------------

// Whether the counter may serve the ticket, whatever its status: a ticket with
// a target_counter goes to that counter only (and there regardless of skills
// and tier); otherwise its service must be among the counter's skills, and a
// manager-tier ticket needs a manager counter.
bool can_serve(const CounterConfig& counter, const Ticket& ticket);

bool is_walk_in(const Ticket& ticket);  // any tier but appointment
// issued_at, minus the head start for manager and priority tickets.
Instant effective_issue_time(const Ticket& ticket, const SchedulingPolicy& policy);
// slot_start, or issued_at for an appointment ticket without one.
Instant slot_of(const Ticket& ticket);
bool is_due(const Ticket& appointment_ticket, Instant now, const SchedulingPolicy& policy);

// Whether the appointment holds its counter at `now` (see above);
// `ticket_waiting` says whether its ticket, if it has one, is still waiting.
bool protects(const Appointment& appointment, bool ticket_waiting, Instant now, const SchedulingPolicy& policy);
// The counter's protected appointment at `now`, or nullptr.
const Appointment* protected_appointment(const DayState& day, int counter_number, Instant now,
                                         const SchedulingPolicy& policy);
// Whether a ticket expected to take `expected` fits before `guard` (always
// when there is none).
bool fits_before(Instant now, std::chrono::seconds expected, const Appointment* guard);

}  // namespace kezek::domain
