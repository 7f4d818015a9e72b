#include "shared/protocol/status_at.hpp"

namespace kezek::protocol {

namespace {

Instant at(Date date, std::chrono::minutes time_of_day) {
  return from_local(date, time_of_day);  // minutes convert to seconds exactly
}

// Only the next working day's opening is known beyond `day` itself.
CentreStatus closed_until(Instant next) { return {CentreState::closed, next, next}; }

}  // namespace

CentreStatus centre_status_at(const Status& last, Instant now) {
  if (last.now <= now && now < last.until) return {last.state, last.until, last.next_opening};
  if (!last.day) return closed_until(now < last.until ? last.until : Instant::max());
  const StatusDay& d = *last.day;
  const Instant next_day_opening = at(d.next_working_day, d.open);
  const Date today = local_date(now);
  if (today == d.date && d.working_day) {
    if (now < at(d.date, d.open)) return closed_until(at(d.date, d.open));
    const bool has_lunch = d.lunch_start < d.lunch_end;
    if (has_lunch && now < at(d.date, d.lunch_start)) return {CentreState::open, at(d.date, d.lunch_start), now};
    if (has_lunch && now < at(d.date, d.lunch_end)) {
      const Instant back = at(d.date, d.lunch_end);
      return {CentreState::lunch, back, back};
    }
    if (now < at(d.date, d.close)) return {CentreState::open, at(d.date, d.close), now};
  }
  if (today >= d.date && now < next_day_opening) return closed_until(next_day_opening);
  // On the next working day (or later) the hours are assumed the same as the
  // day the server described; a fresh status replaces the guess when it comes.
  if (today == d.next_working_day) {
    StatusDay next = d;
    next.date = d.next_working_day;
    next.working_day = true;
    if (now < at(next.date, next.close)) {
      Status guess = last;
      guess.day = next;
      guess.now = guess.until = now;  // no server word for this moment
      return centre_status_at(guess, now);
    }
  }
  return closed_until(Instant::max());
}

}  // namespace kezek::protocol
