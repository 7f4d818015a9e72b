#include "server/http/busy_reply.hpp"

#include <utility>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "server/http/json_error.hpp"
#include "server/http/lingering_close.hpp"
#include "server/http/transport_log.hpp"
#include "server/http/with_timeout.hpp"

namespace kezek::http {

BusyReply::BusyReply(asio::ip::tcp::socket socket, const ServerLimits& limits, ConnectionSlot slot)
    : strand_(socket.get_executor()), socket_(std::move(socket)), limits_(limits), slot_(std::move(slot)) {}

void BusyReply::start() {
  asio::co_spawn(strand_, run(),
                 [self = shared_from_this()](const std::exception_ptr& error) { log_if_failed("busy reply", error); });
}

void BusyReply::close() {
  asio::post(strand_, [self = shared_from_this()] {
    beast::error_code ignored;
    self->socket_.close(ignored);
  });
}

asio::awaitable<void> BusyReply::run() {
  if (!slot_.attach(weak_from_this())) {
    beast::error_code ignored;
    socket_.close(ignored);
    co_return;
  }
  Response response = json_error(503, protocol::ErrorCode::too_many_connections,
                                 "the server has too many open connections; try again shortly", 11, false);
  response.set(http::field::retry_after, "1");
  response.set(http::field::server, "kezek");
  auto [error, size] = co_await with_timeout(http::async_write(socket_, response, asio::as_tuple(asio::use_awaitable)),
                                             limits_.header_timeout);
  if (error && !is_expected_disconnect(error)) log_transport("busy reply", error);
  co_await lingering_close(socket_, lingering_limit);
}

}  // namespace kezek::http
