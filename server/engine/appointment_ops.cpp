// QueueService — appointments: free slots, booking, reading, cancelling and
// checking in at the kiosk (which joins the booking to the walk-in queue).
#include <algorithm>

#include "server/engine/queue_service.hpp"
#include "shared/domain/check_in.hpp"
#include "shared/domain/codes.hpp"
#include "shared/domain/slots.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Appointment;
using domain::Refusal;

namespace {

using domain::is_active;

// A local day as the instants that bound it.
std::pair<Instant, Instant> day_bounds(Date day) {
  const Instant start = from_local(day, std::chrono::seconds(0));
  return {start, start + std::chrono::hours(24)};
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
  json::array out;
  for (const domain::Slot& slot : domain::free_slots(service, date, state_.counters,
                                                     active_on(appointments_, state_, date), calendar_,
                                                     service_times_, config_.slots, now)) {
    json::object o;
    o["start"] = format_iso8601(slot.start);
    o["end"] = format_iso8601(slot.start + std::chrono::minutes(slot.minutes));
    o["minutes"] = slot.minutes;
    o["free"] = slot.free;
    out.push_back(std::move(o));
  }
  json::object body;
  body["service"] = service;
  body["date"] = format_date(date);
  body["working_day"] = calendar_.is_working_day(date);
  body["slots"] = std::move(out);
  return reply_json(200, body);
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
        json::object extra;
        extra["appointment"] = appointment_json(*refusal->appointment);
        return reply_error(409, "already_booked",
                           "this applicant already has an active booking for this service: " +
                               refusal->appointment->code,
                           std::move(extra));
      }
      case Refusal::slot_unavailable:
        return reply_error(409, "slot_unavailable",
                           "no free slot for this service at " + format_iso8601(request.start) +
                               "; ask GET /api/v1/slots for the free ones");
      case Refusal::no_code:
        return reply_error(503, "no_code", "could not find a free booking code; try again");
      default:
        return reply_error(409, domain::to_string(refusal->reason), "the booking cannot be made");
    }
  }
  const Appointment& appointment = *result.appointment;
  appointments_.insert(appointment);
  apply_result(result, now);
  audit_.append(now, actor, "book", appointment.code, request.service + " " + format_iso8601(request.start));
  json::object body;
  body["appointment"] = appointment_json(appointment);
  return reply_json(201, body);
}

ApiReply QueueService::appointment(std::string_view code, Instant) {
  const auto normal = domain::normalize_code(code);
  if (!normal) return reply_error(400, "bad_code", "\"" + std::string(code) + "\" is not a booking code");
  const auto found = appointments_.find(*normal);
  if (!found) return reply_error(404, "unknown_appointment", "no booking with code " + *normal);
  json::object body;
  body["appointment"] = appointment_json(*found);
  return reply_json(200, body);
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
  json::object body;
  body["appointment"] = appointment_json(*result.appointment);
  return reply_json(200, body);
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
    json::object extra;
    extra["appointment"] = appointment_json(appointment);
    extra["appointment"].as_object().erase("applicant");
    switch (refusal->reason) {
      case Refusal::already_checked_in:
        return reply_error(409, "already_checked_in", "this booking is already checked in", std::move(extra));
      case Refusal::too_late: {
        json::object offer;
        offer["service"] = appointment.service;
        offer["tier"] = "standard";
        extra["offer"] = std::move(offer);
        return reply_error(409, "too_late", "too late for the booked time; take a standard ticket instead",
                           std::move(extra));
      }
      case Refusal::not_active:
        return reply_error(409, "not_active",
                           "this booking is " + std::string(domain::to_string(appointment.status)), std::move(extra));
      case Refusal::too_early:
        extra["come_back_at"] = format_iso8601(*refusal->come_back_at);
        return reply_error(409, "too_early",
                           "too early: check in from " + format_hhmm(to_local(*refusal->come_back_at).time_of_day),
                           std::move(extra));
      case Refusal::wrong_day:
        return reply_error(409, "wrong_day", "this booking is for " + format_date(local_date(appointment.start)),
                           std::move(extra));
      case Refusal::no_longer_active:
        return reply_error(409, "not_active", "this booking is no longer active", std::move(extra));
      default:
        return reply_error(409, domain::to_string(refusal->reason), "the booking cannot check in",
                           std::move(extra));
    }
  }
  apply_result(result, now);
  json::object body;
  body["ticket"] = ticket_json(*state_.find_ticket(*result.ticket), now);
  body["appointment"] = appointment_json(*result.appointment);
  body["appointment"].as_object().erase("applicant");
  return reply_json(201, body);
}

}  // namespace kezek::server

namespace kezek::server {

ApiReply QueueService::audit_day(Date day) {
  const Instant from = from_local(day, std::chrono::seconds(0));
  json::array entries;
  for (const store::AuditEntry& e : audit_.range(from, from + std::chrono::hours(24))) {
    json::object o;
    o["at"] = format_iso8601(e.at);
    o["actor"] = e.actor;
    o["action"] = e.action;
    o["subject"] = e.subject;
    o["detail"] = e.detail;
    entries.push_back(std::move(o));
  }
  json::object body;
  body["date"] = format_date(day);
  body["entries"] = std::move(entries);
  return reply_json(200, body);
}

}  // namespace kezek::server
