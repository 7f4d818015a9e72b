#include "shared/protocol/ticket.hpp"

#include "shared/catalog/lang.hpp"
#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const Ticket& t) {
  json::object o;
  o["id"] = t.id;
  o["number"] = t.number;
  o["service"] = t.service;
  o["tier"] = domain::to_string(t.tier);
  o["status"] = domain::to_string(t.status);
  o["lang"] = t.lang;
  o["issued_at"] = format_iso8601(t.issued_at);
  put_time_if(o, "called_at", t.called_at);
  put_time_if(o, "started_at", t.started_at);
  put_time_if(o, "finished_at", t.finished_at);
  put_if(o, "counter", t.counter);
  put_if(o, "target_counter", t.target_counter);
  put_if(o, "appointment_code", t.appointment_code);
  put_time_if(o, "slot_start", t.slot_start);
  o["recalls"] = t.recalls;
  put_if(o, "transfer_reason", t.transfer_reason);
  put_if(o, "close_reason", t.close_reason);
  o["status_token"] = t.status_token;
  o["position"] = or_null(t.position);
  o["estimated_wait_min"] = or_null(t.estimated_wait_min);
  put_time_if(o, "estimated_call_at", t.estimated_call_at);
  put_if(o, "after_lunch", t.after_lunch);
  put_if(o, "served_today", t.served_today);
  jv = std::move(o);
}

Ticket tag_invoke(json::value_to_tag<Ticket>, const json::value& jv) {
  const json::object& o = as_object(jv, "a ticket");
  Ticket t;
  t.id = required_int(o, "id");
  t.number = required_string(o, "number");
  t.service = required_string(o, "service");
  t.tier =
      required_enum(o, "tier", domain::parse_ticket_tier, "\"appointment\", \"manager\", \"priority\", \"standard\"");
  t.status = required_enum(o, "status", domain::parse_ticket_status,
                           "\"waiting\", \"called\", \"serving\", \"done\", \"no_show\", \"cancelled\"");
  t.lang = required_string(o, "lang");
  t.issued_at = required_time(o, "issued_at");
  t.called_at = optional_time(o, "called_at");
  t.started_at = optional_time(o, "started_at");
  t.finished_at = optional_time(o, "finished_at");
  t.counter = optional_int32(o, "counter");
  t.target_counter = optional_int32(o, "target_counter");
  t.appointment_code = optional_string(o, "appointment_code");
  t.slot_start = optional_time(o, "slot_start");
  t.recalls = required_int32(o, "recalls");
  t.transfer_reason = optional_string(o, "transfer_reason");
  t.close_reason = optional_string(o, "close_reason");
  t.status_token = required_string(o, "status_token");
  t.position = optional_int32(o, "position");
  t.estimated_wait_min = optional_int(o, "estimated_wait_min");
  t.estimated_call_at = optional_time(o, "estimated_call_at");
  t.after_lunch = optional_bool(o, "after_lunch");
  t.served_today = optional_bool(o, "served_today");
  return t;
}

void tag_invoke(json::value_from_tag, json::value& jv, const IssueRequest& r) {
  jv = json::object{{"service", r.service}, {"tier", domain::to_string(r.tier)}, {"lang", r.lang}};
}

std::optional<std::string> read_lang(const json::object& o) {
  auto lang = bounded_string(o, "lang", 8);
  if (lang && !catalog::parse_lang(*lang))
    throw DecodeError(ErrorCode::bad_lang, "lang", "\"lang\" is one of \"en\", \"ru\", \"kk\"");
  return lang;
}

IssueRequest tag_invoke(json::value_to_tag<IssueRequest>, const json::value& jv) {
  const json::object& o = as_object(jv, "the body");
  reject_unknown(o, {"service", "tier", "lang"});
  // Types and lengths of all three first, then what they mean: the server's order.
  auto service = bounded_string(o, "service", 64);
  auto tier = bounded_string(o, "tier", 16);
  auto lang = bounded_string(o, "lang", 8);
  if (!service) throw DecodeError(ErrorCode::missing_field, "service", "\"service\" is required");
  IssueRequest r;
  r.service = *service;
  if (tier) {
    auto parsed = domain::parse_ticket_tier(*tier);
    if (!parsed || *parsed == domain::TicketTier::appointment)
      throw DecodeError(ErrorCode::bad_tier, "tier", "\"tier\" is one of \"standard\", \"priority\", \"manager\"");
    r.tier = *parsed;
  }
  if (lang) r.lang = *read_lang(o);
  return r;
}

}  // namespace kezek::protocol
