#include "kiosk/server_replies.hpp"

namespace kezek::kiosk {
namespace {

namespace json = boost::json;

const json::object* member_object(const json::object& body, const char* key) {
  const json::value* v = body.if_contains(key);
  return v != nullptr && v->is_object() ? &v->as_object() : nullptr;
}

std::string str(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->as_string()) : std::string();
}

int integer(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_int64() ? static_cast<int>(v->as_int64()) : 0;
}

bool flag(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_bool() && v->as_bool();
}

}  // namespace

Reply to_reply(const net::HttpResult& result) {
  Reply reply;
  reply.status = result.status;
  if (result.status == 0) {
    reply.message = result.error;
    return reply;
  }
  const json::value body = result.json();
  if (body.is_object()) reply.body = body.as_object();
  if (const json::object* error = member_object(reply.body, "error")) {
    reply.error_code = str(*error, "code");
    reply.message = str(*error, "message");
  }
  return reply;
}

std::optional<Instant> read_instant(const json::object& body, const char* key) {
  const std::string text = str(body, key);
  if (text.empty()) return std::nullopt;
  return parse_iso8601(text);
}

std::optional<ServerStatus> read_status(const json::object& body) {
  const json::object* s = member_object(body, "status");
  if (s == nullptr) return std::nullopt;
  ServerStatus status;
  const std::string state = str(*s, "state");
  if (state == "open") status.state = CentreState::open;
  else if (state == "lunch") status.state = CentreState::lunch;
  else if (state == "closed") status.state = CentreState::closed;
  else return std::nullopt;
  const auto until = read_instant(*s, "until");
  if (!until) return std::nullopt;
  status.until = *until;
  const json::object* text = member_object(*s, "text");
  if (text == nullptr) return std::nullopt;
  for (catalog::Lang lang : catalog::kAllLangs) {
    status.text[static_cast<std::size_t>(lang)] = str(*text, std::string(catalog::to_string(lang)).c_str());
    if (status.text[static_cast<std::size_t>(lang)].empty()) return std::nullopt;
  }
  return status;
}

std::optional<IssuedTicket> read_ticket(const json::object& body) {
  const json::object* t = member_object(body, "ticket");
  if (t == nullptr) return std::nullopt;
  IssuedTicket ticket;
  if (const json::value* id = t->if_contains("id"); id != nullptr && id->is_int64()) ticket.id = id->as_int64();
  ticket.number = str(*t, "number");
  ticket.service = str(*t, "service");
  ticket.tier = str(*t, "tier");
  ticket.position = integer(*t, "position");
  ticket.estimated_wait_min = integer(*t, "estimated_wait_min");
  ticket.estimated_call_at = read_instant(*t, "estimated_call_at");
  ticket.after_lunch = flag(*t, "after_lunch");
  ticket.status_token = str(*t, "status_token");
  if (auto issued = read_instant(*t, "issued_at")) ticket.issued_at = *issued;
  if (ticket.number.empty() || ticket.service.empty()) return std::nullopt;
  return ticket;
}

std::optional<Booking> read_booking(const json::object& body) {
  const json::object* a = member_object(body, "appointment");
  if (a == nullptr) return std::nullopt;
  Booking booking;
  booking.code = str(*a, "code");
  booking.service = str(*a, "service");
  booking.minutes = integer(*a, "minutes");
  booking.status = str(*a, "status");
  const auto start = read_instant(*a, "start");
  if (!start || booking.code.empty() || booking.service.empty()) return std::nullopt;
  booking.start = *start;
  return booking;
}

std::optional<NextSlot> read_next_slot(const json::object& body) {
  const json::object* n = member_object(body, "next_slot");
  if (n == nullptr) return std::nullopt;
  NextSlot slot;
  slot.service = str(*n, "service");
  slot.minutes = integer(*n, "minutes");
  const auto start = read_instant(*n, "start");
  if (!start) return std::nullopt;
  slot.start = *start;
  return slot;
}

std::optional<std::string> read_offer_service(const json::object& body) {
  const json::object* offer = member_object(body, "offer");
  if (offer == nullptr) return std::nullopt;
  std::string service = str(*offer, "service");
  if (service.empty()) return std::nullopt;
  return service;
}

}  // namespace kezek::kiosk
