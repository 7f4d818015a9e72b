#include "shared/protocol/item_replies.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const TicketReply& r) {
  jv = json::object{{"ticket", json::value_from(r.ticket)}};
}

TicketReply tag_invoke(json::value_to_tag<TicketReply>, const json::value& jv) {
  return TicketReply{required_nested<Ticket>(as_object(jv, "a ticket reply"), "ticket")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const AppointmentReply& r) {
  jv = json::object{{"appointment", json::value_from(r.appointment)}};
}

AppointmentReply tag_invoke(json::value_to_tag<AppointmentReply>, const json::value& jv) {
  return AppointmentReply{required_nested<Appointment>(as_object(jv, "an appointment reply"), "appointment")};
}

}  // namespace kezek::protocol
