#pragma once
// A ticket as the server shows it (GET /api/v1/tickets/{id}, the "ticket" of
// issue, call, check-in and the ticket.* events), and the kiosk's request to
// issue one (POST /api/v1/tickets).
//
// Wire (docs/api.md), in this member order:
//   {"id", "number", "service", "tier", "status", "lang", "issued_at",
//    ["called_at"], ["started_at"], ["finished_at"], ["counter"], ["target_counter"],
//    ["appointment_code"], ["slot_start"], "recalls", ["transfer_reason"], "status_token",
//    "position", "estimated_wait_min", ["estimated_call_at"], ["after_lunch"], ["served_today"]}
// [x]: left out when absent. position and estimated_wait_min are always sent,
// null while a waiting ticket has no forecast (no counter can serve it).
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "shared/domain/model.hpp"

namespace kezek::protocol {

struct Ticket {
  domain::TicketId id = 0;
  std::string number, service;
  domain::TicketTier tier = domain::TicketTier::standard;
  domain::TicketStatus status = domain::TicketStatus::waiting;
  std::string lang = "en";
  Instant issued_at{};
  std::optional<Instant> called_at, started_at, finished_at;
  std::optional<int> counter, target_counter;
  std::optional<std::string> appointment_code;
  std::optional<Instant> slot_start;
  int recalls = 0;
  std::optional<std::string> transfer_reason;
  // Why it was closed other than at a counter: "day_ended" (still open when
  // its day ended, shared/domain/day_end.hpp); absent otherwise.
  std::optional<std::string> close_reason;
  std::string status_token;
  // The forecast (see shared/domain/forecast.hpp).
  std::optional<int> position;
  std::optional<std::int64_t> estimated_wait_min;
  std::optional<Instant> estimated_call_at;
  std::optional<bool> after_lunch, served_today;
  bool operator==(const Ticket&) const = default;
};

// POST /api/v1/tickets {"service", "tier"?, "lang"?}. Decoding refuses exactly
// as the server does (422): unknown_field, wrong_type, too_long (service 64,
// tier 16, lang 8), missing_field (service), bad_tier (not standard, priority or
// manager), bad_lang.
struct IssueRequest {
  std::string service;
  domain::TicketTier tier = domain::TicketTier::standard;
  std::string lang = "en";
  bool operator==(const IssueRequest&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Ticket& ticket);
Ticket tag_invoke(boost::json::value_to_tag<Ticket>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const IssueRequest& request);
IssueRequest tag_invoke(boost::json::value_to_tag<IssueRequest>, const boost::json::value& jv);

// Shared with check-in: "lang" is one of the Centre's languages, else bad_lang.
std::optional<std::string> read_lang(const boost::json::object& o);

}  // namespace kezek::protocol
