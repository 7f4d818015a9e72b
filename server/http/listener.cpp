#include "server/http/listener.hpp"

#include <chrono>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "server/http/busy_reply.hpp"
#include "server/http/connection_registry.hpp"
#include "server/http/http_session.hpp"
#include "server/http/transport_log.hpp"

namespace kezek::http {

using tcp = asio::ip::tcp;

struct HttpServer::State {
  State(asio::io_context& io_context, RequestHandler& request_handler, EventHub& event_hub, ServerLimits server_limits)
      : io(io_context),
        handler(request_handler),
        hub(event_hub),
        limits(server_limits),
        acceptor(asio::make_strand(io_context)),
        registry(
            std::make_shared<ConnectionRegistry>(server_limits.max_connections, server_limits.anonymous_per_address)) {}

  asio::io_context& io;
  RequestHandler& handler;
  EventHub& hub;
  const ServerLimits limits;
  tcp::acceptor acceptor;  // used on its own strand only
  std::shared_ptr<ConnectionRegistry> registry;
};

namespace {

struct HostPort {
  std::string host;
  std::string port;
};

HostPort split_host_port(std::string_view text) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == text.size()) {
    throw std::invalid_argument("listen address \"" + std::string(text) +
                                "\" must be host:port (port 0 picks a free one)");
  }
  std::string_view host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);  // [::1]:8080
  }
  return {host.empty() ? std::string{"0.0.0.0"} : std::string(host), std::string(text.substr(colon + 1))};
}

}  // namespace

asio::awaitable<void> HttpServer::accept_loop(std::shared_ptr<State> state) {
  for (;;) {
    auto [error, socket] = co_await state->acceptor.async_accept(asio::any_io_executor{asio::make_strand(state->io)},
                                                                 asio::as_tuple(asio::use_awaitable));
    if (!state->acceptor.is_open()) co_return;  // stop()
    if (error) {
      if (error == asio::error::operation_aborted) co_return;
      // Usually out of file descriptors: pause rather than spin, then go on.
      log_transport("accept", error);
      asio::steady_timer pause{co_await asio::this_coro::executor, std::chrono::milliseconds{100}};
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay{true}, ignored);  // small JSON replies, no Nagle delay
    beast::error_code no_peer;
    const auto peer = socket.remote_endpoint(no_peer);
    const std::string address = no_peer ? std::string() : peer.address().to_string();
    if (auto slot = state->registry->admit(address)) {
      std::make_shared<HttpSession>(std::move(socket), state->handler, state->hub, state->limits, std::move(*slot))
          ->start();
    } else {
      std::make_shared<BusyReply>(std::move(socket), state->limits, state->registry->admit_overflow())->start();
    }
  }
}

HttpServer::HttpServer(asio::io_context& io, RequestHandler& handler, EventHub& hub, ServerLimits limits)
    : state_(std::make_shared<State>(io, handler, hub, limits)) {}

HttpServer::~HttpServer() { stop(); }

tcp::endpoint HttpServer::listen(std::string_view host_port) {
  if (state_->acceptor.is_open()) throw std::logic_error("HttpServer::listen called twice");
  const HostPort address = split_host_port(host_port);
  auto& acceptor = state_->acceptor;
  try {
    tcp::resolver resolver{state_->io};
    const auto results = resolver.resolve(address.host, address.port, tcp::resolver::passive);
    const tcp::endpoint endpoint = results.begin()->endpoint();  // resolve() never yields none
    acceptor.open(endpoint.protocol());
    acceptor.set_option(tcp::acceptor::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (const boost::system::system_error& e) {
    beast::error_code ignored;
    acceptor.close(ignored);
    throw std::system_error(e.code(), "cannot listen on " + std::string(host_port));
  }
  const tcp::endpoint bound = acceptor.local_endpoint();
  asio::co_spawn(acceptor.get_executor(), accept_loop(state_),
                 [](const std::exception_ptr& error) { log_if_failed("accept loop", error); });
  return bound;
}

void HttpServer::stop() {
  asio::post(state_->acceptor.get_executor(), [state = state_] {
    beast::error_code ignored;
    state->acceptor.close(ignored);
  });
  state_->registry->close_all();
}

std::size_t HttpServer::connection_count() const { return state_->registry->counted(); }

}  // namespace kezek::http
