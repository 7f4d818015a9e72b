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
  json::object o{{"appointment", json::value_from(r.appointment)}};
  if (r.provisional) o["provisional"] = true;
  jv = std::move(o);
}

AppointmentReply tag_invoke(json::value_to_tag<AppointmentReply>, const json::value& jv) {
  const json::object& o = as_object(jv, "an appointment reply");
  return AppointmentReply{required_nested<Appointment>(o, "appointment"),
                          optional_bool(o, "provisional").value_or(false)};
}

}  // namespace kezek::protocol
