#include "shared/protocol/audit.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const AuditEntry& e) {
  json::object o;
  o["at"] = format_iso8601(e.at);
  o["actor"] = e.actor;
  o["action"] = e.action;
  o["subject"] = e.subject;
  o["detail"] = e.detail;
  jv = std::move(o);
}

AuditEntry tag_invoke(json::value_to_tag<AuditEntry>, const json::value& jv) {
  const json::object& o = as_object(jv, "an audit entry");
  AuditEntry e;
  e.at = required_time(o, "at");
  e.actor = required_string(o, "actor");
  e.action = required_string(o, "action");
  e.subject = required_string(o, "subject");
  e.detail = required_string(o, "detail");
  return e;
}

void tag_invoke(json::value_from_tag, json::value& jv, const AuditLog& l) {
  json::object o;
  o["date"] = format_date(l.date);
  o["entries"] = json::value_from(l.entries);
  jv = std::move(o);
}

AuditLog tag_invoke(json::value_to_tag<AuditLog>, const json::value& jv) {
  const json::object& o = as_object(jv, "an audit log");
  return AuditLog{required_date(o, "date"), required_array<AuditEntry>(o, "entries")};
}

}  // namespace kezek::protocol
