// domain::Queue — the day: starting one, and the transitions that come with
// the clock rather than with a command.
#include "shared/domain/queue.hpp"

namespace kezek::domain {

bool Queue::is_new_day(Instant now) const { return local_date(now) != day_.day; }

DayState Queue::fresh_day(Instant now) const {
  DayState day;
  day.day = local_date(now);
  // Neither a ticket nor a pause of the old day carries over (day_end.hpp).
  for (const CounterConfig& counter : day_.counters) day.add_counter(counter);
  return day;
}

QueueResult Queue::tick(Instant now) {
  QueueResult result;
  if (is_new_day(now)) load(fresh_day(now));
  bool day_started = false;
  if (announced_.day != day_.day) {
    announced_.day = day_.day;
    day_started = true;
    result.queue_changed = true;
    result.events.push_back(QueueEvent{.kind = QueueEventKind::day_started});
  }

  // The status carries its day (the date, the hours, the next working day), so
  // a new day changes it even when the state does not (closed on Friday night,
  // closed on Saturday): announce it, or a display that stays connected shows
  // Friday's day all weekend (found by the soak run, bench/soak).
  const CentreState centre = calendar_.status_at(now).state;
  if (announced_.centre != centre || (day_started && announced_.centre)) {
    const bool first = !announced_.centre.has_value();
    announced_.centre = centre;
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
