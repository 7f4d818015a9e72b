#pragma once
// The supervisor's report: GET /api/v1/report?date=YYYY-MM-DD (JSON) and
// GET /api/v1/report.csv?date=... (the same tickets as CSV), admin only. The
// date defaults to today; see docs/api.md.
//
// Threading: a pure function of the request, like ApiHandler::route.

#include <optional>

#include "server/api/api_handler.hpp"
#include "server/api/request_parts.hpp"

namespace kezek::server::api {

ApiHandler::Routed route_report(const http::Request& request, const Target& target,
                                const std::optional<http::Principal>& who);

}  // namespace kezek::server::api
