#include "server/engine/wire_views.hpp"

#include "shared/i18n/centre_status_text.hpp"

namespace kezek::server {

protocol::Ticket wire_ticket(const domain::Ticket& t) {
  protocol::Ticket w;
  w.id = t.id;
  w.number = t.number;
  w.service = t.service;
  w.tier = t.tier;
  w.status = t.status;
  w.lang = t.lang;
  w.issued_at = t.issued_at;
  w.called_at = t.called_at;
  w.started_at = t.started_at;
  w.finished_at = t.finished_at;
  w.counter = t.counter;
  w.target_counter = t.target_counter;
  w.appointment_code = t.appointment_code;
  w.slot_start = t.slot_start;
  w.recalls = t.recalls;
  if (!t.transfer_reason.empty()) w.transfer_reason = t.transfer_reason;
  if (!t.close_reason.empty()) w.close_reason = t.close_reason;
  w.status_token = t.status_token;
  return w;
}

protocol::Appointment wire_appointment(const domain::Appointment& a) {
  return protocol::Appointment{a.code, a.service, a.start, a.minutes, a.counter, a.status, a.applicant, a.ticket};
}

protocol::Status wire_status(const WorkingCalendar& calendar, Instant now) {
  const CentreStatus status = calendar.status_at(now);
  protocol::Status w;
  w.state = status.state;
  w.now = now;
  w.until = status.until;
  w.next_opening = status.next_opening;
  for (catalog::Lang lang : catalog::kAllLangs) w.text.in(lang) = i18n::describe_status(status, now, lang);
  const Date today = local_date(now);
  const OpeningHours& hours = calendar.hours();
  w.day =
      protocol::StatusDay{today,           calendar.is_working_day(today),  hours.open, hours.close, hours.lunch_start,
                          hours.lunch_end, calendar.next_working_day(today)};
  return w;
}

}  // namespace kezek::server
