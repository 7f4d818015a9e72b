#include "shared/protocol/health.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const Health& h) { jv = json::object{{"status", h.status}}; }

Health tag_invoke(json::value_to_tag<Health>, const json::value& jv) {
  return Health{required_string(as_object(jv, "a health answer"), "status")};
}

}  // namespace kezek::protocol
