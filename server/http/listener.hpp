#pragma once
// The server's front door: binds, accepts, and gives each connection an HttpSession on
// a strand of its own (or a 503 when max_connections are open). stop() closes the door
// and every connection, so io_context::run() returns once they have wound down.

#include <cstddef>
#include <memory>
#include <string_view>

#include "server/http/event_hub.hpp"
#include "server/http/http_types.hpp"
#include "server/http/request_handler.hpp"
#include "server/http/server_limits.hpp"

namespace kezek::http {

// Threading: the io_context may be run by any number of threads (every connection, the
// acceptor and the hub each have a strand). listen() is called once, from one thread,
// before or while the io_context runs. stop() and connection_count() are safe from any
// thread; stop() is idempotent and the destructor calls it. The RequestHandler and the
// EventHub must outlive io_context::run(), since sessions may still be winding down
// after this object is gone.
class HttpServer {
 public:
  HttpServer(asio::io_context& io, RequestHandler& handler, EventHub& hub, ServerLimits limits = {});
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;
  ~HttpServer();

  // "host:port", "[v6]:port" or ":port" (all interfaces); port 0 picks a free one.
  // Returns the bound endpoint. Throws std::invalid_argument for a malformed address and
  // std::system_error when the address cannot be resolved or bound.
  asio::ip::tcp::endpoint listen(std::string_view host_port);
  void stop();
  // Open HTTP and WebSocket connections (what max_connections bounds).
  std::size_t connection_count() const;

 private:
  struct State;
  static asio::awaitable<void> accept_loop(std::shared_ptr<State> state);

  std::shared_ptr<State> state_;  // shared with the accept coroutine
};

}  // namespace kezek::http
