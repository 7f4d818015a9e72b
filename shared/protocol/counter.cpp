#include "shared/protocol/counter.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

namespace {
constexpr std::string_view kPhases = "\"idle\", \"calling\", \"serving\"";
}

std::optional<domain::CounterPhase> parse_counter_phase(std::string_view name) {
  for (auto p : {domain::CounterPhase::idle, domain::CounterPhase::calling, domain::CounterPhase::serving})
    if (domain::to_string(p) == name) return p;
  return std::nullopt;
}

void tag_invoke(json::value_from_tag, json::value& jv, const BoardCounter& c) {
  json::object o;
  o["number"] = c.number;
  o["phase"] = domain::to_string(c.phase);
  o["paused"] = c.paused;
  o["manager"] = c.manager;
  put_if(o, "ticket", c.ticket);
  jv = std::move(o);
}

BoardCounter tag_invoke(json::value_to_tag<BoardCounter>, const json::value& jv) {
  const json::object& o = as_object(jv, "a counter");
  BoardCounter c;
  c.number = required_int32(o, "number");
  c.phase = required_enum(o, "phase", parse_counter_phase, kPhases);
  c.paused = required_bool(o, "paused");
  c.manager = required_bool(o, "manager");
  c.ticket = optional_string(o, "ticket");
  return c;
}

void tag_invoke(json::value_from_tag, json::value& jv, const ServiceWaiting& s) {
  jv = json::object{{"service", s.service}, {"waiting", s.waiting}};
}

ServiceWaiting tag_invoke(json::value_to_tag<ServiceWaiting>, const json::value& jv) {
  const json::object& o = as_object(jv, "a service's waiting count");
  return ServiceWaiting{required_string(o, "service"), required_int32(o, "waiting")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const CounterView& v) {
  json::object o;
  o["number"] = v.number;
  o["phase"] = domain::to_string(v.phase);
  o["paused"] = v.paused;
  o["manager"] = v.manager;
  o["status"] = json::value_from(v.status);
  if (v.ticket) o["ticket"] = json::value_from(*v.ticket);
  o["services"] = json::value_from(v.services);
  o["longest_wait_min"] = v.longest_wait_min;
  o["appointments"] = json::value_from(v.appointments);
  jv = std::move(o);
}

CounterView tag_invoke(json::value_to_tag<CounterView>, const json::value& jv) {
  const json::object& o = as_object(jv, "a counter view");
  CounterView v;
  v.number = required_int32(o, "number");
  v.phase = required_enum(o, "phase", parse_counter_phase, kPhases);
  v.paused = required_bool(o, "paused");
  v.manager = required_bool(o, "manager");
  v.status = required_nested<Status>(o, "status");
  v.ticket = optional_nested<Ticket>(o, "ticket");
  v.services = required_array<ServiceWaiting>(o, "services");
  v.longest_wait_min = required_int(o, "longest_wait_min");
  v.appointments = required_array<Appointment>(o, "appointments");
  return v;
}

void tag_invoke(json::value_from_tag, json::value& jv, const CounterActionReply& r) {
  json::object o;
  o["ticket"] = json::value_from(r.ticket);
  o["counter"] = r.counter;
  jv = std::move(o);
}

CounterActionReply tag_invoke(json::value_to_tag<CounterActionReply>, const json::value& jv) {
  const json::object& o = as_object(jv, "a counter action's reply");
  return CounterActionReply{required_nested<Ticket>(o, "ticket"), required_int32(o, "counter")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const TransferRequest& r) {
  json::object o;
  put_if(o, "service", r.service);
  put_if(o, "counter", r.counter);
  if (!r.reason.empty()) o["reason"] = r.reason;
  jv = std::move(o);
}

TransferRequest tag_invoke(json::value_to_tag<TransferRequest>, const json::value& jv) {
  const json::object& o = as_object(jv, "the body");
  reject_unknown(o, {"service", "counter", "reason"});
  TransferRequest r;
  r.service = bounded_string(o, "service", 64);
  const auto to = optional_int(o, "counter");
  r.reason = bounded_string(o, "reason", 200).value_or("");
  if (to) {
    if (*to < 1 || *to > 99)
      throw DecodeError(ErrorCode::bad_counter, "counter", "\"counter\" is a number from 1 to 99");
    r.counter = static_cast<int>(*to);
  }
  if (r.service.has_value() == r.counter.has_value())
    throw DecodeError(ErrorCode::bad_transfer, r.service ? "counter" : "service",
                      "give either \"service\" or \"counter\" to transfer to");
  return r;
}

}  // namespace kezek::protocol
