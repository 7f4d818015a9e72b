// domain::Queue — appointments: booking, cancelling and checking in at the
// kiosk (which joins the booking to the walk-in queue).
#include "shared/domain/queue.hpp"

namespace kezek::domain {

QueueResult Queue::apply(const BookAppointment& command, Instant now, QueueSupply& supply) {
  if (catalog_.find_service(command.service) == nullptr) return refuse(Refusal::unknown_service);
  if (command.applicant.empty() || command.applicant.size() > 64) return refuse(Refusal::bad_applicant);
  // One active booking per applicant and service.
  if (command.existing) return refuse(QueueRefusal{.reason = Refusal::already_booked, .appointment = command.existing});
  const Date day = local_date(command.start);
  if (calendar_.is_provisional(day) && std::chrono::sys_days{day} - std::chrono::sys_days{local_date(now)} >
                                           std::chrono::days{rules_.provisional_booking_days})
    return refuse(Refusal::provisional_day);
  std::vector<Appointment> active;
  if (day == day_.day) {
    for (const Appointment& a : day_.appointments)
      if (is_active(a)) active.push_back(a);
  } else {
    for (const Appointment& a : command.other_day_active)
      if (is_active(a)) active.push_back(a);
  }
  const auto counter =
      assign_counter(command.service, command.start, day_.counters, active, calendar_, times_, rules_.slots, now);
  if (!counter) return refuse(Refusal::slot_unavailable);
  std::optional<std::string> code = supply.new_booking_code();
  if (!code) return refuse(Refusal::no_code);

  Appointment appointment;
  appointment.code = std::move(*code);
  appointment.service = command.service;
  appointment.start = command.start;
  appointment.minutes = slot_minutes(command.service, times_, rules_.slots);
  appointment.counter = *counter;
  appointment.applicant = command.applicant;
  appointment.status = AppointmentStatus::booked;
  appointment.created_at = now;
  QueueResult result;
  if (day == day_.day) {
    // Today's booking holds its counter from now on (scheduler.hpp).
    day_.add_appointment(appointment);
    result.queue_changed = true;
  }
  result.events.push_back(QueueEvent{.kind = QueueEventKind::appointment_booked, .code = appointment.code});
  result.appointment = std::move(appointment);
  return result;
}

QueueResult Queue::apply(const CancelAppointment& command, Instant) {
  if (command.appointment.status != AppointmentStatus::booked)
    return refuse(QueueRefusal{.reason = Refusal::not_cancellable, .appointment = command.appointment});
  QueueResult result;
  result.appointment = command.appointment;
  result.appointment->status = AppointmentStatus::cancelled;
  if (Appointment* in_day = day_.find_appointment(command.appointment.code)) {
    in_day->status = AppointmentStatus::cancelled;
    result.queue_changed = true;
  }
  result.events.push_back(QueueEvent{.kind = QueueEventKind::appointment_cancelled, .code = command.appointment.code});
  return result;
}

QueueResult Queue::apply(const CheckIn& command, Instant now, QueueSupply& supply) {
  Appointment* appointment = day_.find_appointment(command.code);
  if (appointment == nullptr && !command.stored) return refuse(Refusal::unknown_appointment);
  // Another day's booking cannot check in today; the refusal says why.
  const Appointment& seen = appointment != nullptr ? *appointment : *command.stored;
  const auto refuse_with = [&](Refusal reason) { return refuse(QueueRefusal{.reason = reason, .appointment = seen}); };
  if (seen.status == AppointmentStatus::checked_in) return refuse_with(Refusal::already_checked_in);
  // Missed: the check-in window closed before the visitor came.
  if (seen.status == AppointmentStatus::missed && local_date(seen.start) == local_date(now))
    return refuse_with(Refusal::too_late);
  if (seen.status != AppointmentStatus::booked) return refuse_with(Refusal::not_active);
  if (auto refusal = refuse_when_closed(now, false)) return refuse(std::move(*refusal));
  const CheckInCheck check = domain::check_in(seen, now, rules_.check_in);
  switch (check.verdict) {
    case CheckInVerdict::ok: break;
    case CheckInVerdict::too_early:
      return refuse(
          QueueRefusal{.reason = Refusal::too_early, .come_back_at = check.come_back_at, .appointment = seen});
    case CheckInVerdict::too_late: return refuse_with(Refusal::too_late);
    case CheckInVerdict::wrong_day: return refuse_with(Refusal::wrong_day);
    case CheckInVerdict::not_active: return refuse_with(Refusal::no_longer_active);
  }
  // A booking that passes the window is today's, so it is in the day's state.
  if (appointment == nullptr) return refuse_with(Refusal::wrong_day);
  if (catalog_.find_service(appointment->service) == nullptr) return refuse_with(Refusal::service_withdrawn);

  Ticket ticket;
  ticket.service = appointment->service;
  ticket.tier = TicketTier::appointment;
  ticket.lang = command.lang;
  ticket.issued_at = now;
  ticket.appointment_code = appointment->code;
  ticket.slot_start = appointment->start;
  QueueResult result;
  const Ticket& stored = add_ticket(std::move(ticket), supply, result);
  appointment->status = AppointmentStatus::checked_in;
  appointment->ticket = stored.id;
  result.changes.appointments.push_back(appointment->code);
  result.appointment = *appointment;
  result.events.push_back(
      QueueEvent{.kind = QueueEventKind::appointment_checked_in, .ticket = stored.id, .code = appointment->code});
  return result;
}

}  // namespace kezek::domain
