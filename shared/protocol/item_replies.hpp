#pragma once
// The answers that wrap one message in one member (docs/api.md):
//   TicketReply:      {"ticket": {...}}       POST /api/v1/tickets, GET /api/v1/tickets/{id}
//   AppointmentReply: {"appointment": {...}, ["provisional": true]}  GET/POST /api/v1/appointments
// Other members beside the wrapped one are ignored.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/appointment.hpp"
#include "shared/protocol/decode_error.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::protocol {

struct TicketReply {
  Ticket ticket;
  bool operator==(const TicketReply&) const = default;
};

struct AppointmentReply {
  Appointment appointment;
  // The booked day is provisional (no published decree yet): written only
  // when true, so absent reads as false.
  bool provisional = false;
  bool operator==(const AppointmentReply&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const TicketReply& r);
TicketReply tag_invoke(boost::json::value_to_tag<TicketReply>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const AppointmentReply& r);
AppointmentReply tag_invoke(boost::json::value_to_tag<AppointmentReply>, const boost::json::value& jv);

}  // namespace kezek::protocol
