#include "shared/protocol/board.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const BoardCall& c) {
  json::object o;
  o["number"] = c.number;
  o["counter"] = c.counter;
  o["service"] = c.service;
  o["status"] = domain::to_string(c.status);
  o["called_at"] = format_iso8601(c.called_at);
  o["recalls"] = c.recalls;
  jv = std::move(o);
}

BoardCall tag_invoke(json::value_to_tag<BoardCall>, const json::value& jv) {
  const json::object& o = as_object(jv, "a call");
  BoardCall c;
  c.number = required_string(o, "number");
  c.counter = required_int32(o, "counter");
  c.service = required_string(o, "service");
  c.status = required_enum(o, "status", domain::parse_ticket_status,
                           "\"waiting\", \"called\", \"serving\", \"done\", \"no_show\", \"cancelled\"");
  c.called_at = required_time(o, "called_at");
  c.recalls = required_int32(o, "recalls");
  return c;
}

void tag_invoke(json::value_from_tag, json::value& jv, const WaitingGroup& g) {
  json::object o;
  o["group"] = g.group;
  o["letter"] = std::string(1, g.letter);
  o["name"] = json::value_from(g.name);
  o["count"] = g.count;
  o["longest_wait_min"] = g.longest_wait_min;
  o["estimated_wait_min"] = g.estimated_wait_min;
  jv = std::move(o);
}

WaitingGroup tag_invoke(json::value_to_tag<WaitingGroup>, const json::value& jv) {
  const json::object& o = as_object(jv, "a waiting group");
  WaitingGroup g;
  g.group = required_string(o, "group");
  const std::string letter = required_string(o, "letter");
  if (letter.size() != 1) throw DecodeError(ErrorCode::wrong_type, "letter", "\"letter\" must be one character");
  g.letter = letter.front();
  g.name = required_nested<LocalizedText>(o, "name");
  g.count = required_int32(o, "count");
  g.longest_wait_min = required_int(o, "longest_wait_min");
  g.estimated_wait_min = required_int(o, "estimated_wait_min");
  return g;
}

void tag_invoke(json::value_from_tag, json::value& jv, const Board& b) {
  json::object o;
  o["status"] = json::value_from(b.status);
  o["seq"] = b.seq;
  o["calls"] = json::value_from(b.calls);
  o["waiting"] = json::value_from(b.waiting);
  o["counters"] = json::value_from(b.counters);
  jv = std::move(o);
}

Board tag_invoke(json::value_to_tag<Board>, const json::value& jv) {
  const json::object& o = as_object(jv, "a board");
  Board b;
  b.status = required_nested<Status>(o, "status");
  b.seq = required_int(o, "seq");
  b.calls = required_array<BoardCall>(o, "calls");
  b.waiting = required_array<WaitingGroup>(o, "waiting");
  b.counters = required_array<BoardCounter>(o, "counters");
  return b;
}

}  // namespace kezek::protocol
