#include "shared/protocol/appointment.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const Appointment& a) {
  json::object o;
  o["code"] = a.code;
  o["service"] = a.service;
  o["start"] = format_iso8601(a.start);
  o["minutes"] = a.minutes;
  o["counter"] = a.counter;
  o["status"] = domain::to_string(a.status);
  // What a kiosk sees (check-in's answer and refusals) has no applicant: the
  // server clears it and it is left out, as the decoder reads it back. A
  // booking always has one (bad_applicant otherwise).
  if (!a.applicant.empty()) o["applicant"] = a.applicant;
  put_if(o, "ticket", a.ticket);
  jv = std::move(o);
}

Appointment tag_invoke(json::value_to_tag<Appointment>, const json::value& jv) {
  const json::object& o = as_object(jv, "an appointment");
  Appointment a;
  a.code = required_string(o, "code");
  a.service = required_string(o, "service");
  a.start = required_time(o, "start");
  a.minutes = required_int32(o, "minutes");
  a.counter = required_int32(o, "counter");
  a.status = required_enum(o, "status", domain::parse_appointment_status,
                           "\"booked\", \"checked_in\", \"served\", \"cancelled\", \"missed\"");
  // The server leaves the applicant out of what a kiosk sees (check-in's
  // answer and refusals): absent reads as empty.
  a.applicant = optional_string(o, "applicant").value_or("");
  a.ticket = optional_int(o, "ticket");
  return a;
}

void tag_invoke(json::value_from_tag, json::value& jv, const Slot& s) {
  json::object o;
  o["start"] = format_iso8601(s.start);
  o["end"] = format_iso8601(s.end);
  o["minutes"] = s.minutes;
  o["free"] = s.free;
  jv = std::move(o);
}

Slot tag_invoke(json::value_to_tag<Slot>, const json::value& jv) {
  const json::object& o = as_object(jv, "a slot");
  Slot s;
  s.start = required_time(o, "start");
  s.end = required_time(o, "end");
  s.minutes = required_int32(o, "minutes");
  s.free = required_int32(o, "free");
  return s;
}

void tag_invoke(json::value_from_tag, json::value& jv, const SlotList& s) {
  json::object o;
  o["service"] = s.service;
  o["date"] = format_date(s.date);
  o["working_day"] = s.working_day;
  o["provisional"] = s.provisional;
  if (!s.provisional_note.empty()) o["provisional_note"] = s.provisional_note;
  o["slots"] = json::value_from(s.slots);
  jv = std::move(o);
}

SlotList tag_invoke(json::value_to_tag<SlotList>, const json::value& jv) {
  const json::object& o = as_object(jv, "a slot list");
  SlotList s;
  s.service = required_string(o, "service");
  s.date = required_date(o, "date");
  s.working_day = required_bool(o, "working_day");
  s.slots = required_array<Slot>(o, "slots");
  s.provisional = optional_bool(o, "provisional").value_or(false);
  s.provisional_note = optional_string(o, "provisional_note").value_or("");
  return s;
}

void tag_invoke(json::value_from_tag, json::value& jv, const BookingRequest& r) {
  jv = json::object{{"service", r.service}, {"start", format_iso8601(r.start)}, {"applicant", r.applicant}};
}

BookingRequest tag_invoke(json::value_to_tag<BookingRequest>, const json::value& jv) {
  const json::object& o = as_object(jv, "the body");
  reject_unknown(o, {"service", "start", "applicant"});
  auto service = bounded_string(o, "service", 64);
  auto start = bounded_string(o, "start", 40);
  auto applicant = bounded_string(o, "applicant", 64);
  if (!service || !start || !applicant) {
    const char* field = !service ? "service" : !start ? "start" : "applicant";
    throw DecodeError(ErrorCode::missing_field, field, "\"service\", \"start\" and \"applicant\" are required");
  }
  auto instant = parse_iso8601(*start);
  if (!instant) throw DecodeError(ErrorCode::bad_start, "start", "\"start\" must look like 2026-11-24T10:00:00+05:00");
  return BookingRequest{*service, *instant, *applicant};
}

void tag_invoke(json::value_from_tag, json::value& jv, const CheckInRequest& r) { jv = json::object{{"lang", r.lang}}; }

CheckInRequest tag_invoke(json::value_to_tag<CheckInRequest>, const json::value& jv) {
  const json::object& o = as_object(jv, "the body");
  reject_unknown(o, {"lang"});
  CheckInRequest r;
  if (auto lang = read_lang(o)) r.lang = *lang;
  return r;
}

void tag_invoke(json::value_from_tag, json::value& jv, const CheckInReply& r) {
  json::object o;
  o["ticket"] = json::value_from(r.ticket);
  o["appointment"] = json::value_from(r.appointment);
  jv = std::move(o);
}

CheckInReply tag_invoke(json::value_to_tag<CheckInReply>, const json::value& jv) {
  const json::object& o = as_object(jv, "a check-in reply");
  return CheckInReply{required_nested<Ticket>(o, "ticket"), required_nested<Appointment>(o, "appointment")};
}

}  // namespace kezek::protocol
