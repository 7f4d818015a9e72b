// domain::Queue — the day: starting one, and the transitions that come with
// the clock rather than with a command.
#include "shared/domain/queue.hpp"

namespace kezek::domain {

bool Queue::is_new_day(Instant now) const { return local_date(now) != day_.day; }

DayState Queue::fresh_day(Instant now) const {
  DayState day;
  day.day = local_date(now);
  for (std::size_t i = 0; i < day_.counters.size(); ++i) {
    day.add_counter(day_.counters[i]);
    // An operator's pause outlives the night; a ticket of the old day does not.
    day.counter_states.back().paused = day_.counter_states[i].paused;
  }
  return day;
}

QueueResult Queue::start_day(DayState day, Instant) {
  load(std::move(day));
  QueueResult result;
  result.queue_changed = true;
  result.events.push_back(QueueEvent{.kind = QueueEventKind::day_started});
  return result;
}

QueueResult Queue::tick(Instant now) {
  QueueResult result;
  if (is_new_day(now)) result = start_day(fresh_day(now), now);

  const CentreState centre = calendar_.status_at(now).state;
  if (last_centre_state_ != centre) {
    const bool first = !last_centre_state_.has_value();
    last_centre_state_ = centre;
    if (!first) {
      result.events.push_back(QueueEvent{.kind = QueueEventKind::centre_status_changed});
      result.queue_changed = true;  // estimates move when the Centre pauses or reopens
    }
  }
  // A called visitor who has not come within the limit is a no-show; the
  // counter is free for the next.
  for (CounterState& counter : day_.counter_states) {
    if (!counter.current) continue;
    Ticket* ticket = day_.find_ticket(*counter.current);
    if (ticket == nullptr || ticket->status != TicketStatus::called || !ticket->called_at) continue;
    if (now - *ticket->called_at < rules_.scheduling.no_show_after) continue;
    settle(*ticket, TicketStatus::no_show, now, result);
    free_counter(counter, result);
    result.events.push_back(QueueEvent{
        .kind = QueueEventKind::ticket_no_show, .ticket = ticket->id, .counter = counter.number, .automatic = true});
  }
  // A booking nobody checked in for by the end of its check-in window is missed.
  for (Appointment& a : day_.appointments) {
    if (a.status != AppointmentStatus::booked) continue;
    if (now <= a.start + rules_.check_in.after) continue;
    a.status = AppointmentStatus::missed;
    result.changes.appointments.push_back(a.code);
    result.queue_changed = true;
    result.events.push_back(QueueEvent{.kind = QueueEventKind::appointment_missed, .code = a.code});
  }
  return result;
}

}  // namespace kezek::domain
