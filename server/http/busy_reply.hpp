#pragma once
// The connection one past max_connections: told 503 "too_many_connections" at once (without
// waiting for its request) and closed, so an overloaded server still answers clearly.

#include "server/http/connection_registry.hpp"
#include "server/http/http_types.hpp"
#include "server/http/server_limits.hpp"

namespace kezek::http {

// Threading: state on the socket's strand; start() and close() are safe from any thread.
class BusyReply final : public std::enable_shared_from_this<BusyReply>, public Closable {
 public:
  BusyReply(asio::ip::tcp::socket socket, const ServerLimits& limits, ConnectionSlot slot);
  void start();
  void close() override;

 private:
  asio::awaitable<void> run();

  asio::any_io_executor strand_;
  asio::ip::tcp::socket socket_;
  const ServerLimits limits_;
  ConnectionSlot slot_;  // uncounted: only so that stop() reaches this connection
};

}  // namespace kezek::http
