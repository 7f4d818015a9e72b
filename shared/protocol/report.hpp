#pragma once
// The day's report (GET /api/v1/report, docs/api.md "The day's report"):
//   {"date", "generated_at", "tickets": [ReportTicket], "services": [ServiceCounts],
//    "totals": ReportCounts, "waiting_series": {"step_min", "points": [{"at", "waiting"}]}}
// Times a ticket never reached, its counter and wait_min are null, not left out.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/model.hpp"

namespace kezek::protocol {

struct ReportTicket {
  std::string number, service;
  domain::TicketTier tier = domain::TicketTier::standard;
  domain::TicketStatus status = domain::TicketStatus::waiting;
  Instant issued_at{};
  std::optional<Instant> called_at, started_at, finished_at;
  std::optional<int> counter;
  std::optional<std::int64_t> wait_min;
  bool operator==(const ReportTicket&) const = default;
};

struct ReportCounts {
  int issued = 0, waiting = 0, in_progress = 0, served = 0, no_show = 0, cancelled = 0;
  std::int64_t mean_wait_min = 0, max_wait_min = 0;
  bool operator==(const ReportCounts&) const = default;
};

// One service's counts: {"service", ...ReportCounts' members}.
struct ServiceCounts {
  std::string service;
  ReportCounts counts;
  bool operator==(const ServiceCounts&) const = default;
};

struct WaitingPoint {
  Instant at{};
  std::int64_t waiting = 0;
  bool operator==(const WaitingPoint&) const = default;
};

struct Report {
  Date date{};
  Instant generated_at{};
  std::vector<ReportTicket> tickets;
  std::vector<ServiceCounts> services;
  ReportCounts totals;
  std::int64_t step_min = 15;
  std::vector<WaitingPoint> points;
  bool operator==(const Report&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ReportTicket& t);
ReportTicket tag_invoke(boost::json::value_to_tag<ReportTicket>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ReportCounts& c);
ReportCounts tag_invoke(boost::json::value_to_tag<ReportCounts>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ServiceCounts& c);
ServiceCounts tag_invoke(boost::json::value_to_tag<ServiceCounts>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const WaitingPoint& p);
WaitingPoint tag_invoke(boost::json::value_to_tag<WaitingPoint>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Report& r);
Report tag_invoke(boost::json::value_to_tag<Report>, const boost::json::value& jv);

}  // namespace kezek::protocol
