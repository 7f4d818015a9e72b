#pragma once
// Counters (docs/api.md "Counters", and the board's "counters"):
//   BoardCounter: {"number", "phase": "idle"|"calling"|"serving", "paused",
//                  "manager", ["ticket": "W-017"]}
//   CounterView (GET /api/v1/counters/{n}): {"number", "phase", "paused",
//                  "manager", "status", ["ticket": {...}], "services":
//                  [{"service", "waiting"}], "longest_wait_min", "appointments": [...]}
//   CounterActionReply (POST .../{action}): {"ticket", "counter"}
//   TransferRequest (POST .../transfer): {"service"} or {"counter"}, "reason"?
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/domain/model.hpp"
#include "shared/protocol/appointment.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::protocol {

std::optional<domain::CounterPhase> parse_counter_phase(std::string_view name);

struct BoardCounter {
  int number = 0;
  domain::CounterPhase phase = domain::CounterPhase::idle;
  bool paused = false;
  bool manager = false;
  std::optional<std::string> ticket;  // the current ticket's number
  bool operator==(const BoardCounter&) const = default;
};

struct ServiceWaiting {
  std::string service;
  int waiting = 0;
  bool operator==(const ServiceWaiting&) const = default;
};

struct CounterView {
  int number = 0;
  domain::CounterPhase phase = domain::CounterPhase::idle;
  bool paused = false;
  bool manager = false;
  Status status;
  std::optional<Ticket> ticket;
  std::vector<ServiceWaiting> services;
  std::int64_t longest_wait_min = 0;
  std::vector<Appointment> appointments;
  bool operator==(const CounterView&) const = default;
};

struct CounterActionReply {
  Ticket ticket;
  int counter = 0;
  bool operator==(const CounterActionReply&) const = default;
};

// Refusals as the server sends them (422): unknown_field, wrong_type,
// too_long (service 64, reason 200), bad_counter (not 1..99), bad_transfer
// (neither or both of service and counter).
struct TransferRequest {
  std::optional<std::string> service;
  std::optional<int> counter;
  std::string reason;
  bool operator==(const TransferRequest&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const BoardCounter& c);
BoardCounter tag_invoke(boost::json::value_to_tag<BoardCounter>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ServiceWaiting& s);
ServiceWaiting tag_invoke(boost::json::value_to_tag<ServiceWaiting>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CounterView& v);
CounterView tag_invoke(boost::json::value_to_tag<CounterView>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CounterActionReply& r);
CounterActionReply tag_invoke(boost::json::value_to_tag<CounterActionReply>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const TransferRequest& r);
TransferRequest tag_invoke(boost::json::value_to_tag<TransferRequest>, const boost::json::value& jv);

}  // namespace kezek::protocol
