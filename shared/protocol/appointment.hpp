#pragma once
// Appointments and their slots (docs/api.md "Appointments"):
//   Appointment: {"code", "service", "start", "minutes", "counter", "status",
//                 ["applicant"], ["ticket"]}  (no applicant in check-in's answers:
//                 an empty applicant is left out, and absent reads as empty)
//   SlotList (GET /api/v1/slots): {"service", "date", "working_day",
//                 "provisional", ["provisional_note"],
//                 "slots": [{"start", "end", "minutes", "free"}]}
//                 (provisional absent reads as false: an older server)
//   BookingRequest (POST /api/v1/appointments): {"service", "start", "applicant"}
//   CheckInRequest (POST .../check-in, optional body): {"lang"}
//   CheckInReply: {"ticket", "appointment"}
//
// Threading: plain values.
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/model.hpp"
#include "shared/protocol/decode_error.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::protocol {

struct Appointment {
  std::string code, service;
  Instant start{};
  int minutes = 0;
  int counter = 0;
  domain::AppointmentStatus status = domain::AppointmentStatus::booked;
  std::string applicant;
  std::optional<domain::TicketId> ticket;
  bool operator==(const Appointment&) const = default;
};

struct Slot {
  Instant start{}, end{};
  int minutes = 0;
  int free = 0;
  bool operator==(const Slot&) const = default;
};

struct SlotList {
  std::string service;
  Date date{};
  bool working_day = false;
  std::vector<Slot> slots;
  // No published decree stands behind the day's calendar yet
  // (WorkingCalendar::is_provisional); the note says why, in English.
  bool provisional = false;
  std::string provisional_note;
  bool operator==(const SlotList&) const = default;
};

// Refusals as the server sends them (422): unknown_field, wrong_type, too_long
// (service 64, start 40, applicant 64), missing_field (all three are required),
// bad_start (not ISO 8601 with an offset).
struct BookingRequest {
  std::string service;
  Instant start{};
  std::string applicant;
  bool operator==(const BookingRequest&) const = default;
};

// An empty body is "en"; otherwise unknown_field, wrong_type, too_long, bad_lang.
struct CheckInRequest {
  std::string lang = "en";
  bool operator==(const CheckInRequest&) const = default;
};

struct CheckInReply {
  Ticket ticket;
  Appointment appointment;
  bool operator==(const CheckInReply&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Appointment& a);
Appointment tag_invoke(boost::json::value_to_tag<Appointment>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Slot& s);
Slot tag_invoke(boost::json::value_to_tag<Slot>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const SlotList& s);
SlotList tag_invoke(boost::json::value_to_tag<SlotList>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const BookingRequest& r);
BookingRequest tag_invoke(boost::json::value_to_tag<BookingRequest>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CheckInRequest& r);
CheckInRequest tag_invoke(boost::json::value_to_tag<CheckInRequest>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CheckInReply& r);
CheckInReply tag_invoke(boost::json::value_to_tag<CheckInReply>, const boost::json::value& jv);

}  // namespace kezek::protocol
