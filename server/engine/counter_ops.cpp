// QueueService — counters: call next, recall, start, finish, no-show, transfer,
// pause and resume, and the counter's own view of its queue.
#include <algorithm>

#include "server/engine/queue_service.hpp"
#include "shared/domain/scheduler.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::CounterPhase;
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

bool QueueService::counter_serves(const domain::CounterConfig& counter, const Ticket& ticket) const {
  if (ticket.target_counter) return *ticket.target_counter == counter.number;
  if (ticket.tier == domain::TicketTier::manager && !counter.manager) return false;
  return counter.services.contains(ticket.service);
}

void QueueService::finish_ticket(Ticket& ticket, TicketStatus status, Instant now) {
  if (status == TicketStatus::no_show && ticket.called_at) {
    // The counter spent this call waiting for nobody: part of what a call costs.
    service_times_.observe_call(std::chrono::duration_cast<std::chrono::seconds>(now - *ticket.called_at));
  }
  ticket.status = status;
  ticket.finished_at = now;
  if (status == TicketStatus::done && ticket.started_at) {
    // Learn the service time from what really happened at the counter.
    service_times_.observe(ticket.service,
                           std::chrono::duration_cast<std::chrono::seconds>(now - *ticket.started_at));
  }
  if (ticket.appointment_code) {
    if (domain::Appointment* a = state_.find_appointment(*ticket.appointment_code)) {
      a->status = status == TicketStatus::done ? domain::AppointmentStatus::served
                                               : domain::AppointmentStatus::missed;
      appointments_.update(*a);
    }
  }
  save_ticket(ticket);
}

ApiReply QueueService::counter_action(int number, CounterAction action, const TransferRequest& transfer,
                                      Instant now, std::string_view actor) {
  // Who did what to which ticket, in the same transaction as the change: the
  // ticket's number when the action answered with a ticket, else the counter.
  std::string subject = "counter " + std::to_string(number);
  ApiReply reply = counter_action_unaudited(number, action, transfer, now, subject);
  if (reply.status < 300) {
    audit_.append(now, actor, to_string(action), subject, action == CounterAction::transfer ? transfer.reason : "");
  }
  return reply;
}

ApiReply QueueService::counter_action_unaudited(int number, CounterAction action, const TransferRequest& transfer,
                                                Instant now, std::string& subject) {
  domain::CounterState* counter = state_.counter_state(number);
  if (counter == nullptr) return reply_error(404, "unknown_counter", "no counter " + std::to_string(number));
  Ticket* current = counter->current ? state_.find_ticket(*counter->current) : nullptr;
  auto answer = [&](std::string_view event, const Ticket& ticket) {
    subject = ticket.number;
    json::object payload;
    payload["counter"] = number;
    payload["ticket"] = ticket_json(ticket, now);
    emit(event, payload, now);
    json::object body;
    body["ticket"] = payload["ticket"];
    body["counter"] = number;
    return reply_json(200, body);
  };
  auto need_current = [&](std::string_view what) {
    return reply_error(409, "no_current_ticket",
                       "counter " + std::to_string(number) + " has no ticket to " + std::string(what));
  };

  switch (action) {
    case CounterAction::call_next: {
      if (auto refusal = refuse_when_closed(now, true)) return *refusal;
      if (counter->paused)
        return reply_error(409, "paused", "counter " + std::to_string(number) + " is paused; resume first");
      if (current != nullptr)
        return reply_error(409, "busy", "finish or mark " + current->number + " as a no-show first");
      const auto next = domain::choose_next(state_, number, now, service_times_, config_.scheduling);
      if (!next) return reply_no_content();
      Ticket& ticket = *state_.find_ticket(*next);
      ticket.status = TicketStatus::called;
      ticket.called_at = now;
      ticket.counter = number;
      ticket.target_counter.reset();
      counter->phase = CounterPhase::calling;
      counter->current = ticket.id;
      save_ticket(ticket);
      save_counter(*counter);
      touch_queue();
      return answer("ticket.called", ticket);
    }
    case CounterAction::recall: {
      if (current == nullptr || current->status != TicketStatus::called) return need_current("recall");
      if (current->recalls >= config_.scheduling.max_recalls) {
        // The last recall went unanswered: the visitor is not here.
        finish_ticket(*current, TicketStatus::no_show, now);
        counter->phase = CounterPhase::idle;
        counter->current.reset();
        save_counter(*counter);
        touch_queue();
        return answer("ticket.no_show", *current);
      }
      ++current->recalls;
      current->called_at = now;
      save_ticket(*current);
      return answer("ticket.recalled", *current);
    }
    case CounterAction::start: {
      if (current == nullptr || current->status != TicketStatus::called) return need_current("start");
      current->status = TicketStatus::serving;
      current->started_at = now;
      if (current->called_at)  // how long the walk up took, for the forecast
        service_times_.observe_call(std::chrono::duration_cast<std::chrono::seconds>(now - *current->called_at));
      counter->phase = CounterPhase::serving;
      save_ticket(*current);
      save_counter(*counter);
      return answer("ticket.started", *current);
    }
    case CounterAction::finish: {
      if (current == nullptr) return need_current("finish");
      if (!current->started_at) current->started_at = current->called_at;
      finish_ticket(*current, TicketStatus::done, now);
      counter->phase = CounterPhase::idle;
      counter->current.reset();
      save_counter(*counter);
      touch_queue();
      return answer("ticket.finished", *current);
    }
    case CounterAction::no_show: {
      if (current == nullptr || current->status != TicketStatus::called) return need_current("mark as a no-show");
      finish_ticket(*current, TicketStatus::no_show, now);
      counter->phase = CounterPhase::idle;
      counter->current.reset();
      save_counter(*counter);
      touch_queue();
      return answer("ticket.no_show", *current);
    }
    case CounterAction::transfer:
      if (current == nullptr) return need_current("transfer");
      subject = current->number;
      return counter_transfer(*counter, *current, transfer, now);
    case CounterAction::pause:
      if (counter->paused) return reply_error(409, "already_paused", "counter " + std::to_string(number) + " is already paused");
      if (current != nullptr)
        return reply_error(409, "busy", "finish or transfer " + current->number + " before pausing");
      counter->paused = true;
      break;
    case CounterAction::resume:
      if (!counter->paused) return reply_error(409, "not_paused", "counter " + std::to_string(number) + " is not paused");
      counter->paused = false;
      break;
  }
  save_counter(*counter);
  touch_queue();
  json::object payload;
  payload["counter"] = number;
  payload["paused"] = counter->paused;
  emit(counter->paused ? "counter.paused" : "counter.resumed", payload, now);
  return counter_view(number, now);
}

