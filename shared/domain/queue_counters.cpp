// domain::Queue — counters: call next, recall, start, finish, no-show,
// transfer, pause and resume.
#include <algorithm>

#include "shared/domain/queue.hpp"

namespace kezek::domain {

using std::chrono::duration_cast;
using std::chrono::seconds;

namespace {

QueueEvent ticket_event(QueueEventKind kind, const Ticket& ticket, int counter) {
  return QueueEvent{.kind = kind, .ticket = ticket.id, .counter = counter};
}

QueueResult no_current_ticket() { return QueueResult{.refusal = QueueRefusal{.reason = Refusal::no_current_ticket}}; }

}  // namespace

std::optional<Queue::CounterAt> Queue::counter_at(int number) {
  CounterState* counter = day_.counter_state(number);
  if (counter == nullptr) return std::nullopt;
  return CounterAt{counter, counter->current ? day_.find_ticket(*counter->current) : nullptr};
}

QueueResult Queue::apply(const CallNext& command, Instant now) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  if (auto refusal = refuse_when_closed(now, true)) return refuse(std::move(*refusal));
  if (at->state->paused) return refuse(Refusal::paused);
  if (at->current != nullptr) return refuse(QueueRefusal{.reason = Refusal::busy, .ticket = at->current->id});
  const std::optional<TicketId> next = call_rule_ ? call_rule_(day_, command.counter, now)
                                                  : choose_next(day_, command.counter, now, times_, rules_.scheduling);
  QueueResult result;
  if (!next) return result;  // nobody to call: a success that answers with no ticket
  Ticket& ticket = *day_.find_ticket(*next);
  ticket.status = TicketStatus::called;
  ticket.called_at = now;
  ticket.counter = command.counter;
  ticket.target_counter.reset();
  at->state->phase = CounterPhase::calling;
  at->state->current = ticket.id;
  result.changes.tickets.push_back(ticket.id);
  result.changes.counters.push_back(command.counter);
  result.queue_changed = true;
  result.ticket = ticket.id;
  result.events.push_back(ticket_event(QueueEventKind::ticket_called, ticket, command.counter));
  return result;
}

QueueResult Queue::apply(const Recall& command, Instant now) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  Ticket* current = at->current;
  if (current == nullptr || current->status != TicketStatus::called) return no_current_ticket();
  QueueResult result;
  result.ticket = current->id;
  if (current->recalls >= rules_.scheduling.max_recalls) {
    // The last recall went unanswered: the visitor is not here.
    settle(*current, TicketStatus::no_show, now, result);
    free_counter(*at->state, result);
    result.events.push_back(ticket_event(QueueEventKind::ticket_no_show, *current, command.counter));
    return result;
  }
  ++current->recalls;
  current->called_at = now;
  result.changes.tickets.push_back(current->id);
  result.events.push_back(ticket_event(QueueEventKind::ticket_recalled, *current, command.counter));
  return result;
}

QueueResult Queue::apply(const StartServing& command, Instant now) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  Ticket* current = at->current;
  if (current == nullptr || current->status != TicketStatus::called) return no_current_ticket();
  current->status = TicketStatus::serving;
  current->started_at = now;
  if (current->called_at)  // how long the walk up took, for the forecast
    times_.observe_call(duration_cast<seconds>(now - *current->called_at));
  at->state->phase = CounterPhase::serving;
  QueueResult result;
  result.ticket = current->id;
  result.changes.tickets.push_back(current->id);
  result.changes.counters.push_back(command.counter);
  result.events.push_back(ticket_event(QueueEventKind::ticket_started, *current, command.counter));
  return result;
}

QueueResult Queue::apply(const FinishServing& command, Instant now) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  Ticket* current = at->current;
  if (current == nullptr) return no_current_ticket();
  // Finished straight from the call: the service began when it was called.
  if (!current->started_at) current->started_at = current->called_at;
  QueueResult result;
  result.ticket = current->id;
  settle(*current, TicketStatus::done, now, result);
  free_counter(*at->state, result);
  result.events.push_back(ticket_event(QueueEventKind::ticket_finished, *current, command.counter));
  return result;
}

QueueResult Queue::apply(const MarkNoShow& command, Instant now) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  Ticket* current = at->current;
  if (current == nullptr || current->status != TicketStatus::called) return no_current_ticket();
  QueueResult result;
  result.ticket = current->id;
  settle(*current, TicketStatus::no_show, now, result);
  free_counter(*at->state, result);
  result.events.push_back(ticket_event(QueueEventKind::ticket_no_show, *current, command.counter));
  return result;
}

QueueResult Queue::apply(const Transfer& command, Instant) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  Ticket* current = at->current;
  if (current == nullptr) return no_current_ticket();
  if (command.service.has_value() == command.to_counter.has_value()) return refuse(Refusal::bad_transfer);
  if (command.service) {
    if (catalog_.find_service(*command.service) == nullptr) return refuse(Refusal::unknown_service);
    // Any counter with the skill: the visitor's tier travels with the ticket.
    const bool served = std::any_of(day_.counters.begin(), day_.counters.end(),
                                    [&](const CounterConfig& c) { return c.services.contains(*command.service); });
    if (!served) return refuse(Refusal::not_served);
    current->service = *command.service;
    current->target_counter.reset();
  } else {
    if (day_.counter(*command.to_counter) == nullptr)
      return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = *command.to_counter});
    if (*command.to_counter == command.counter) return refuse(Refusal::same_counter);
    current->target_counter = *command.to_counter;
  }
  // Back in line with its original issue time: the visitor keeps their place.
  current->status = TicketStatus::waiting;
  current->transfer_reason = command.reason;
  current->called_at.reset();
  current->started_at.reset();
  current->counter.reset();
  current->recalls = 0;
  QueueResult result;
  result.ticket = current->id;
  result.changes.tickets.push_back(current->id);
  free_counter(*at->state, result);
  result.events.push_back(ticket_event(QueueEventKind::ticket_transferred, *current, command.counter));
  return result;
}

QueueResult Queue::apply(const PauseCounter& command, Instant) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  if (at->state->paused) return refuse(Refusal::already_paused);
  if (at->current != nullptr) return refuse(QueueRefusal{.reason = Refusal::busy, .ticket = at->current->id});
  at->state->paused = true;
  QueueResult result;
  result.changes.counters.push_back(command.counter);
  result.queue_changed = true;
  result.events.push_back(QueueEvent{.kind = QueueEventKind::counter_paused, .counter = command.counter});
  return result;
}

QueueResult Queue::apply(const ResumeCounter& command, Instant) {
  const auto at = counter_at(command.counter);
  if (!at) return refuse(QueueRefusal{.reason = Refusal::unknown_counter, .counter = command.counter});
  if (!at->state->paused) return refuse(Refusal::not_paused);
  at->state->paused = false;
  QueueResult result;
  result.changes.counters.push_back(command.counter);
  result.queue_changed = true;
  result.events.push_back(QueueEvent{.kind = QueueEventKind::counter_resumed, .counter = command.counter});
  return result;
}

}  // namespace kezek::domain
