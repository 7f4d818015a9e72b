#include "shared/protocol/event_payloads.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const TicketEvent& e) {
  json::object o;
  put_if(o, "counter", e.counter);
  o["ticket"] = json::value_from(e.ticket);
  if (e.automatic) o["automatic"] = true;
  jv = std::move(o);
}

TicketEvent tag_invoke(json::value_to_tag<TicketEvent>, const json::value& jv) {
  const json::object& o = as_object(jv, "a ticket event");
  TicketEvent e;
  e.counter = optional_int32(o, "counter");
  e.ticket = required_nested<Ticket>(o, "ticket");
  e.automatic = optional_bool(o, "automatic").value_or(false);
  return e;
}

void tag_invoke(json::value_from_tag, json::value& jv, const CounterEvent& e) {
  jv = json::object{{"counter", e.counter}, {"paused", e.paused}};
}

CounterEvent tag_invoke(json::value_to_tag<CounterEvent>, const json::value& jv) {
  const json::object& o = as_object(jv, "a counter event");
  return CounterEvent{required_int32(o, "counter"), required_bool(o, "paused")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const AppointmentBooked& e) {
  json::value appointment = json::value_from(e.appointment);
  appointment.as_object().erase("applicant");  // events are public: no personal data
  jv = json::object{{"appointment", std::move(appointment)}};
}

AppointmentBooked tag_invoke(json::value_to_tag<AppointmentBooked>, const json::value& jv) {
  const json::object& o = as_object(jv, "an appointment event");
  const json::value* inner = member(o, "appointment");
  if (inner == nullptr) throw DecodeError(ErrorCode::missing_field, "appointment", "\"appointment\" is required");
  // The Appointment decoder wants an applicant; the event never has one.
  json::value with_applicant = *inner;
  if (json::object* a = with_applicant.if_object()) a->insert_or_assign("applicant", "");
  try {
    return AppointmentBooked{json::value_to<Appointment>(with_applicant)};
  } catch (const DecodeError& e) {
    throw e.nested_in("appointment");
  }
}

void tag_invoke(json::value_from_tag, json::value& jv, const AppointmentChanged& e) {
  json::object o;
  if (e.ticket) o["ticket"] = json::value_from(*e.ticket);
  o["code"] = e.code;
  jv = std::move(o);
}

AppointmentChanged tag_invoke(json::value_to_tag<AppointmentChanged>, const json::value& jv) {
  const json::object& o = as_object(jv, "an appointment event");
  return AppointmentChanged{required_string(o, "code"), optional_nested<Ticket>(o, "ticket")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const DayStarted& e) {
  jv = json::object{{"day", format_date(e.day)}};
}

DayStarted tag_invoke(json::value_to_tag<DayStarted>, const json::value& jv) {
  return DayStarted{required_date(as_object(jv, "a day event"), "day")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const CentreStatusEvent& e) {
  jv = json::object{{"status", json::value_from(e.status)}};
}

CentreStatusEvent tag_invoke(json::value_to_tag<CentreStatusEvent>, const json::value& jv) {
  return CentreStatusEvent{required_nested<Status>(as_object(jv, "a status event"), "status")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const WaitingEvent& e) {
  jv = json::object{{"waiting", json::value_from(e.waiting)}};
}

WaitingEvent tag_invoke(json::value_to_tag<WaitingEvent>, const json::value& jv) {
  return WaitingEvent{required_array<WaitingGroup>(as_object(jv, "a waiting event"), "waiting")};
}

}  // namespace kezek::protocol
