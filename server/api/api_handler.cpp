#include "server/api/api_handler.hpp"

#include <boost/asio/use_awaitable.hpp>

#include "server/api/request_parts.hpp"
#include "server/api/report_routes.hpp"
#include "server/api/status_page.hpp"

namespace kezek::server::api {

namespace json = boost::json;
namespace beast_http = boost::beast::http;
using http::Principal;
using http::Role;

namespace {

using Routed = ApiHandler::Routed;

ApiReply unauthorized() {
  return reply_error(401, "unauthorized", "send this program's token as \"Authorization: Bearer TOKEN\"");
}
ApiReply forbidden(std::string_view what) {
  return reply_error(403, "forbidden", "this token may not " + std::string(what));
}
ApiReply not_found() { return reply_error(404, "not_found", "no such endpoint"); }
ApiReply method_not_allowed() { return reply_error(405, "method_not_allowed", "this endpoint does not take that method"); }

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

template <typename T>
bool failed(const std::variant<std::optional<T>, FieldError>& v, ApiReply& out) {
  if (auto* e = std::get_if<FieldError>(&v)) {
    out = e->reply;
    return true;
  }
  return false;
}

Routed route_tickets(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  if (!is(who, {Role::kiosk, Role::admin})) return forbidden("issue or read tickets");
  if (t.segments.size() == 3) {
    if (req.method() != beast_http::verb::post) return method_not_allowed();
    auto parsed = parse_json_object(req.body());
    if (auto* reply = std::get_if<ApiReply>(&parsed)) return *reply;
    const json::object& body = std::get<json::object>(parsed);
    if (auto bad = only_fields(body, {"service", "tier", "lang"})) return *bad;
    ApiReply error;
    auto service = string_field(body, "service", 64);
    auto tier = string_field(body, "tier", 16);
    auto lang = string_field(body, "lang", 8);
    if (failed(service, error) || failed(tier, error) || failed(lang, error)) return error;
    IssueRequest request;
    if (!std::get<0>(service)) return reply_error(422, "missing_field", "\"service\" is required");
    request.service = *std::get<0>(service);
    if (auto t_name = std::get<0>(tier)) {
      auto parsed_tier = domain::parse_ticket_tier(*t_name);
      if (!parsed_tier || *parsed_tier == domain::TicketTier::appointment)
        return reply_error(422, "bad_tier", "\"tier\" is one of \"standard\", \"priority\", \"manager\"");
      request.tier = *parsed_tier;
    }
    if (auto l = std::get<0>(lang)) {
      if (!catalog::parse_lang(*l)) return reply_error(422, "bad_lang", "\"lang\" is one of \"en\", \"ru\", \"kk\"");
      request.lang = *l;
    }
    return Engine::Command([request](QueueService& q, Instant now) { return q.issue_ticket(request, now); });
  }
  if (t.segments.size() == 4) {
    if (req.method() != beast_http::verb::get) return method_not_allowed();
    auto id = parse_int(t.segments[3]);
    if (!id || *id <= 0) return reply_error(400, "bad_id", "a ticket id is a positive whole number");
    return Engine::Command([id = *id](QueueService& q, Instant now) { return q.ticket_by_id(id, now); });
  }
  return not_found();
}

Routed route_counters(const http::Request& req, const Target& t, const std::optional<Principal>& who) {
  if (!who) return unauthorized();
  if (t.segments.size() < 4 || t.segments.size() > 5) return not_found();
  auto number = parse_int(t.segments[3]);
  if (!number || *number < 1 || *number > 99) return reply_error(400, "bad_counter", "a counter is a number from 1 to 99");
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
    auto parsed = parse_json_object(req.body());
    if (auto* reply = std::get_if<ApiReply>(&parsed)) return *reply;
    const json::object& body = std::get<json::object>(parsed);
    if (auto bad = only_fields(body, {"service", "counter", "reason"})) return *bad;
    ApiReply error;
    auto service = string_field(body, "service", 64);
    auto to = int_field(body, "counter");
    auto reason = string_field(body, "reason", 200);
    if (failed(service, error) || failed(to, error) || failed(reason, error)) return error;
    transfer.service = std::get<0>(service);
    if (auto c = std::get<0>(to)) {
      if (*c < 1 || *c > 99) return reply_error(422, "bad_counter", "\"counter\" is a number from 1 to 99");
      transfer.counter = static_cast<int>(*c);
    }
    transfer.reason = std::get<0>(reason).value_or("");
    if (transfer.service.has_value() == transfer.counter.has_value())
      return reply_error(422, "bad_transfer", "give either \"service\" or \"counter\" to transfer to");
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
    auto parsed = parse_json_object(req.body());
    if (auto* reply = std::get_if<ApiReply>(&parsed)) return *reply;
    const json::object& body = std::get<json::object>(parsed);
    if (auto bad = only_fields(body, {"service", "start", "applicant"})) return *bad;
    ApiReply error;
    auto service = string_field(body, "service", 64);
    auto start = string_field(body, "start", 40);
    auto applicant = string_field(body, "applicant", 64);
    if (failed(service, error) || failed(start, error) || failed(applicant, error)) return error;
    if (!std::get<0>(service) || !std::get<0>(start) || !std::get<0>(applicant))
      return reply_error(422, "missing_field", "\"service\", \"start\" and \"applicant\" are required");
    auto instant = parse_iso8601(*std::get<0>(start));
    if (!instant)
      return reply_error(422, "bad_start", "\"start\" must look like 2026-11-24T10:00:00+05:00");
    BookingRequest request{*std::get<0>(service), *instant, *std::get<0>(applicant)};
    return Engine::Command([request, actor = actor_of(*who)](QueueService& q, Instant now) {
      return q.book(request, now, actor);
    });
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
      auto parsed = parse_json_object(req.body());
      if (auto* reply = std::get_if<ApiReply>(&parsed)) return *reply;
      const json::object& body = std::get<json::object>(parsed);
      if (auto bad = only_fields(body, {"lang"})) return *bad;
      ApiReply error;
      auto l = string_field(body, "lang", 8);
      if (failed(l, error)) return error;
      if (auto value = std::get<0>(l)) {
        if (!catalog::parse_lang(*value)) return reply_error(422, "bad_lang", "\"lang\" is one of \"en\", \"ru\", \"kk\"");
        lang = *value;
      }
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
    return reply_error(400, "missing_parameter", "give ?service=ID&date=YYYY-MM-DD");
  auto day = parse_date(date->second);
  if (!day) return reply_error(400, "bad_date", "\"date\" must look like 2026-11-24");
  return Engine::Command([service = service->second, day = *day](QueueService& q, Instant now) {
    return q.free_slots(service, day, now);
  });
}

}  // namespace

ApiHandler::ApiHandler(Engine& engine, const http::Credentials& credentials, std::string catalog_document,
                       double kiosk_requests_per_second, double kiosk_burst)
    : engine_(engine),
      credentials_(credentials),
      catalog_document_(std::move(catalog_document)),
      kiosk_limiter_(kiosk_requests_per_second, kiosk_burst) {}

Routed ApiHandler::route(const http::Request& req) const {
  const auto target = parse_target(req.target());
  if (!target) return reply_error(400, "bad_target", "the request target is not a valid path");
  const auto& s = target->segments;
  const auto method = req.method();
  if (s.size() == 1 && s[0] == "healthz") {
    if (method != beast_http::verb::get && method != beast_http::verb::head) return method_not_allowed();
    return reply_json(200, json::object{{"status", "ok"}});
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
    return reply_error(429, "rate_limited", "too many requests from this kiosk; slow down");
  if (area == "audit" && s.size() == 3) {
    if (!who) return unauthorized();
    if (!is(who, {Role::admin})) return forbidden("read the audit log");
    if (method != beast_http::verb::get) return method_not_allowed();
    const auto date = target->query.find("date");
    if (date == target->query.end()) return reply_error(400, "missing_parameter", "give ?date=YYYY-MM-DD");
    const auto day = parse_date(date->second);
    if (!day) return reply_error(400, "bad_date", "\"date\" must look like 2026-11-24");
    return Engine::Command([day = *day](QueueService& q, Instant) { return q.audit_day(day); });
  }
  if (area == "catalog" && s.size() == 3) {
    if (method != beast_http::verb::get) return method_not_allowed();
    return ApiReply{200, catalog_document_};
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
  if (area == "report" || area == "report.csv") return route_report(req, *target, who);
  if (area == "events" && s.size() == 3)
    return reply_error(426, "upgrade_required", "GET /api/v1/events is a WebSocket: send an Upgrade request");
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
