// QueueService — appointments: free slots, booking, reading, cancelling and
// checking in at the kiosk (which joins the booking to the walk-in queue).
#include <algorithm>

#include "server/engine/queue_service.hpp"
#include "server/engine/wire_views.hpp"
#include "shared/calendar/calendar_horizon.hpp"
#include "shared/domain/check_in.hpp"
#include "shared/domain/codes.hpp"
#include "shared/domain/slots.hpp"
#include "shared/protocol/audit.hpp"
#include "shared/protocol/item_replies.hpp"
#include "shared/protocol/refusal_extras.hpp"

namespace kezek::server {

using domain::Appointment;
using domain::Refusal;

namespace {

using domain::is_active;

// A local day as the instants that bound it.
std::pair<Instant, Instant> day_bounds(Date day) {
  const Instant start = from_local(day, std::chrono::seconds(0));
  return {start, start + std::chrono::hours(24)};
}

// The booking as the kiosk sees it (check-in's answer and refusals): the
// applicant is the portal's reference, not the kiosk's to show.
protocol::Appointment for_kiosk(const Appointment& a) {
  protocol::Appointment w = wire_appointment(a);
  w.applicant.clear();
  return w;
}

}  // namespace

namespace {

std::vector<Appointment> active_on(store::AppointmentRepository& repo, const domain::DayState& state, Date day) {
  std::vector<Appointment> active;
  if (day == state.day) {
    for (const Appointment& a : state.appointments)
      if (is_active(a)) active.push_back(a);
    return active;
  }
  const auto [from, to] = day_bounds(day);
  for (Appointment& a : repo.load_range(from, to))
    if (is_active(a)) active.push_back(std::move(a));
  return active;
}

}  // namespace

// The refusal says why the day is provisional (and, in a year without a
// list, which holiday's date is unknown) and when it can be booked.
ApiReply QueueService::refuse_provisional_day(Date day) const {
  const Date opens = Date{std::chrono::sys_days{day} - std::chrono::days{config_.provisional_booking_days}};
  return reply_error(409, protocol::ErrorCode::provisional_day,
                     "no booking yet on " + format_date(day) + ", a provisional day (" +
                         provisional_note(calendar_, day) + "); provisional days are booked at most " +
                         std::to_string(config_.provisional_booking_days) + " days ahead, so this one from " +
                         format_date(opens));
}

std::optional<domain::Slot> QueueService::next_free_slot(std::string_view service, Instant now) {
  Date day = local_date(now);
  for (int i = 0; i < 30; ++i) {
    if (calendar_.is_working_day(day)) {
      const auto slots = domain::free_slots(service, day, state_.counters, active_on(appointments_, state_, day),
                                            calendar_, service_times_, config_.slots, now);
      if (!slots.empty()) return slots.front();
    }
    day = calendar_.next_working_day(day);
  }
  return std::nullopt;
}

ApiReply QueueService::free_slots(std::string_view service, Date date, Instant now) {
  if (catalog_.find_service(service) == nullptr)
    return reply_error(404, "unknown_service", "no service with id \"" + std::string(service) + "\"");
  protocol::SlotList list{std::string(service),           date,
                          calendar_.is_working_day(date), {},
                          calendar_.is_provisional(date), provisional_note(calendar_, date)};
  for (const domain::Slot& slot :
       domain::free_slots(service, date, state_.counters, active_on(appointments_, state_, date), calendar_,
                          service_times_, config_.slots, now))
    list.slots.push_back(
        protocol::Slot{slot.start, slot.start + std::chrono::minutes(slot.minutes), slot.minutes, slot.free});
  return reply_message(200, list);
}

ApiReply QueueService::book(const BookingRequest& request, Instant now, std::string_view actor) {
  domain::BookAppointment command{request.service, request.start, request.applicant, {}, {}};
  // What only the store knows: the applicant's bookings, other days' slots.
  command.existing = appointments_.find_active(request.applicant, request.service);
  const Date day = local_date(request.start);
  if (day != state_.day) command.other_day_active = active_on(appointments_, state_, day);
  const domain::QueueResult result = queue_.apply(command, now, supply_);
  if (const auto& refusal = result.refusal) {
    switch (refusal->reason) {
      case Refusal::unknown_service:
        return reply_error(404, "unknown_service", "no service with id \"" + request.service + "\"");
      case Refusal::bad_applicant:
        return reply_error(422, "bad_applicant", "\"applicant\" is the portal's reference, 1–64 characters");
      case Refusal::already_booked: {
        protocol::RefusalExtras extra;
        extra.appointment = wire_appointment(*refusal->appointment);  // with the applicant: the portal asks
        return reply_error(
            409, "already_booked",
            "this applicant already has an active booking for this service: " + refusal->appointment->code, extra);
      }
      case Refusal::slot_unavailable:
        return reply_error(409, "slot_unavailable",
                           "no free slot for this service at " + format_iso8601(request.start) +
                               "; ask GET /api/v1/slots for the free ones");
      case Refusal::provisional_day: return refuse_provisional_day(day);
      case Refusal::no_code: return reply_error(503, "no_code", "could not find a free booking code; try again");
      default: return reply_error(409, domain::to_string(refusal->reason), "the booking cannot be made");
    }
  }
  const Appointment& appointment = *result.appointment;
  appointments_.insert(appointment);
  apply_result(result, now);
  audit_.append(now, actor, "book", appointment.code, request.service + " " + format_iso8601(request.start));
  return reply_message(201, protocol::AppointmentReply{wire_appointment(appointment), calendar_.is_provisional(day)});
}

ApiReply QueueService::appointment(std::string_view code, Instant) {
  const auto normal = domain::normalize_code(code);
  if (!normal) return reply_error(400, "bad_code", "\"" + std::string(code) + "\" is not a booking code");
  const auto found = appointments_.find(*normal);
  if (!found) return reply_error(404, "unknown_appointment", "no booking with code " + *normal);
  return reply_message(
      200, protocol::AppointmentReply{wire_appointment(*found), calendar_.is_provisional(local_date(found->start))});
}

ApiReply QueueService::cancel_appointment(std::string_view code, Instant now, std::string_view actor) {
  const auto normal = domain::normalize_code(code);
  if (!normal) return reply_error(400, "bad_code", "\"" + std::string(code) + "\" is not a booking code");
  auto found = appointments_.find(*normal);
  if (!found) return reply_error(404, "unknown_appointment", "no booking with code " + *normal);
  const domain::QueueResult result = queue_.apply(domain::CancelAppointment{*found}, now);
  if (result.refusal)
    return reply_error(409, "not_cancellable",
                       "the booking is " + std::string(domain::to_string(found->status)) + " and cannot be cancelled");
  appointments_.update(*result.appointment);
  apply_result(result, now);
  audit_.append(now, actor, "cancel", *normal, "");
  return reply_message(200, protocol::AppointmentReply{wire_appointment(*result.appointment)});
}

ApiReply QueueService::check_in(std::string_view code, std::string_view lang, Instant now) {
  const auto normal = domain::normalize_code(code);
  if (!normal) return reply_error(400, "bad_code", "\"" + std::string(code) + "\" is not a booking code");
  domain::CheckIn command{*normal, std::string(lang), {}};
  // Another day's booking lives only in the store; the Queue says why it cannot check in.
  if (state_.find_appointment(*normal) == nullptr) command.stored = appointments_.find(*normal);
  const domain::QueueResult result = queue_.apply(command, now, supply_);
  if (const auto& refusal = result.refusal) {
    if (refusal->reason == Refusal::unknown_appointment)
      return reply_error(404, "unknown_appointment", "no booking with code " + *normal);
    if (refusal->reason == Refusal::closed || refusal->reason == Refusal::lunch_break) {
      if (auto closed = refuse_when_closed(now, false)) return *closed;
    }
    if (refusal->reason == Refusal::service_withdrawn)
      return reply_error(409, "unknown_service", "the booked service is no longer offered");
    const Appointment& appointment = *refusal->appointment;
    protocol::RefusalExtras extra;
    extra.appointment = for_kiosk(appointment);
    switch (refusal->reason) {
      case Refusal::already_checked_in:
        return reply_error(409, "already_checked_in", "this booking is already checked in", extra);
      case Refusal::too_late: {
        extra.offer = protocol::Offer{appointment.service, domain::TicketTier::standard};
        return reply_error(409, "too_late", "too late for the booked time; take a standard ticket instead", extra);
      }
      case Refusal::not_active:
        return reply_error(409, "not_active", "this booking is " + std::string(domain::to_string(appointment.status)),
                           extra);
      case Refusal::too_early:
        extra.come_back_at = *refusal->come_back_at;
        return reply_error(409, "too_early",
                           "too early: check in from " + format_hhmm(to_local(*refusal->come_back_at).time_of_day),
                           extra);
      case Refusal::wrong_day:
        return reply_error(409, "wrong_day", "this booking is for " + format_date(local_date(appointment.start)),
                           extra);
      case Refusal::no_longer_active: return reply_error(409, "not_active", "this booking is no longer active", extra);
      default: return reply_error(409, domain::to_string(refusal->reason), "the booking cannot check in", extra);
    }
  }
  apply_result(result, now);
  return reply_message(201, protocol::CheckInReply{ticket_view(*state_.find_ticket(*result.ticket), now),
                                                   for_kiosk(*result.appointment)});
}

}  // namespace kezek::server

namespace kezek::server {

ApiReply QueueService::audit_day(Date day) {
  const Instant from = from_local(day, std::chrono::seconds(0));
  protocol::AuditLog log{day, {}};
  for (const store::AuditEntry& e : audit_.range(from, from + std::chrono::hours(24)))
    log.entries.push_back(protocol::AuditEntry{e.at, e.actor, e.action, e.subject, e.detail});
  return reply_message(200, log);
}

}  // namespace kezek::server
