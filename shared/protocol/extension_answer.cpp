#include "shared/protocol/extension_answer.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

std::string_view to_string(ExtensionVerdict verdict) {
  switch (verdict) {
    case ExtensionVerdict::too_early: return "too_early";
    case ExtensionVerdict::within: return "within";
    case ExtensionVerdict::too_late: return "too_late";
  }
  return "too_late";
}

std::optional<ExtensionVerdict> parse_extension_verdict(std::string_view name) {
  for (auto v : {ExtensionVerdict::too_early, ExtensionVerdict::within, ExtensionVerdict::too_late})
    if (to_string(v) == name) return v;
  return std::nullopt;
}

void tag_invoke(json::value_from_tag, json::value& jv, const ExtensionAnswer& a) {
  json::object o;
  o["today"] = format_date(a.today);
  o["expiry"] = format_date(a.expiry);
  o["verdict"] = to_string(a.verdict);
  o["first"] = format_date(a.first);
  o["last"] = format_date(a.last);
  jv = std::move(o);
}

ExtensionAnswer tag_invoke(json::value_to_tag<ExtensionAnswer>, const json::value& jv) {
  const json::object& o = as_object(jv, "an extension answer");
  ExtensionAnswer a;
  a.today = required_date(o, "today");
  a.expiry = required_date(o, "expiry");
  a.verdict = required_enum(o, "verdict", parse_extension_verdict, "\"too_early\", \"within\", \"too_late\"");
  a.first = required_date(o, "first");
  a.last = required_date(o, "last");
  return a;
}

}  // namespace kezek::protocol
