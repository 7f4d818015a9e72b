#include "shared/protocol/health.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const Health& h) {
  jv = json::object{{"status", h.status}, {"warnings", json::value_from(h.warnings)}};
}

Health tag_invoke(json::value_to_tag<Health>, const json::value& jv) {
  const json::object& o = as_object(jv, "a health answer");
  Health h{required_string(o, "status"), {}};
  const json::value* warnings = member(o, "warnings");
  if (warnings == nullptr) return h;
  if (!warnings->is_array()) throw DecodeError(ErrorCode::wrong_type, "warnings", "\"warnings\" must be an array");
  for (std::size_t i = 0; i < warnings->get_array().size(); ++i) {
    const json::value& w = warnings->get_array()[i];
    const std::string at = "warnings[" + std::to_string(i) + "]";
    if (!w.is_string()) throw DecodeError(ErrorCode::wrong_type, at, "\"" + at + "\" must be a string");
    h.warnings.emplace_back(w.get_string());
  }
  return h;
}

}  // namespace kezek::protocol
