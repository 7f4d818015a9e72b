#include "server/http/websocket_session.hpp"

#include <utility>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "server/http/transport_log.hpp"
#include "server/http/with_timeout.hpp"

namespace kezek::http {
namespace websocket = beast::websocket;

WebsocketSession::WebsocketSession(asio::ip::tcp::socket socket, EventHub& hub, const ServerLimits& limits,
                                   ConnectionSlot slot)
    : strand_(socket.get_executor()),
      ws_(std::move(socket)),
      hub_(hub),
      limits_(limits),
      slot_(std::move(slot)),
      wake_(strand_, asio::steady_timer::time_point::max()),
      close_deadline_(strand_) {}

void WebsocketSession::start(Request upgrade, std::optional<std::int64_t> since) {
  asio::co_spawn(strand_, run(std::move(upgrade), since), [self = shared_from_this()](const std::exception_ptr& error) {
    log_if_failed("websocket session", error);
  });
}

void WebsocketSession::close() {
  asio::post(strand_, [self = shared_from_this()] {
    if (self->finished_ || self->ending_ != Ending::none) return;
    self->ending_ = Ending::going_away;
    self->wake_.cancel();
    // The polite close may wait behind a write to a client that does not read.
    self->close_deadline_.expires_after(self->limits_.header_timeout);
    self->close_deadline_.async_wait([self](const beast::error_code& error) {
      if (!error) self->close_now();
    });
  });
}

void WebsocketSession::deliver(std::shared_ptr<const std::string> message) {
  asio::post(strand_, [self = shared_from_this(), message = std::move(message)]() mutable {
    self->enqueue(std::move(message));
  });
}

void WebsocketSession::enqueue(std::shared_ptr<const std::string> message) {
  if (ending_ != Ending::none) return;
  queue_.push_back(std::move(message));
  if (queue_.size() > limits_.ws_queue_limit) {
    log_transport("websocket session", "subscriber too slow (write queue full); dropped");
    ending_ = Ending::too_slow;
    queue_.clear();
    close_now();
    return;
  }
  wake_.cancel();
}

void WebsocketSession::close_now() {
  // Fails every pending operation at once; used when a polite close would have to wait
  // behind the very writes that are stuck.
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).close(ignored);
  wake_.cancel();
}

asio::awaitable<void> WebsocketSession::run(Request upgrade, std::optional<std::int64_t> since) {
  if (!slot_.attach(weak_from_this())) {  // the server is stopping
    finish();
    co_return;
  }
  ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
  ws_.set_option(websocket::stream_base::decorator(
      [](websocket::response_type& response) { response.set(http::field::server, "kezek"); }));
  ws_.read_message_max(limits_.body_limit);

  auto [error] = co_await ws_.async_accept(upgrade, tuple_awaitable);
  if (error) {
    if (!is_expected_disconnect(error)) log_transport("websocket handshake", error);
    finish();
    co_return;
  }
  ws_.text(true);
  hub_.subscribe(weak_from_this(), since);

  {
    using namespace asio::experimental::awaitable_operators;
    // Whichever loop ends first ends the other (the `||` cancels it).
    co_await (read_loop() || write_loop());
  }
  hub_.unsubscribe(weak_from_this());
  finish();
}

void WebsocketSession::finish() {
  finished_ = true;
  if (ending_ == Ending::none) ending_ = Ending::going_away;
  queue_.clear();
  close_deadline_.cancel();
  close_now();
}

asio::awaitable<void> WebsocketSession::read_loop() {
  co_await asio::this_coro::throw_if_cancelled(false);
  beast::flat_buffer buffer;
  for (;;) {
    // Beast answers pings and the close handshake inside the read; messages are ignored.
    auto [error, size] = co_await ws_.async_read(buffer, tuple_awaitable);
    if (error) {
      if (!is_expected_disconnect(error) && error != asio::error::timed_out && error != websocket::error::closed) {
        log_transport("websocket read", error);
      }
      co_return;
    }
    buffer.consume(size);
  }
}

asio::awaitable<void> WebsocketSession::write_loop() {
  co_await asio::this_coro::throw_if_cancelled(false);
  const auto cancelled = [](const asio::cancellation_state& state) {
    return state.cancelled() != asio::cancellation_type::none;
  };
  while (ending_ == Ending::none) {
    if (queue_.empty()) {
      wake_.expires_at(asio::steady_timer::time_point::max());
      co_await wake_.async_wait(tuple_awaitable);  // woken by enqueue() or close()
      if (cancelled(co_await asio::this_coro::cancellation_state)) co_return;
      continue;
    }
    const auto message = queue_.front();  // keeps the bytes alive during the write
    auto [error, size] =
        co_await with_timeout(ws_.async_write(asio::buffer(*message), tuple_awaitable), limits_.idle_timeout);
    if (error) {
      if (!is_expected_disconnect(error) && ending_ == Ending::none) {
        log_transport("websocket write", error);
      }
      co_return;
    }
    if (!queue_.empty()) queue_.pop_front();
    hub_.written(weak_from_this());  // the hub hands over the next (back-pressure)
    if (cancelled(co_await asio::this_coro::cancellation_state)) co_return;
  }
  if (ending_ == Ending::going_away) {
    // The reader is still pending and receives the client's answering close frame.
    co_await with_timeout(ws_.async_close(websocket::close_code::going_away, tuple_awaitable), limits_.header_timeout);
  }
}

}  // namespace kezek::http
