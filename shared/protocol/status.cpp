#include "shared/protocol/status.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;

std::string_view to_string(CentreState state) {
  switch (state) {
    case CentreState::open: return "open";
    case CentreState::lunch: return "lunch";
    case CentreState::closed: return "closed";
  }
  return "closed";
}

std::optional<CentreState> parse_centre_state(std::string_view name) {
  for (CentreState s : {CentreState::open, CentreState::lunch, CentreState::closed})
    if (to_string(s) == name) return s;
  return std::nullopt;
}

namespace {

std::chrono::minutes required_hhmm(const json::object& o, std::string_view key) {
  const std::string text = fields::required_string(o, key);
  auto t = parse_hhmm(text);
  if (!t) throw DecodeError(ErrorCode::wrong_type, std::string(key), fields::quoted(key) + " must look like 09:00");
  return *t;
}

}  // namespace

void tag_invoke(json::value_from_tag, json::value& jv, const StatusDay& day) {
  json::object o;
  o["date"] = format_date(day.date);
  o["working_day"] = day.working_day;
  o["open"] = format_hhmm(day.open);
  o["close"] = format_hhmm(day.close);
  o["lunch_start"] = format_hhmm(day.lunch_start);
  o["lunch_end"] = format_hhmm(day.lunch_end);
  o["next_working_day"] = format_date(day.next_working_day);
  jv = std::move(o);
}

StatusDay tag_invoke(json::value_to_tag<StatusDay>, const json::value& jv) {
  const json::object& o = fields::as_object(jv, "a status day");
  StatusDay day;
  day.date = fields::required_date(o, "date");
  day.working_day = fields::required_bool(o, "working_day");
  day.open = required_hhmm(o, "open");
  day.close = required_hhmm(o, "close");
  day.lunch_start = required_hhmm(o, "lunch_start");
  day.lunch_end = required_hhmm(o, "lunch_end");
  day.next_working_day = fields::required_date(o, "next_working_day");
  return day;
}

void tag_invoke(json::value_from_tag, json::value& jv, const Status& status) {
  json::object o;
  o["state"] = to_string(status.state);
  o["now"] = format_iso8601(status.now);
  o["until"] = format_iso8601(status.until);
  o["next_opening"] = format_iso8601(status.next_opening);
  o["text"] = json::value_from(status.text);
  if (status.day) o["day"] = json::value_from(*status.day);
  jv = std::move(o);
}

Status tag_invoke(json::value_to_tag<Status>, const json::value& jv) {
  const json::object& o = fields::as_object(jv, "a status");
  Status status;
  status.state = fields::required_enum(o, "state", parse_centre_state, "\"open\", \"lunch\", \"closed\"");
  status.now = fields::required_time(o, "now");
  status.until = fields::required_time(o, "until");
  status.next_opening = fields::required_time(o, "next_opening");
  status.text = fields::required_nested<LocalizedText>(o, "text");
  status.day = fields::optional_nested<StatusDay>(o, "day");
  return status;
}

void tag_invoke(json::value_from_tag, json::value& jv, const StatusReply& reply) {
  json::object o;
  o["status"] = json::value_from(reply.status);
  o["protocol"] = reply.protocol;
  jv = std::move(o);
}

StatusReply tag_invoke(json::value_to_tag<StatusReply>, const json::value& jv) {
  const json::object& o = fields::as_object(jv, "a status reply");
  StatusReply reply;
  reply.status = fields::required_nested<Status>(o, "status");
  reply.protocol = fields::optional_int32(o, "protocol").value_or(1);
  return reply;
}

}  // namespace kezek::protocol
