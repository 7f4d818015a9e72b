// QueueService — the day: loading it from the database, and the transitions
// that come with the clock rather than with a request.
#include "server/engine/queue_service.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Ticket;
using domain::TicketStatus;

QueueService::QueueService(const catalog::Catalog& catalog, const WorkingCalendar& calendar,
                           const ServerConfig& config, store::Database& db)
    : catalog_(catalog),
      calendar_(calendar),
      config_(config),
      db_(db),
      tickets_(db),
      sequences_(db),
      appointments_(db),
      counter_states_(db),
      event_log_(db),
      audit_(db) {
  for (const auto& service : catalog_.services()) {
    // A service without a stated time keeps the default rather than the floor.
    if (service.counter_minutes > 0) service_times_.seed(service.id, std::chrono::minutes(service.counter_minutes));
  }
}

void QueueService::load(Instant now) {
  const Date today = local_date(now);
  // Whatever was still open on an earlier day ended with that day.
  tickets_.close_open_before(today, now);

  domain::DayState state;
  state.day = today;
  state.counters = config_.counters;
  for (const auto& counter : config_.counters) {
    domain::CounterState s;
    s.number = counter.number;
    state.counter_states.push_back(s);
  }
  for (Ticket& t : tickets_.load_day(today)) state.add_ticket(std::move(t));
  for (const domain::CounterState& saved : counter_states_.load_all()) {
    domain::CounterState* s = state.counter_state(saved.number);
    if (s == nullptr) continue;  // a counter removed from the configuration
    s->paused = saved.paused;
    // A ticket from an earlier day no longer belongs to the counter.
    const Ticket* current = saved.current ? state.find_ticket(*saved.current) : nullptr;
    if (current != nullptr && current->is_open() && current->status != TicketStatus::waiting) {
      s->current = saved.current;
      s->phase = saved.phase;
    }
  }
  const Instant day_start = from_local(today, std::chrono::seconds(0));
  state.appointments = appointments_.load_range(day_start, day_start + std::chrono::hours(24));
  state.reindex();
  state_ = std::move(state);

  // Learned service times: the Centre's own recent history, over the seeds.
  for (const auto& [service, seconds] : tickets_.recent_service_seconds(50))
    service_times_.observe(service, std::chrono::seconds(static_cast<std::int64_t>(seconds)));
  // And what calls cost today so far (the walk up, the waits for no-shows).
  for (const Ticket& t : state_.tickets) {
    if (!t.called_at) continue;
    if (t.started_at && *t.started_at > *t.called_at)
      service_times_.observe_call(std::chrono::duration_cast<std::chrono::seconds>(*t.started_at - *t.called_at));
    else if (t.status == TicketStatus::no_show && t.finished_at)
      service_times_.observe_call(std::chrono::duration_cast<std::chrono::seconds>(*t.finished_at - *t.called_at));
  }
  // The pending events of this batch are in the log already (uncommitted but
  // visible to this connection), so the sequence continues after them.
  seq_ = event_log_.last_seq();
  forecast_valid_ = false;
  queue_changed_ = false;
}

void QueueService::tick(Instant now) {
  if (local_date(now) != state_.day) {
    load(now);
    json::object payload;
    payload["day"] = format_date(state_.day);
    emit("day.started", payload, now);
    touch_queue();
  }
  const CentreState centre = calendar_.status_at(now).state;
  if (last_centre_state_ != centre) {
    const bool first = !last_centre_state_.has_value();
    last_centre_state_ = centre;
    if (!first) {
      json::object payload;
      payload["status"] = status_json(now);
      emit("centre.status", payload, now);
      touch_queue();  // estimates move when the Centre pauses or reopens
    }
  }
  // A called visitor who has not come within the limit is a no-show; the
  // counter is free for the next.
  for (auto& counter : state_.counter_states) {
    if (!counter.current) continue;
    Ticket* ticket = state_.find_ticket(*counter.current);
    if (ticket == nullptr || ticket->status != TicketStatus::called || !ticket->called_at) continue;
    if (now - *ticket->called_at < config_.scheduling.no_show_after) continue;
    finish_ticket(*ticket, TicketStatus::no_show, now);
    counter.phase = domain::CounterPhase::idle;
    counter.current.reset();
    save_counter(counter);
    touch_queue();
    json::object payload;
    payload["counter"] = counter.number;
    payload["ticket"] = ticket_json(*ticket, now);
    payload["automatic"] = true;
    emit("ticket.no_show", payload, now);
  }
  // Once a day: forget the applicant references of bookings past retention.
  if (last_purge_day_ != state_.day) {
    last_purge_day_ = state_.day;
    appointments_.purge_applicants_before(now - std::chrono::days(config_.personal_data_days));
  }
  // A booking nobody checked in for by the end of its check-in window is missed.
  for (domain::Appointment& a : state_.appointments) {
    if (a.status != domain::AppointmentStatus::booked) continue;
    if (now <= a.start + config_.check_in.after) continue;
    a.status = domain::AppointmentStatus::missed;
    appointments_.update(a);
    touch_queue();
    json::object payload;
    payload["code"] = a.code;
    emit("appointment.missed", payload, now);
  }
}

}  // namespace kezek::server
