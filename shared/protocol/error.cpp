#include "shared/protocol/error.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const Error& e) {
  json::object o = e.extra;
  json::object detail;
  detail["code"] = to_string(e.code);
  detail["message"] = e.message;
  o["error"] = std::move(detail);
  jv = std::move(o);
}

Error tag_invoke(json::value_to_tag<Error>, const json::value& jv) {
  const json::object& o = as_object(jv, "an error reply");
  const json::value* detail = member(o, "error");
  if (detail == nullptr) throw DecodeError(ErrorCode::missing_field, "error", "\"error\" is required");
  Error e;
  try {
    const json::object& d = as_object(*detail, "\"error\"");
    e.code = required_enum(d, "code", parse_error_code, "a code listed in docs/api.md");
    e.message = required_string(d, "message");
  } catch (const DecodeError& inner) {
    throw inner.nested_in("error");
  }
  for (const auto& m : o)
    if (m.key() != "error") e.extra[m.key()] = m.value();
  return e;
}

}  // namespace kezek::protocol
