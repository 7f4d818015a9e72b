#pragma once
// One HTTP/1.1 connection: read a request within the limits and timeouts, hand it to the
// RequestHandler, write its response, repeat while keep-alive. Requests are handled one
// at a time, so pipelined requests get their responses in order. Nothing malformed,
// oversized or late reaches the handler: it is answered 400/413/431/408 and the
// connection closed. A WebSocket upgrade the handler accepts becomes a WebsocketSession.

#include <memory>

#include "server/http/connection_registry.hpp"
#include "server/http/event_hub.hpp"
#include "server/http/http_types.hpp"
#include "server/http/request_handler.hpp"
#include "server/http/server_limits.hpp"

namespace kezek::http {

// Threading: all state lives on the strand of the socket it was given (one strand per
// connection). start() and close() are safe from any thread.
class HttpSession final : public std::enable_shared_from_this<HttpSession>, public Closable {
 public:
  HttpSession(asio::ip::tcp::socket socket, RequestHandler& handler, EventHub& hub, const ServerLimits& limits,
              ConnectionSlot slot);

  void start();
  // Server shutdown: a connection waiting for a request is closed at once; one whose
  // request is being handled gets its response, then is closed — or is closed hard if
  // that has not happened within header_timeout.
  void close() override;

 private:
  asio::awaitable<void> run();
  // Reads one request. Yields false when the connection must end; `refusal` is then
  // set when the client is owed an error response first.
  asio::awaitable<bool> read_request(bool first, Request& request, std::optional<Response>& refusal);
  asio::awaitable<Response> dispatch(Request request);
  asio::awaitable<bool> write(Response& response);
  bool upgrade_to_websocket(Request& request, std::optional<Response>& refusal);
  void finish();  // strand only, once

  asio::any_io_executor strand_;
  asio::ip::tcp::socket socket_;
  RequestHandler& handler_;
  EventHub& hub_;
  const ServerLimits limits_;
  std::optional<ConnectionSlot> slot_;  // moved out on a WebSocket upgrade

  // Strand only, from here on.
  beast::flat_buffer buffer_;
  asio::steady_timer close_deadline_;  // bounds a shutdown
  bool reading_ = false;               // waiting for the client: close() may cut in
  bool closing_ = false;
  bool finished_ = false;
};

}  // namespace kezek::http
