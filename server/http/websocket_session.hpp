#pragma once
// One event subscriber on a WebSocket, after the HTTP session accepted its upgrade.
// A reader coroutine answers pings and notices the client leaving (the client has
// nothing to say on this channel); a writer coroutine drains the single write queue and
// tells the hub after each message, so the hub never hands over more than its window
// (event_hub.hpp). A client that stops reading is closed when a write has waited
// ServerLimits::idle_timeout. The queue limit (ws_queue_limit) stays as a guard: a
// queue past it means a bug in the back-pressure, and the session is dropped.

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/websocket.hpp>

#include "server/http/connection_registry.hpp"
#include "server/http/event_hub.hpp"
#include "server/http/http_types.hpp"
#include "server/http/server_limits.hpp"

namespace kezek::http {

// Threading: all state lives on the strand of the socket it was given. start(),
// close() and deliver() are safe from any thread (they post to that strand).
class WebsocketSession final : public std::enable_shared_from_this<WebsocketSession>,
                               public Closable,
                               public EventSubscriber {
 public:
  WebsocketSession(asio::ip::tcp::socket socket, EventHub& hub, const ServerLimits& limits, ConnectionSlot slot);

  // Completes the handshake for `upgrade`, then subscribes with `since`. Call once.
  void start(Request upgrade, std::optional<std::int64_t> since);
  // Server shutdown: close handshake "going away"; a connection still open
  // header_timeout later (stuck in a write, or no answer) is closed hard.
  void close() override;
  void deliver(std::shared_ptr<const std::string> message) override;

 private:
  enum class Ending { none, going_away, too_slow };

  asio::awaitable<void> run(Request upgrade, std::optional<std::int64_t> since);
  asio::awaitable<void> read_loop();
  asio::awaitable<void> write_loop();
  void enqueue(std::shared_ptr<const std::string> message);  // strand only
  void close_now();                                          // strand only
  void finish();                                             // strand only, once

  asio::any_io_executor strand_;
  beast::websocket::stream<asio::ip::tcp::socket> ws_;
  EventHub& hub_;
  const ServerLimits limits_;
  ConnectionSlot slot_;

  // Strand only, from here on.
  std::deque<std::shared_ptr<const std::string>> queue_;
  asio::steady_timer wake_;            // the writer sleeps on it; cancel() wakes it
  asio::steady_timer close_deadline_;  // bounds a shutdown
  Ending ending_ = Ending::none;
  bool finished_ = false;
};

}  // namespace kezek::http
