#pragma once
// What the kiosk reads from kezek-server's answers (docs/api.md): the Centre's
// status, an issued ticket, a booking. Pure parsing: the network thread turns an
// HttpResult into a Reply, the UI thread reads the Reply with these.
//
// Threading: plain values; a Reply is copied from the network thread to the UI
// thread through the Inbox.

#include <boost/json.hpp>

#include <array>
#include <optional>
#include <string>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/net/http_client.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::kiosk {

struct Reply {
  unsigned status = 0;      // 0: the server could not be reached
  std::string error_code;   // "not_today", "too_early"... for a refusal
  std::string message;      // the server's (English) message, or the transport error
  boost::json::object body;

  bool reached() const { return status != 0; }
  bool ok() const { return status >= 200 && status < 300; }
};

Reply to_reply(const net::HttpResult& result);

struct ServerStatus {
  CentreState state = CentreState::closed;
  Instant until{};
  std::array<std::string, 3> text;  // en, ru, kk
  const std::string& in(catalog::Lang lang) const { return text[static_cast<std::size_t>(lang)]; }
};

struct IssuedTicket {
  long long id = 0;
  std::string number;        // "O-001"
  std::string service;
  std::string tier;          // standard, priority, manager, appointment
  int position = 0;          // people ahead
  int estimated_wait_min = 0;
  std::optional<Instant> estimated_call_at;
  bool after_lunch = false;
  std::string status_token;
  Instant issued_at{};
};

struct Booking {
  std::string code;          // canonical "K7M4QX"
  std::string service;
  Instant start{};
  int minutes = 0;
  std::string status;        // booked, checked_in, served, cancelled, missed
};

struct NextSlot {
  std::string service;
  Instant start{};
  int minutes = 0;
};

// Each returns nullopt when the member is missing or malformed.
std::optional<ServerStatus> read_status(const boost::json::object& body);   // {"status": {...}}
std::optional<IssuedTicket> read_ticket(const boost::json::object& body);   // {"ticket": {...}}
std::optional<Booking> read_booking(const boost::json::object& body);       // {"appointment": {...}}
std::optional<NextSlot> read_next_slot(const boost::json::object& body);    // {"next_slot": {...}}
std::optional<Instant> read_instant(const boost::json::object& body, const char* key);
// body.offer.service of a too_late check-in.
std::optional<std::string> read_offer_service(const boost::json::object& body);

}  // namespace kezek::kiosk
