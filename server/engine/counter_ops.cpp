// QueueService — counters: call next, recall, start, finish, no-show, transfer,
// pause and resume, and the counter's own view of its queue.
#include <algorithm>

#include "server/engine/queue_service.hpp"
#include "server/engine/wire_views.hpp"
#include "shared/domain/scheduler.hpp"
#include "shared/protocol/counter.hpp"

namespace kezek::server {

using domain::Refusal;
using domain::Ticket;
using domain::TicketStatus;

std::string_view to_string(CounterAction action) {
  switch (action) {
    case CounterAction::call_next: return "call-next";
    case CounterAction::recall: return "recall";
    case CounterAction::start: return "start";
    case CounterAction::finish: return "finish";
    case CounterAction::no_show: return "no-show";
    case CounterAction::transfer: return "transfer";
    case CounterAction::pause: return "pause";
    case CounterAction::resume: return "resume";
  }
  return "unknown";
}

std::optional<CounterAction> parse_counter_action(std::string_view s) {
  if (s == "call-next") return CounterAction::call_next;
  if (s == "recall") return CounterAction::recall;
  if (s == "start") return CounterAction::start;
  if (s == "finish") return CounterAction::finish;
  if (s == "no-show") return CounterAction::no_show;
  if (s == "transfer") return CounterAction::transfer;
  if (s == "pause") return CounterAction::pause;
  if (s == "resume") return CounterAction::resume;
  return std::nullopt;
}

ApiReply QueueService::counter_action(int number, CounterAction action, const TransferRequest& transfer, Instant now,
                                      std::string_view actor) {
  // Who did what to which ticket, in the same transaction as the change: the
  // ticket's number when the action answered with a ticket, else the counter.
  std::string subject = "counter " + std::to_string(number);
  ApiReply reply = counter_action_unaudited(number, action, transfer, now, subject);
  if (reply.status < 300) {
    audit_.append(now, actor, to_string(action), subject, action == CounterAction::transfer ? transfer.reason : "");
  }
  return reply;
}

domain::QueueResult QueueService::apply_counter_action(int number, CounterAction action,
                                                       const TransferRequest& transfer, Instant now) {
  switch (action) {
    case CounterAction::call_next: return queue_.apply(domain::CallNext{number}, now);
    case CounterAction::recall: return queue_.apply(domain::Recall{number}, now);
    case CounterAction::start: return queue_.apply(domain::StartServing{number}, now);
    case CounterAction::finish: return queue_.apply(domain::FinishServing{number}, now);
    case CounterAction::no_show: return queue_.apply(domain::MarkNoShow{number}, now);
    case CounterAction::transfer:
      return queue_.apply(domain::Transfer{number, transfer.service, transfer.counter, transfer.reason}, now);
    case CounterAction::pause: return queue_.apply(domain::PauseCounter{number}, now);
    case CounterAction::resume: return queue_.apply(domain::ResumeCounter{number}, now);
  }
  return queue_.apply(domain::ResumeCounter{number}, now);
}

ApiReply QueueService::counter_refusal(int number, CounterAction action, const domain::QueueRefusal& refusal,
                                       Instant now, const TransferRequest& transfer) {
  const std::string counter = "counter " + std::to_string(number);
  const domain::Ticket* ticket = refusal.ticket ? state_.find_ticket(*refusal.ticket) : nullptr;
  const std::string ticket_number = ticket != nullptr ? ticket->number : std::string();
  switch (refusal.reason) {
    case Refusal::unknown_counter:
      return reply_error(404, "unknown_counter", "no counter " + std::to_string(refusal.counter.value_or(number)));
    case Refusal::closed:
    case Refusal::lunch_break:
      if (auto closed = refuse_when_closed(now, true)) return *closed;
      break;
    case Refusal::paused: return reply_error(409, "paused", counter + " is paused; resume first");
    case Refusal::busy:
      return reply_error(409, "busy",
                         action == CounterAction::pause ? "finish or transfer " + ticket_number + " before pausing"
                                                        : "finish or mark " + ticket_number + " as a no-show first");
    case Refusal::no_current_ticket: {
      const std::string what = action == CounterAction::no_show ? "mark as a no-show" : std::string(to_string(action));
      return reply_error(409, "no_current_ticket", counter + " has no ticket to " + what);
    }
    case Refusal::already_paused: return reply_error(409, "already_paused", counter + " is already paused");
    case Refusal::not_paused: return reply_error(409, "not_paused", counter + " is not paused");
    case Refusal::bad_transfer:
      return reply_error(400, "bad_transfer", "give either \"service\" or \"counter\" to transfer to");
    case Refusal::unknown_service:
      return reply_error(404, "unknown_service", "no service with id \"" + transfer.service.value_or("") + "\"");
    case Refusal::not_served:
      return reply_error(409, "not_served", "no counter serves \"" + transfer.service.value_or("") + "\"");
    case Refusal::same_counter:
      return reply_error(409, "same_counter", "the ticket is already at counter " + std::to_string(number));
    default: break;
  }
  return reply_error(409, domain::to_string(refusal.reason), "the counter cannot " + std::string(to_string(action)));
}

ApiReply QueueService::counter_action_unaudited(int number, CounterAction action, const TransferRequest& transfer,
                                                Instant now, std::string& subject) {
  const domain::QueueResult result = apply_counter_action(number, action, transfer, now);
  if (result.refusal) return counter_refusal(number, action, *result.refusal, now, transfer);
  apply_result(result, now);
  if (action == CounterAction::pause || action == CounterAction::resume) return counter_view(number, now);
  if (!result.ticket) return reply_no_content();  // nobody to call
  const Ticket& ticket = *state_.find_ticket(*result.ticket);
  subject = ticket.number;
  return reply_message(200, protocol::CounterActionReply{ticket_view(ticket, now), number});
}

int QueueService::waiting_for_service(std::string_view service) const {
  const auto open = state_.open_tickets();
  return static_cast<int>(std::count_if(open.begin(), open.end(), [&](const Ticket& t) {
    return t.status == TicketStatus::waiting && t.service == service;
  }));
}

ApiReply QueueService::counter_view(int number, Instant now) {
  const domain::CounterConfig* config = state_.counter(number);
  const domain::CounterState* counter = state_.counter_state(number);
  if (config == nullptr || counter == nullptr)
    return reply_error(404, "unknown_counter", "no counter " + std::to_string(number));
  protocol::CounterView view;
  view.number = number;
  view.phase = counter->phase;
  view.paused = counter->paused;
  view.manager = config->manager;
  view.status = wire_status(calendar_, now);
  if (counter->current) {
    if (const Ticket* t = state_.find_ticket(*counter->current)) view.ticket = ticket_view(*t, now);
  }
  for (const std::string& id : config->services)
    view.services.push_back(protocol::ServiceWaiting{id, waiting_for_service(id)});
  for (const Ticket& t : state_.open_tickets()) {
    if (t.status == TicketStatus::waiting && domain::can_serve(*config, t))
      view.longest_wait_min = std::max<std::int64_t>(
          view.longest_wait_min, std::chrono::duration_cast<std::chrono::minutes>(now - t.issued_at).count());
  }
  for (const domain::Appointment& a : state_.appointments) {
    if (a.counter == number && a.start >= now - std::chrono::minutes(15) &&
        (a.status == domain::AppointmentStatus::booked || a.status == domain::AppointmentStatus::checked_in))
      view.appointments.push_back(wire_appointment(a));
  }
  return reply_message(200, view);
}

}  // namespace kezek::server
