#include "server/api/api_handler.hpp"

#include <boost/asio/use_awaitable.hpp>

#include "server/api/report_routes.hpp"
#include "server/api/request_parts.hpp"
#include "server/api/status_page.hpp"
#include "shared/calendar/calendar_horizon.hpp"
#include "shared/protocol/appointment.hpp"
#include "shared/protocol/counter.hpp"
#include "shared/protocol/extension_answer.hpp"
#include "shared/protocol/health.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::server::api {

namespace json = boost::json;
namespace beast_http = boost::beast::http;
using http::Principal;
using http::Role;

namespace {

using Routed = ApiHandler::Routed;

ApiReply unauthorized() {
  return reply_error(401, protocol::ErrorCode::unauthorized,
                     "send this program's token as \"Authorization: Bearer TOKEN\"");
}
ApiReply forbidden(std::string_view what) {
  return reply_error(403, protocol::ErrorCode::forbidden, "this token may not " + std::string(what));
}
ApiReply not_found() { return reply_error(404, protocol::ErrorCode::not_found, "no such endpoint"); }
ApiReply method_not_allowed() {
  return reply_error(405, protocol::ErrorCode::method_not_allowed, "this endpoint does not take that method");
}

// The name an action is audited under.
std::string actor_of(const Principal& p) {
  switch (p.role) {
    case Role::admin: return "admin";
    case Role::kiosk: return "kiosk";
    case Role::display: return "display";
    case Role::counter: return "counter:" + std::to_string(p.counter);
  }
  return "unknown";
}

bool is(const std::optional<Principal>& p, std::initializer_list<Role> roles) {
  if (!p) return false;
  for (Role r : roles)
    if (p->role == r) return true;
  return false;
}

Routed route_tickets(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  if (!is(who, {Role::kiosk, Role::admin})) return forbidden("issue or read tickets");
  if (t.segments.size() == 3) {
    if (req.method() != beast_http::verb::post) return method_not_allowed();
    auto decoded = decode_body<protocol::IssueRequest>(req.body());
    if (auto* reply = std::get_if<ApiReply>(&decoded)) return *reply;
    const auto& wire = std::get<protocol::IssueRequest>(decoded);
    const IssueRequest request{wire.service, wire.tier, wire.lang};
    return Engine::Command([request](QueueService& q, Instant now) { return q.issue_ticket(request, now); });
  }
  if (t.segments.size() == 4) {
    if (req.method() != beast_http::verb::get) return method_not_allowed();
    auto id = parse_int(t.segments[3]);
    if (!id || *id <= 0) return reply_error(400, protocol::ErrorCode::bad_id, "a ticket id is a positive whole number");
    return Engine::Command([id = *id](QueueService& q, Instant now) { return q.ticket_by_id(id, now); });
  }
  return not_found();
}

Routed route_counters(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  if (t.segments.size() < 4 || t.segments.size() > 5) return not_found();
  auto number = parse_int(t.segments[3]);
  if (!number || *number < 1 || *number > 99)
    return reply_error(400, protocol::ErrorCode::bad_counter, "a counter is a number from 1 to 99");
  const int counter = static_cast<int>(*number);
  if (!(who->role == Role::admin || (who->role == Role::counter && who->counter == counter)))
    return forbidden("act for counter " + std::to_string(counter));
  if (t.segments.size() == 4) {
    if (req.method() != beast_http::verb::get) return method_not_allowed();
    return Engine::Command([counter](QueueService& q, Instant now) { return q.counter_view(counter, now); });
  }
  const auto action = parse_counter_action(t.segments[4]);
  if (!action) return not_found();
  if (req.method() != beast_http::verb::post) return method_not_allowed();
  TransferRequest transfer;
  if (*action == CounterAction::transfer) {
    auto decoded = decode_body<protocol::TransferRequest>(req.body());
    if (auto* reply = std::get_if<ApiReply>(&decoded)) return *reply;
    const auto& wire = std::get<protocol::TransferRequest>(decoded);
    transfer = TransferRequest{wire.service, wire.counter, wire.reason};
  } else if (!req.body().empty()) {
    // Actions other than transfer take no body; an object is tolerated, junk is not.
    auto parsed = parse_json_object(req.body());
    if (auto* reply = std::get_if<ApiReply>(&parsed)) return *reply;
  }
  return Engine::Command([counter, action = *action, transfer, actor = actor_of(*who)](QueueService& q, Instant now) {
    return q.counter_action(counter, action, transfer, now, actor);
  });
}

Routed route_appointments(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  const auto method = req.method();
  if (t.segments.size() == 3) {
    if (method != beast_http::verb::post) return method_not_allowed();
    if (!is(who, {Role::admin})) return forbidden("book appointments (the portal's admin token does)");
    auto decoded = decode_body<protocol::BookingRequest>(req.body());
    if (auto* reply = std::get_if<ApiReply>(&decoded)) return *reply;
    const auto& wire = std::get<protocol::BookingRequest>(decoded);
    const BookingRequest request{wire.service, wire.start, wire.applicant};
    return Engine::Command(
        [request, actor = actor_of(*who)](QueueService& q, Instant now) { return q.book(request, now, actor); });
  }
  if (t.segments.size() == 4) {
    const std::string code = t.segments[3];
    if (method == beast_http::verb::get) {
      if (!is(who, {Role::kiosk, Role::admin})) return forbidden("read bookings");
      return Engine::Command([code](QueueService& q, Instant now) { return q.appointment(code, now); });
    }
    if (method == beast_http::verb::delete_) {
      if (!is(who, {Role::admin})) return forbidden("cancel bookings");
      return Engine::Command([code, actor = actor_of(*who)](QueueService& q, Instant now) {
        return q.cancel_appointment(code, now, actor);
      });
    }
    return method_not_allowed();
  }
  if (t.segments.size() == 5 && t.segments[4] == "check-in") {
    if (method != beast_http::verb::post) return method_not_allowed();
    if (!is(who, {Role::kiosk, Role::admin})) return forbidden("check in");
    std::string lang = "en";
    if (!req.body().empty()) {
      auto decoded = decode_body<protocol::CheckInRequest>(req.body());
      if (auto* reply = std::get_if<ApiReply>(&decoded)) return *reply;
      lang = std::get<protocol::CheckInRequest>(decoded).lang;
    }
    const std::string code = t.segments[3];
    return Engine::Command([code, lang](QueueService& q, Instant now) { return q.check_in(code, lang, now); });
  }
  return not_found();
}

Routed route_slots(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  if (!is(who, {Role::kiosk, Role::admin})) return forbidden("read slots");
  if (req.method() != beast_http::verb::get) return method_not_allowed();
  auto service = t.query.find("service");
  auto date = t.query.find("date");
  if (service == t.query.end() || date == t.query.end())
    return reply_error(400, protocol::ErrorCode::missing_parameter, "give ?service=ID&date=YYYY-MM-DD");
  auto day = parse_date(date->second);
  if (!day) return reply_error(400, protocol::ErrorCode::bad_date, "\"date\" must look like 2026-11-24");
  return Engine::Command([service = service->second, day = *day](QueueService& q, Instant now) {
    return q.free_slots(service, day, now);
  });
}

}  // namespace

