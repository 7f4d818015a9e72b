#pragma once
// The Centre's queue as a pure state machine: a typed command goes in with
// the time, the day's state (DayState) changes, and a QueueResult comes out
// with what changed and which events it caused — or a typed refusal and no
// change at all. Every rule of the queue lives here, once: issuing, the
// counters' actions, check-in, booking and cancelling, and the transitions
// the clock brings (tick). The server (QueueService) only stores, audits and
// serialises what this returns; the day simulator drives the same object.
//
// The queue owns the day and the learned service times (ServiceTimes): what
// a finished ticket teaches is a rule of the queue, not of its callers.
// No I/O, no clock, no randomness: identities come from a QueueSupply.
//
// Split by feature: queue.cpp (state, results), queue_tickets.cpp,
// queue_counters.cpp, queue_appointments.cpp, queue_day.cpp.
//
// Threading: a plain object; no internal synchronisation. One thread (the
// server's engine strand) uses it at a time.
#include <functional>
#include <optional>

#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/domain/day_state.hpp"
#include "shared/domain/queue_commands.hpp"
#include "shared/domain/queue_result.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::domain {

// Who a free counter calls next. The default is the scheduler's choose_next;
// a baseline (first-come-first-served) may put its own rule here.
using CallRule = std::function<std::optional<TicketId>(const DayState& day, int counter, Instant now)>;

class Queue {
 public:
  // `catalog` and `calendar` must outlive the queue. Service times start from
  // the catalog's counter_minutes.
  Queue(const catalog::Catalog& catalog, const WorkingCalendar& calendar, QueueRules rules);

  const DayState& state() const { return day_; }
  const ServiceTimes& service_times() const { return times_; }
  const QueueRules& rules() const { return rules_; }
  void set_call_rule(CallRule rule) { call_rule_ = std::move(rule); }

  // Takes a day as the store holds it (start-up, recovery, a new day), without
  // events, and learns what today's calls have cost so far. The first load
  // counts as announced; a later day is announced by the next tick.
  void load(DayState day);
  // Learns a service time from history (the store's recent finished tickets).
  void observe_service(std::string_view service, std::chrono::seconds actual) { times_.observe(service, actual); }

  // --- tickets (queue_tickets.cpp) ---
  QueueResult apply(const IssueTicket& command, Instant now, QueueSupply& supply);

  // --- counters (queue_counters.cpp) ---
  QueueResult apply(const CallNext& command, Instant now);
  QueueResult apply(const Recall& command, Instant now);
  QueueResult apply(const StartServing& command, Instant now);
  QueueResult apply(const FinishServing& command, Instant now);
  QueueResult apply(const MarkNoShow& command, Instant now);
  QueueResult apply(const Transfer& command, Instant now);
  QueueResult apply(const PauseCounter& command, Instant now);
  QueueResult apply(const ResumeCounter& command, Instant now);

  // --- appointments (queue_appointments.cpp) ---
  QueueResult apply(const BookAppointment& command, Instant now, QueueSupply& supply);
  QueueResult apply(const CancelAppointment& command, Instant now);
  QueueResult apply(const CheckIn& command, Instant now, QueueSupply& supply);

  // --- the clock (queue_day.cpp) ---
  // Whether `now` is on another local day than the queue's.
  bool is_new_day(Instant now) const;
  // An empty day for `now` with the current counters, each idle and not
  // paused (shared/domain/day_end.hpp), for callers without a store.
  DayState fresh_day(Instant now) const;
  // What time brings: a new day (fresh_day, when the caller has not loaded
  // it) announced with day_started, the centre opening, pausing for lunch or
  // closing, called visitors who did not come within no_show_after, and
  // booked appointments whose check-in window has closed.
  QueueResult tick(Instant now);

  // What the queue has announced: the day (day_started) and the Centre's state
  // (centre_status_changed). A server whose batch carrying such an event could
  // not be committed puts back what it had before the batch, so the next tick
  // announces it again: the event never reached anyone.
  struct Announced {
    std::optional<Date> day;
    std::optional<CentreState> centre;
  };
  Announced announced() const { return announced_; }
  void restore_announced(Announced announced) { announced_ = announced; }

 private:
  // queue.cpp: shared steps
  static QueueResult refuse(QueueRefusal refusal);
  static QueueResult refuse(Refusal reason);
  std::optional<QueueRefusal> refuse_when_closed(Instant now, bool for_call) const;
  // Ends a ticket (done or no-show), learns from it and settles its
  // appointment, recording the changes.
  void settle(Ticket& ticket, TicketStatus status, Instant now, QueueResult& result);
  void free_counter(CounterState& counter, QueueResult& result);
  Ticket& add_ticket(Ticket ticket, QueueSupply& supply, QueueResult& result);
  // queue_counters.cpp
  struct CounterAt {
    CounterState* state = nullptr;
    Ticket* current = nullptr;
  };
  std::optional<CounterAt> counter_at(int number);

  const catalog::Catalog& catalog_;
  const WorkingCalendar& calendar_;
  QueueRules rules_;
  CallRule call_rule_;
  DayState day_;
  ServiceTimes times_;
  Announced announced_;
};

}  // namespace kezek::domain
