#include "shared/protocol/event_frame.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const SnapshotFrame& f) {
  json::object o;
  o["type"] = "snapshot";
  o["seq"] = f.seq;
  o["protocol"] = f.protocol;
  o["board"] = json::value_from(f.board);
  jv = std::move(o);
}

SnapshotFrame tag_invoke(json::value_to_tag<SnapshotFrame>, const json::value& jv) {
  const json::object& o = as_object(jv, "a frame");
  if (required_string(o, "type") != "snapshot")
    throw DecodeError(ErrorCode::wrong_type, "type", "\"type\" must be \"snapshot\"");
  SnapshotFrame f;
  f.seq = required_int(o, "seq");
  f.protocol = optional_int32(o, "protocol").value_or(1);
  f.board = required_nested<Board>(o, "board");
  return f;
}

void tag_invoke(json::value_from_tag, json::value& jv, const EventFrame& f) {
  json::object o = f.payload;
  o["seq"] = f.seq;
  o["type"] = f.type;
  o["at"] = format_iso8601(f.at);
  jv = std::move(o);
}

EventFrame tag_invoke(json::value_to_tag<EventFrame>, const json::value& jv) {
  const json::object& o = as_object(jv, "a frame");
  EventFrame f;
  f.seq = required_int(o, "seq");
  f.type = required_string(o, "type");
  if (f.type == "snapshot") throw DecodeError(ErrorCode::wrong_type, "type", "a snapshot is not an event");
  f.at = required_time(o, "at");
  for (const auto& m : o)
    if (m.key() != "seq" && m.key() != "type" && m.key() != "at") f.payload[m.key()] = m.value();
  return f;
}

Frame decode_frame(const json::value& jv) {
  const json::object& o = as_object(jv, "a frame");
  if (required_string(o, "type") == "snapshot") return json::value_to<SnapshotFrame>(jv);
  return json::value_to<EventFrame>(jv);
}

}  // namespace kezek::protocol