Routed ApiHandler::route_extension_window(const http::Request& req, const Target& t,
                                          const std::optional<Principal>& who) const {
  if (!who) return unauthorized();
  if (req.method() != beast_http::verb::get) return method_not_allowed();
  const auto expiry_text = t.query.find("expiry");
  if (expiry_text == t.query.end())
    return reply_error(400, protocol::ErrorCode::missing_parameter, "give ?expiry=YYYY-MM-DD");
  const auto expiry = parse_date(expiry_text->second);
  if (!expiry) return reply_error(400, protocol::ErrorCode::bad_date, "\"expiry\" must look like 2026-11-24");
  // A pure question of the (immutable) calendar: answered here, not on the engine thread.
  const Date today = local_date(engine_.clock().now());
  const ExtensionCheck check = engine_.calendar().check_extension(today, *expiry);
  return reply_message(200,
                       protocol::ExtensionAnswer{today, *expiry, check.verdict, check.window.first, check.window.last});
}

ApiHandler::ApiHandler(Engine& engine, const http::Credentials& credentials, const CatalogDocuments& catalog,
                       double kiosk_requests_per_second, double kiosk_burst)
    : engine_(engine),
      credentials_(credentials),
      catalog_(catalog),
      kiosk_limiter_(kiosk_requests_per_second, kiosk_burst) {}

