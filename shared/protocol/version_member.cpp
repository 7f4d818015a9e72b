#include "shared/protocol/version_member.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const VersionMember& v) {
  jv = json::object{{"protocol", v.protocol}};
}

VersionMember tag_invoke(json::value_to_tag<VersionMember>, const json::value& jv) {
  return VersionMember{optional_int32(as_object(jv, "an answer"), "protocol").value_or(1)};
}

}  // namespace kezek::protocol
