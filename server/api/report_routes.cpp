#include "server/api/report_routes.hpp"

namespace kezek::server::api {

namespace beast_http = boost::beast::http;

ApiHandler::Routed route_report(const http::Request& request, const Target& target,
                                const std::optional<http::Principal>& who) {
  if (target.segments.size() != 3) return reply_error(404, protocol::ErrorCode::not_found, "no such endpoint");
  if (!who)
    return reply_error(401, protocol::ErrorCode::unauthorized,
                       "send this program's token as \"Authorization: Bearer TOKEN\"");
  // The report names every ticket of the day: the supervisor's (admin) token only.
  if (who->role != http::Role::admin)
    return reply_error(403, protocol::ErrorCode::forbidden, "this token may not read the day's report");
  if (request.method() != beast_http::verb::get)
    return reply_error(405, protocol::ErrorCode::method_not_allowed, "this endpoint does not take that method");
  const bool as_csv = target.segments[2] == "report.csv";
  std::optional<Date> day;
  if (auto date = target.query.find("date"); date != target.query.end()) {
    day = parse_date(date->second);
    if (!day) return reply_error(400, protocol::ErrorCode::bad_date, "\"date\" must look like 2026-11-24");
  }
  return Engine::Command(
      [day, as_csv](QueueService& q, Instant now) { return q.report(day.value_or(local_date(now)), as_csv, now); });
}

}  // namespace kezek::server::api
