#pragma once
// ApiReply: what a command answers — an HTTP status and a JSON body. Built on the
// engine thread, sent by the HTTP session after the command's commit.
//
// Every body goes through shared/protocol: reply_message() encodes a protocol
// struct, reply_error() a protocol::Error whose code is a protocol::ErrorCode, so
// no code outside shared/protocol/error_codes.hpp reaches the wire.

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "shared/protocol/error.hpp"
#include "shared/protocol/error_codes.hpp"
#include "shared/protocol/refusal_extras.hpp"

namespace kezek::server {

struct ApiReply {
  unsigned status = 200;
  std::string body;  // JSON text; empty for 204
  std::string content_type = "application/json";
};

ApiReply reply_json(unsigned status, const boost::json::value& body);

// A protocol message (any type with a value_from conversion in shared/protocol).
template <typename Message>
ApiReply reply_message(unsigned status, const Message& message) {
  return reply_json(status, boost::json::value_from(message));
}

// {"error": {"code": code, "message": message}} plus the `extra` members at the
// top level (e.g. "until", "offer") so clients can act on the refusal. Typed:
// the clients read them back as protocol::RefusalExtras.
ApiReply reply_error(unsigned status, protocol::ErrorCode code, std::string_view message,
                     const protocol::RefusalExtras& extra = {});

// The same with the code by name, for the engine's ops files until they take
// the typed code. Throws std::logic_error (answered 500 "internal" by the
// engine) for a name that is not in protocol::kAllErrorCodes, in every build:
// an unlisted code is a bug, never something a client should see.
ApiReply reply_error(unsigned status, std::string_view code, std::string_view message,
                     const protocol::RefusalExtras& extra = {});

inline ApiReply reply_no_content() { return ApiReply{204, {}}; }

}  // namespace kezek::server
