#include "shared/protocol/refusal_extras.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const NextSlot& s) {
  json::object o;
  o["service"] = s.service;
  o["start"] = format_iso8601(s.start);
  o["minutes"] = s.minutes;
  jv = std::move(o);
}

NextSlot tag_invoke(json::value_to_tag<NextSlot>, const json::value& jv) {
  const json::object& o = as_object(jv, "\"next_slot\"");
  return NextSlot{required_string(o, "service"), required_time(o, "start"), required_int32(o, "minutes")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const Offer& offer) {
  json::object o;
  o["service"] = offer.service;
  o["tier"] = domain::to_string(offer.tier);
  jv = std::move(o);
}

Offer tag_invoke(json::value_to_tag<Offer>, const json::value& jv) {
  const json::object& o = as_object(jv, "\"offer\"");
  Offer offer;
  offer.service = required_string(o, "service");
  offer.tier = required_enum(o, "tier", domain::parse_ticket_tier, "\"standard\", \"priority\", \"manager\"");
  return offer;
}

void tag_invoke(json::value_from_tag, json::value& jv, const RefusalExtras& e) {
  // The order the server has always sent them in: "status" before "until"
  // (closed, lunch_break), "appointment" before "come_back_at" or "offer"
  // (check-in); the others never come together.
  json::object o;
  put_if(o, "status", e.status);
  put_time_if(o, "until", e.until);
  put_if(o, "appointment", e.appointment);
  put_time_if(o, "come_back_at", e.come_back_at);
  put_if(o, "offer", e.offer);
  put_if(o, "next_slot", e.next_slot);
  jv = std::move(o);
}

RefusalExtras tag_invoke(json::value_to_tag<RefusalExtras>, const json::value& jv) {
  const json::object& o = as_object(jv, "a refusal");
  RefusalExtras e;
  e.until = optional_time(o, "until");
  e.come_back_at = optional_time(o, "come_back_at");
  e.next_slot = optional_nested<NextSlot>(o, "next_slot");
  e.offer = optional_nested<Offer>(o, "offer");
  e.status = optional_nested<Status>(o, "status");
  e.appointment = optional_nested<Appointment>(o, "appointment");
  return e;
}

}  // namespace kezek::protocol
