// WorkingCalendar: the questions about hours (open, lunch, closed).
#include "shared/calendar/working_calendar.hpp"

namespace kezek {
namespace {

using namespace std::chrono;

Instant at(Date d, minutes time_of_day) { return from_local(d, time_of_day); }

}  // namespace

std::vector<Interval> WorkingCalendar::working_intervals(Date date) const {
  if (!is_working_day(date)) {
    return {};
  }
  const OpeningHours& h = table_.hours;
  if (h.lunch_start == h.lunch_end) {
    return {{at(date, h.open), at(date, h.close)}};
  }
  return {{at(date, h.open), at(date, h.lunch_start)}, {at(date, h.lunch_end), at(date, h.close)}};
}

std::optional<Instant> WorkingCalendar::next_opening(Instant t) const {
  const sys_days today{local_date(t)};
  for (int i = 0; i < kOpeningSearchDays; ++i) {
    for (const Interval& span : working_intervals(Date{today + days{i}})) {
      if (t < span.end) {
        return t < span.start ? span.start : t;
      }
    }
  }
  return std::nullopt;
}

CentreStatus WorkingCalendar::status_at(Instant t) const {
  const Date today = local_date(t);
  for (const Interval& span : working_intervals(today)) {
    if (span.start <= t && t < span.end) {
      return {CentreState::open, span.end, t};
    }
  }
  const OpeningHours& h = table_.hours;
  if (is_working_day(today) && at(today, h.lunch_start) <= t && t < at(today, h.lunch_end)) {
    const Instant back = at(today, h.lunch_end);
    return {CentreState::lunch, back, back};
  }
  const Instant next = next_opening(t).value_or(Instant::max());
  return {CentreState::closed, next, next};
}

}  // namespace kezek
