#pragma once
// The seam between the transport and the API layer: sessions only read, decode,
// dispatch to a RequestHandler and write what it returns.

#include "server/http/http_types.hpp"
#include "server/http/json_error.hpp"

namespace kezek::http {

// Implemented by the API layer.
// Threading: one instance serves every connection. handle() and accept_websocket() are
// called on the calling session's strand, so calls for different connections may run
// concurrently on different threads of the io_context; the implementation must be
// safe for that (e.g. by doing its state changes on the engine's own thread).
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  // Called on the session's strand; may suspend (the engine commits on its own thread).
  // An exception escaping it is logged and answered 500 "internal".
  virtual asio::awaitable<Response> handle(Request request) = 0;
  // True when `request` is a WebSocket upgrade this server accepts (path /api/v1/events,
  // authorised); otherwise fill `refusal` with the error response to send.
  virtual bool accept_websocket(const Request& request, Response& refusal) = 0;
  // True when `request` carries a valid credential (of any role): its connection is
  // then one of the Centre's own devices (connection_registry.hpp). Must not block.
  virtual bool trusted(const Request& request) const = 0;
};

}  // namespace kezek::http