ApiReply QueueService::counter_transfer(domain::CounterState& counter, Ticket& ticket,
                                        const TransferRequest& transfer, Instant now) {
  if (transfer.service.has_value() == transfer.counter.has_value())
    return reply_error(400, "bad_transfer", "give either \"service\" or \"counter\" to transfer to");
  if (transfer.service) {
    if (catalog_.find_service(*transfer.service) == nullptr)
      return reply_error(404, "unknown_service", "no service with id \"" + *transfer.service + "\"");
    const bool served = std::any_of(state_.counters.begin(), state_.counters.end(),
                                    [&](const domain::CounterConfig& c) { return c.services.contains(*transfer.service); });
    if (!served) return reply_error(409, "not_served", "no counter serves \"" + *transfer.service + "\"");
    ticket.service = *transfer.service;
    ticket.target_counter.reset();
  } else {
    if (state_.counter(*transfer.counter) == nullptr)
      return reply_error(404, "unknown_counter", "no counter " + std::to_string(*transfer.counter));
    if (*transfer.counter == counter.number)
      return reply_error(409, "same_counter", "the ticket is already at counter " + std::to_string(counter.number));
    ticket.target_counter = *transfer.counter;
  }
  // Back in line with its original issue time: the visitor keeps their place.
  ticket.status = TicketStatus::waiting;
  ticket.transfer_reason = transfer.reason;
  ticket.called_at.reset();
  ticket.started_at.reset();
  ticket.counter.reset();
  ticket.recalls = 0;
  counter.phase = CounterPhase::idle;
  counter.current.reset();
  save_ticket(ticket);
  save_counter(counter);
  touch_queue();
  json::object payload;
  payload["counter"] = counter.number;
  payload["ticket"] = ticket_json(ticket, now);
  emit("ticket.transferred", payload, now);
  json::object body;
  body["ticket"] = payload["ticket"];
  body["counter"] = counter.number;
  return reply_json(200, body);
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
  json::object body;
  body["number"] = number;
  body["phase"] = domain::to_string(counter->phase);
  body["paused"] = counter->paused;
  body["manager"] = config->manager;
  body["status"] = status_json(now);
  if (counter->current) {
    if (const Ticket* t = state_.find_ticket(*counter->current)) body["ticket"] = ticket_json(*t, now);
  }
  json::array services;
  std::int64_t longest = 0;
  for (const std::string& id : config->services) {
    json::object s;
    s["service"] = id;
    s["waiting"] = waiting_for_service(id);
    services.push_back(std::move(s));
  }
  for (const Ticket& t : state_.open_tickets()) {
    if (t.status == TicketStatus::waiting && counter_serves(*config, t))
      longest = std::max<std::int64_t>(longest, std::chrono::duration_cast<std::chrono::minutes>(now - t.issued_at).count());
  }
  body["services"] = std::move(services);
  body["longest_wait_min"] = longest;
  json::array upcoming;
  for (const domain::Appointment& a : state_.appointments) {
    if (a.counter == number && a.start >= now - std::chrono::minutes(15) &&
        (a.status == domain::AppointmentStatus::booked || a.status == domain::AppointmentStatus::checked_in))
      upcoming.push_back(appointment_json(a));
  }
  body["appointments"] = std::move(upcoming);
  return reply_json(200, body);
}

}  // namespace kezek::server
