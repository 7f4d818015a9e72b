#pragma once
// An answer from kezek-server as the kiosk's UI thread receives it: reached or
// not, the HTTP status, the body, and for a refusal its decoded protocol::Error
// with the extras a refusal carries (shared/protocol/refusal_extras.hpp). The
// body of a success is decoded by the caller with protocol::decode<T>, through
// read<T>() below, which turns a DecodeError into a readable line: the kiosk
// reads no JSON of its own.
//
// Threading: plain values; a Reply is copied from the network thread to the UI
// thread through the Inbox.

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <variant>

#include "shared/net/http_client.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/refusal_extras.hpp"

namespace kezek::kiosk {

struct Reply {
  unsigned status = 0;                   // 0: the server could not be reached
  std::string message;                   // the server's (English) message, the transport error, or why the answer is
                                         // unreadable
  std::optional<protocol::Error> error;  // a refusal the kiosk could read
  protocol::RefusalExtras extras;        // from error->extra
  boost::json::value body;

  bool reached() const { return status != 0; }
  bool ok() const { return status >= 200 && status < 300; }
  bool refused(protocol::ErrorCode code) const { return error && error->code == code; }
};

Reply to_reply(const net::HttpResult& result);

// "The server's answer could not be read: in "ticket.tier": ..." — one line a
// screen can show under its own title.
std::string unreadable(const std::exception& e);

// The body decoded as T, or the line saying why it could not be.
template <typename T>
std::variant<T, std::string> read(const Reply& reply) {
  try {
    return protocol::decode<T>(reply.body);
  } catch (const protocol::DecodeError& e) {
    return unreadable(e);
  }
}

}  // namespace kezek::kiosk
