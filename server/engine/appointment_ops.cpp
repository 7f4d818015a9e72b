// QueueService — appointments: free slots, booking, reading, cancelling and
// checking in at the kiosk (which joins the booking to the walk-in queue).
#include <algorithm>
#include <random>

#include "server/engine/queue_service.hpp"
#include "shared/domain/check_in.hpp"
#include "shared/domain/codes.hpp"
#include "shared/domain/slots.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Appointment;
using domain::AppointmentStatus;

namespace {

bool is_active(const Appointment& a) {
  return a.status == AppointmentStatus::booked || a.status == AppointmentStatus::checked_in;
}

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
  if (catalog_.find_service(request.service) == nullptr)
    return reply_error(404, "unknown_service", "no service with id \"" + request.service + "\"");
  if (request.applicant.empty() || request.applicant.size() > 64)
    return reply_error(422, "bad_applicant", "\"applicant\" is the portal's reference, 1–64 characters");
  if (auto existing = appointments_.find_active(request.applicant, request.service)) {
    json::object extra;
    extra["appointment"] = appointment_json(*existing);
    return reply_error(409, "already_booked",
                       "this applicant already has an active booking for this service: " + existing->code,
                       std::move(extra));
  }
  const Date day = local_date(request.start);
  const auto active = active_on(appointments_, state_, day);
  const auto counter = domain::assign_counter(request.service, request.start, state_.counters, active, calendar_,
                                              service_times_, config_.slots, now);
  if (!counter)
    return reply_error(409, "slot_unavailable",
                       "no free slot for this service at " + format_iso8601(request.start) +
                           "; ask GET /api/v1/slots for the free ones");

  Appointment appointment;
  std::random_device device;
  for (int attempt = 0; attempt < 20; ++attempt) {
    const std::uint64_t bits = (static_cast<std::uint64_t>(device()) << 32) | device();
    appointment.code = domain::make_code(bits);
    if (!appointments_.find(appointment.code)) break;
    appointment.code.clear();
  }
  if (appointment.code.empty()) return reply_error(503, "no_code", "could not find a free booking code; try again");
  appointment.service = request.service;
  appointment.start = request.start;
  appointment.minutes = domain::slot_minutes(request.service, service_times_, config_.slots);
  appointment.counter = *counter;
  appointment.applicant = request.applicant;
  appointment.status = AppointmentStatus::booked;
  appointment.created_at = now;
  appointments_.insert(appointment);
  if (day == state_.day) {
    state_.add_appointment(appointment);
    touch_queue();
  }
  json::object payload;
  payload["appointment"] = appointment_json(appointment);
  payload["appointment"].as_object().erase("applicant");  // events are public: no personal data
  emit("appointment.booked", payload, now);
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
  if (found->status != AppointmentStatus::booked)
    return reply_error(409, "not_cancellable",
                       "the booking is " + std::string(domain::to_string(found->status)) + " and cannot be cancelled");
  found->status = AppointmentStatus::cancelled;
  appointments_.update(*found);
  if (Appointment* in_day = state_.find_appointment(*normal)) {
    in_day->status = AppointmentStatus::cancelled;
    touch_queue();
  }
  json::object payload;
  payload["code"] = *normal;
  emit("appointment.cancelled", payload, now);
  audit_.append(now, actor, "cancel", *normal, "");
  json::object body;
  body["appointment"] = appointment_json(*found);
  return reply_json(200, body);
}

ApiReply QueueService::check_in(std::string_view code, std::string_view lang, Instant now) {
  const auto normal = domain::normalize_code(code);
  if (!normal) return reply_error(400, "bad_code", "\"" + std::string(code) + "\" is not a booking code");
  Appointment* appointment = state_.find_appointment(*normal);
  std::optional<Appointment> other_day;
  if (appointment == nullptr) {
    other_day = appointments_.find(*normal);
    if (!other_day) return reply_error(404, "unknown_appointment", "no booking with code " + *normal);
    appointment = &*other_day;
  }
  json::object extra;
  extra["appointment"] = appointment_json(*appointment);
  extra["appointment"].as_object().erase("applicant");
  auto too_late = [&] {
    json::object offer;
    offer["service"] = appointment->service;
    offer["tier"] = "standard";
    extra["offer"] = std::move(offer);
    return reply_error(409, "too_late", "too late for the booked time; take a standard ticket instead",
                       std::move(extra));
  };
  if (appointment->status == AppointmentStatus::checked_in)
    return reply_error(409, "already_checked_in", "this booking is already checked in", std::move(extra));
  // Missed: the check-in window closed before the visitor came.
  if (appointment->status == AppointmentStatus::missed && local_date(appointment->start) == local_date(now))
    return too_late();
  if (appointment->status != AppointmentStatus::booked)
    return reply_error(409, "not_active",
                       "this booking is " + std::string(domain::to_string(appointment->status)), std::move(extra));
  if (auto refusal = refuse_when_closed(now, false)) return *refusal;
  const domain::CheckInCheck check = domain::check_in(*appointment, now, config_.check_in);
  switch (check.verdict) {
    case domain::CheckInVerdict::ok: break;
    case domain::CheckInVerdict::too_early:
      extra["come_back_at"] = format_iso8601(check.come_back_at);
      return reply_error(409, "too_early",
                         "too early: check in from " + format_hhmm(to_local(check.come_back_at).time_of_day),
                         std::move(extra));
    case domain::CheckInVerdict::too_late:
      return too_late();
    case domain::CheckInVerdict::wrong_day:
      return reply_error(409, "wrong_day", "this booking is for " + format_date(local_date(appointment->start)),
                         std::move(extra));
    case domain::CheckInVerdict::not_active:
      return reply_error(409, "not_active", "this booking is no longer active", std::move(extra));
  }
  const catalog::Service* service = catalog_.find_service(appointment->service);
  if (service == nullptr) return reply_error(409, "unknown_service", "the booked service is no longer offered");
  const catalog::Group& group = catalog_.group_of(*service);
  domain::Ticket ticket;
  ticket.day = state_.day;
  ticket.number = domain::format_ticket_number(group.letter, sequences_.next(state_.day, group.letter));
  ticket.service = appointment->service;
  ticket.tier = domain::TicketTier::appointment;
  ticket.lang = std::string(lang);
  ticket.issued_at = now;
  ticket.appointment_code = appointment->code;
  ticket.slot_start = appointment->start;
  ticket.status_token = new_status_token();
  ticket.id = tickets_.insert(ticket);
  const domain::Ticket& stored = state_.add_ticket(std::move(ticket));
  appointment->status = AppointmentStatus::checked_in;
  appointment->ticket = stored.id;
  appointments_.update(*appointment);
  touch_queue();
  json::object payload;
  payload["ticket"] = ticket_json(stored, now);
  payload["code"] = appointment->code;
  emit("appointment.checked_in", payload, now);
  json::object body;
  body["ticket"] = payload["ticket"];
  body["appointment"] = appointment_json(*appointment);
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
