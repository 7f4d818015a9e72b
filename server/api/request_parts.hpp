#pragma once
// Small pure helpers the API layer uses to read a request: the path split into
// segments, the query string decoded, and a JSON body checked field by field.
// Each failure becomes an ApiReply with a clear message; nothing throws.

#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "server/engine/api_reply.hpp"
#include "shared/protocol/decode_error.hpp"

namespace kezek::server::api {

struct Target {
  std::vector<std::string> segments;         // "/api/v1/tickets/5" → api, v1, tickets, 5
  std::map<std::string, std::string> query;  // decoded
};

// nullopt for a target that is not a valid origin-form path: bad escapes, or a
// segment, key or value that is not UTF-8 once decoded (answers may echo them in
// JSON, which must be UTF-8).
std::optional<Target> parse_target(std::string_view target);
std::optional<std::string> percent_decode(std::string_view text);

// The body as a JSON object, or the error reply to send.
std::variant<boost::json::object, ApiReply> parse_json_object(std::string_view body);

// A request body decoded into its shared/protocol request struct (IssueRequest,
// TransferRequest, BookingRequest, CheckInRequest), or the error reply to send:
// 400 empty_body / malformed_json, or 422 with the protocol::DecodeError's code
// and message (the field rules live with the struct in shared/protocol).
ApiReply refusal_for(const protocol::DecodeError& error);
template <typename Request>
std::variant<Request, ApiReply> decode_body(std::string_view body) {
  auto parsed = parse_json_object(body);
  if (auto* reply = std::get_if<ApiReply>(&parsed)) return std::move(*reply);
  try {
    return protocol::decode<Request>(boost::json::value(std::move(std::get<boost::json::object>(parsed))));
  } catch (const protocol::DecodeError& e) {
    return refusal_for(e);
  }
}

std::optional<std::int64_t> parse_int(std::string_view text);

}  // namespace kezek::server::api
