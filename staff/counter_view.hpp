#pragma once
// CounterView: what GET /api/v1/counters/{n} says about one counter — its phase,
// the current ticket, the waiting per service it serves and its next
// appointments — as plain values the counter screen draws from.

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/calendar/centre_status.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::staff {

struct CurrentTicket {
  std::int64_t id = 0;
  std::string number;    // "W-017"
  std::string service;   // catalog id
  std::string tier;      // "standard", "priority", "manager", "appointment"
  std::string status;    // "called", "serving"
  Instant issued_at{};
  std::optional<Instant> called_at, started_at;
  int recalls = 0;
  std::optional<std::string> appointment_code;
  std::optional<Instant> slot_start;
  std::string transfer_reason;
};

struct ServiceWaiting {
  std::string service;
  int waiting = 0;
};

struct UpcomingAppointment {
  std::string code, service, status;
  Instant start{};
  int minutes = 0;
};

struct CounterView {
  int number = 0;
  std::string phase = "idle";  // "idle", "calling", "serving"
  bool paused = false;
  bool manager = false;
  std::optional<CentreStatus> status;  // the server's view of the Centre
  std::optional<CurrentTicket> ticket;
  std::vector<ServiceWaiting> services;
  int longest_wait_min = 0;
  std::vector<UpcomingAppointment> appointments;
};

// nullopt with `error` set when the answer is not a counter view.
std::optional<CounterView> parse_counter_view(const boost::json::value& body, std::string& error);

}  // namespace kezek::staff