Routed ApiHandler::route(const http::Request& req) const {
  const auto target = parse_target(req.target());
  if (!target) return reply_error(400, protocol::ErrorCode::bad_target, "the request target is not a valid path");
  const auto& s = target->segments;
  const auto method = req.method();
  if (s.size() == 1 && s[0] == "healthz") {
    if (method != beast_http::verb::get && method != beast_http::verb::head) return method_not_allowed();
    protocol::Health health;
    if (auto warning = horizon_warning(engine_.calendar(), local_date(engine_.clock().now())))
      health.warnings.push_back(std::move(*warning));
    return reply_message(200, health);
  }
  if (s.size() == 2 && s[0] == "t") {
    // The public status page behind a ticket's QR code: the token is the key.
    if (method != beast_http::verb::get) return method_not_allowed();
    const std::string token = s[1];
    return Engine::Command([token](QueueService& q, Instant now) {
      auto ticket = q.ticket_status_by_token(token, now);
      return ApiReply{ticket ? 200u : 404u, render_status_page(ticket ? &*ticket : nullptr, now),
                      "text/html; charset=utf-8"};
    });
  }
  if (s.size() < 3 || s[0] != "api" || s[1] != "v1") return not_found();
  const std::optional<Principal> who = credentials_.authenticate(req[beast_http::field::authorization]);
  const std::string& area = s[2];
  if (who && who->role == Role::kiosk && !kiosk_limiter_.allow("kiosk", std::chrono::steady_clock::now()))
    return reply_error(429, protocol::ErrorCode::rate_limited, "too many requests from this kiosk; slow down");
  if (area == "audit" && s.size() == 3) {
    if (!who) return unauthorized();
    if (!is(who, {Role::admin})) return forbidden("read the audit log");
    if (method != beast_http::verb::get) return method_not_allowed();
    const auto date = target->query.find("date");
    if (date == target->query.end())
      return reply_error(400, protocol::ErrorCode::missing_parameter, "give ?date=YYYY-MM-DD");
    const auto day = parse_date(date->second);
    if (!day) return reply_error(400, protocol::ErrorCode::bad_date, "\"date\" must look like 2026-11-24");
    return Engine::Command([day = *day](QueueService& q, Instant) { return q.audit_day(day); });
  }
  if (area == "catalog" && s.size() == 3) {
    if (method != beast_http::verb::get) return method_not_allowed();
    return ApiReply{200, catalog_.for_year(static_cast<int>(local_date(engine_.clock().now()).year()))};
  }
  if (area == "status" && s.size() == 3) {
    if (!who) return unauthorized();
    if (method != beast_http::verb::get) return method_not_allowed();
    return Engine::Command([](QueueService& q, Instant now) { return q.centre_status(now); });
  }
  if (area == "board" && s.size() == 3) {
    if (!who) return unauthorized();
    if (method != beast_http::verb::get) return method_not_allowed();
    return Engine::Command([](QueueService& q, Instant now) { return q.board(now); });
  }
  if (area == "tickets") return route_tickets(req, *target, who);
  if (area == "counters") return route_counters(req, *target, who);
  if (area == "appointments") return route_appointments(req, *target, who);
  if (area == "slots" && s.size() == 3) return route_slots(req, *target, who);
  if (area == "extension-window" && s.size() == 3) return route_extension_window(req, *target, who);
  if (area == "report" || area == "report.csv") return route_report(req, *target, who);
  if (area == "events" && s.size() == 3)
    return reply_error(426, protocol::ErrorCode::upgrade_required,
                       "GET /api/v1/events is a WebSocket: send an Upgrade request");
  return not_found();
}

http::Response to_response(const ApiReply& reply, const http::Request& request) {
  http::Response res{static_cast<beast_http::status>(reply.status), request.version()};
  res.set(beast_http::field::server, "kezek");
  res.keep_alive(request.keep_alive());
  if (reply.status != 204) {
    res.set(beast_http::field::content_type, reply.content_type);
    res.set(beast_http::field::cache_control, "no-store");
    res.body() = reply.body;
  }
  res.prepare_payload();
  return res;
}

boost::asio::awaitable<http::Response> ApiHandler::handle(http::Request request) {
  Routed routed = route(request);
  if (auto* reply = std::get_if<ApiReply>(&routed)) co_return to_response(*reply, request);
  auto& command = std::get<Engine::Command>(routed);
  ApiReply reply = co_await engine_.async_submit(std::move(command), boost::asio::use_awaitable);
  co_return to_response(reply, request);
}

http::Response ApiHandler::handle_now(const http::Request& request) {
  Routed routed = route(request);
  if (auto* reply = std::get_if<ApiReply>(&routed)) return to_response(*reply, request);
  return to_response(engine_.execute(std::move(std::get<Engine::Command>(routed))), request);
}

bool ApiHandler::trusted(const http::Request& request) const {
  return credentials_.authenticate(request[beast_http::field::authorization]).has_value();
}

bool ApiHandler::accept_websocket(const http::Request& request, http::Response& refusal) {
  const auto target = parse_target(request.target());
  if (!target || target->segments.size() != 3 || target->segments[0] != "api" || target->segments[1] != "v1" ||
      target->segments[2] != "events") {
    refusal = to_response(not_found(), request);
    return false;
  }
  if (!credentials_.authenticate(request[beast_http::field::authorization])) {
    refusal = to_response(unauthorized(), request);
    return false;
  }
  return true;
}

}  // namespace kezek::server::api
