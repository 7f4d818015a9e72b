// QueueService — the day: loading it from the database, the transitions that
// come with the clock (decided by domain::Queue::tick), and what every command
// shares: saving a Queue result and emitting its events.
#include "server/engine/queue_service.hpp"
#include "server/engine/wire_views.hpp"
#include "shared/protocol/event_payloads.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::QueueEventKind;
using domain::Ticket;
using domain::TicketStatus;

namespace {

domain::QueueRules rules_of(const ServerConfig& config) {
  domain::QueueRules rules;
  rules.scheduling = config.scheduling;
  rules.slots = config.slots;
  rules.check_in = config.check_in;
  rules.max_tickets_per_day = config.max_tickets_per_day;
  rules.provisional_booking_days = config.provisional_booking_days;
  return rules;
}

}  // namespace

QueueService::QueueService(const catalog::Catalog& catalog, const WorkingCalendar& calendar, const ServerConfig& config,
                           store::Database& db)
    : catalog_(catalog),
      calendar_(calendar),
      config_(config),
      db_(db),
      tickets_(db),
      sequences_(db),
      appointments_(db),
      counter_states_(db),
      event_log_(db),
      audit_(db),
      retention_(db),
      supply_(tickets_, sequences_, appointments_),
      queue_(catalog, calendar, rules_of(config)),
      state_(queue_.state()),
      service_times_(queue_.service_times()) {}

domain::DayState QueueService::load_day_state(Instant now) {
  const Date today = local_date(now);
  const Instant day_start = from_local(today, std::chrono::seconds(0));
  // Whatever was still open on an earlier day ended with that day
  // (shared/domain/day_end.hpp): every earlier day at once, however long the
  // server was off. Idempotent, so any load may run it; on a full disk it is
  // tried again by tick() (housekeeping_ops.cpp), and today's state, which it
  // does not touch, loads all the same.
  sweep_ended_days(now);

  domain::DayState state;
  state.day = today;
  state.counters = config_.counters;
  for (const auto& counter : config_.counters) {
    domain::CounterState s;
    s.number = counter.number;
    state.counter_states.push_back(s);
  }
  for (Ticket& t : tickets_.load_day(today)) state.add_ticket(std::move(t));
  // Only today's saved states: a counter starts each day idle and unpaused.
  for (const domain::CounterState& saved : counter_states_.load_day(today)) {
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
  state.appointments = appointments_.load_range(day_start, day_start + std::chrono::hours(24));
  state.reindex();
  return state;
}

void QueueService::load(Instant now) {
  domain::DayState state = load_day_state(now);
  // Learned service times: the Centre's own recent history, over the seeds.
  for (const auto& [service, seconds] : tickets_.recent_service_seconds(50))
    queue_.observe_service(service, std::chrono::seconds(static_cast<std::int64_t>(seconds)));
  // The Queue learns today's call costs as it takes the day.
  queue_.load(std::move(state));
  // The pending events of this batch are in the log already (uncommitted but
  // visible to this connection), so the sequence continues after them.
  seq_ = event_log_.last_seq();
  forecast_valid_ = false;
  queue_changed_ = false;
  // A load also follows a batch that was not committed: its sweep and
  // retention may have gone with it, so the next tick runs them again (both
  // are idempotent).
  swept_day_.reset();
  retained_day_.reset();
}

void QueueService::tick(Instant now) {
  // The store holds the new day (its bookings, any tickets already issued):
  // the Queue takes it from there rather than from an empty day, and its tick
  // announces it (day_started).
  if (queue_.is_new_day(now)) load(now);
  const domain::QueueResult result = queue_.tick(now);
  // The day-end sweep and the retention (housekeeping_ops.cpp), after each
  // load (the sweep again: the load's may not have been committed), each
  // retried at every batch until it is saved.
  if (swept_day_ != state_.day && sweep_ended_days(now)) swept_day_ = state_.day;
  if (retained_day_ != state_.day && apply_retention(now)) retained_day_ = state_.day;
  apply_result(result, now);
}

void QueueService::apply_result(const domain::QueueResult& result, Instant now) {
  for (domain::TicketId id : result.changes.tickets) {
    if (id == result.created) continue;  // inserted already, by the supply
    if (const Ticket* t = state_.find_ticket(id)) tickets_.update(*t);
  }
  for (int number : result.changes.counters) {
    if (const domain::CounterState* c = state_.counter_state(number)) counter_states_.save(*c, state_.day);
  }
  for (const std::string& code : result.changes.appointments) {
    if (const domain::Appointment* a = state_.find_appointment(code)) appointments_.update(*a);
  }
  if (result.queue_changed) touch_queue();
  for (const domain::QueueEvent& event : result.events)
    emit(domain::to_string(event.kind), event_json(event, result, now), now);
}

json::object QueueService::event_json(const domain::QueueEvent& event, const domain::QueueResult& result, Instant now) {
  // Each payload is a shared/protocol/event_payloads.hpp type: the clients
  // decode exactly what is written here.
  const Ticket* ticket = event.ticket ? state_.find_ticket(*event.ticket) : nullptr;
  auto payload = [](const auto& typed) { return std::move(json::value_from(typed).as_object()); };
  switch (event.kind) {
    case QueueEventKind::ticket_issued:
      if (ticket == nullptr) break;
      return payload(protocol::TicketEvent{
          std::nullopt, ticket_view(*ticket, now, result.forecast ? &*result.forecast : nullptr), false});
    case QueueEventKind::ticket_called:
    case QueueEventKind::ticket_recalled:
    case QueueEventKind::ticket_started:
    case QueueEventKind::ticket_finished:
    case QueueEventKind::ticket_no_show:
    case QueueEventKind::ticket_transferred:
      if (ticket == nullptr) break;
      return payload(protocol::TicketEvent{event.counter, ticket_view(*ticket, now), event.automatic});
    case QueueEventKind::counter_paused:
    case QueueEventKind::counter_resumed:
      return payload(protocol::CounterEvent{event.counter.value_or(0), event.kind == QueueEventKind::counter_paused});
    case QueueEventKind::appointment_booked:
      if (!result.appointment) break;
      return payload(protocol::AppointmentBooked{wire_appointment(*result.appointment)});
    case QueueEventKind::appointment_checked_in:
      return payload(protocol::AppointmentChanged{
          event.code, ticket != nullptr ? std::optional(ticket_view(*ticket, now)) : std::nullopt});
    case QueueEventKind::appointment_cancelled:
    case QueueEventKind::appointment_missed: return payload(protocol::AppointmentChanged{event.code, std::nullopt});
    case QueueEventKind::day_started: return payload(protocol::DayStarted{state_.day});
    case QueueEventKind::centre_status_changed:
      return payload(protocol::CentreStatusEvent{wire_status(calendar_, now)});
  }
  return {};
}

}  // namespace kezek::server
