#include "server/http/http_session.hpp"

#include <exception>
#include <string>
#include <utility>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "server/http/events_query.hpp"
#include "server/http/json_error.hpp"
#include "server/http/lingering_close.hpp"
#include "server/http/transport_log.hpp"
#include "server/http/websocket_session.hpp"
#include "server/http/with_timeout.hpp"

namespace kezek::http {
namespace {

bool is_parse_error(const beast::error_code& error) {
  return error.category() == make_error_code(http::error::bad_method).category();
}

// What a failed read owes the client: an error response, or nothing (it left, or it
// only idled) when std::nullopt.
std::optional<Response> refusal_for(const beast::error_code& error, unsigned version, const ServerLimits& limits) {
  if (error == asio::error::timed_out) {
    return json_error(408, protocol::ErrorCode::request_timeout, "the request was not received in time", version,
                      false);
  }
  if (error == http::error::body_limit) {
    return json_error(413, protocol::ErrorCode::body_too_large,
                      "the request body is larger than " + std::to_string(limits.body_limit) + " bytes", version,
                      false);
  }
  if (error == http::error::header_limit) {
    return json_error(431, protocol::ErrorCode::header_too_large,
                      "the request header is larger than " + std::to_string(limits.header_limit) + " bytes", version,
                      false);
  }
  if (error == http::error::end_of_stream || error == http::error::partial_message) {
    return std::nullopt;  // the client closed; there is no one to answer
  }
  if (is_parse_error(error)) {
    return json_error(400, protocol::ErrorCode::bad_request, "malformed HTTP request: " + error.message(), version,
                      false);
  }
  if (!is_expected_disconnect(error)) log_transport("http read", error);
  return std::nullopt;
}

bool expects_continue(const Request& header) {
  return header.version() >= 11 && beast::iequals(header[http::field::expect], "100-continue");
}

// Makes the handler's response fit the request it answers.
void finalize(Response& response, unsigned version, bool keep_alive, bool is_head) {
  const bool handler_keeps_alive = response.keep_alive();
  response.version(version);
  response.keep_alive(keep_alive && handler_keeps_alive);
  if (response.find(http::field::server) == response.end()) {
    response.set(http::field::server, "kezek");
  }
  response.prepare_payload();  // throws for a body on 1xx/204/304
  if (is_head) {
    // HEAD gets the headers GET would get, and no body.
    const auto length = response.body().size();
    response.body().clear();
    response.content_length(length);
  }
}

}  // namespace

HttpSession::HttpSession(asio::ip::tcp::socket socket, RequestHandler& handler, EventHub& hub,
                         const ServerLimits& limits, ConnectionSlot slot)
    : strand_(socket.get_executor()),
      socket_(std::move(socket)),
      handler_(handler),
      hub_(hub),
      limits_(limits),
      slot_(std::move(slot)),
      close_deadline_(strand_) {}

void HttpSession::start() {
  asio::co_spawn(strand_, run(), [self = shared_from_this()](const std::exception_ptr& error) {
    log_if_failed("http session", error);
  });
}

void HttpSession::close() {
  asio::post(strand_, [self = shared_from_this()] {
    if (self->finished_ || self->closing_) return;
    self->closing_ = true;
    if (self->reading_) {
      beast::error_code ignored;
      self->socket_.close(ignored);
      return;
    }
    // Busy in the handler or a write: let it finish, but not for ever.
    self->close_deadline_.expires_after(self->limits_.header_timeout);
    self->close_deadline_.async_wait([self](const beast::error_code& error) {
      if (error) return;
      beast::error_code ignored;
      self->socket_.close(ignored);
    });
  });
}

asio::awaitable<void> HttpSession::run() {
  if (!slot_ || !slot_->attach(weak_from_this())) {  // the server is stopping
    finish();
    co_return;
  }
  for (bool first = true; !closing_; first = false) {
    Request request;
    std::optional<Response> refusal;
    if (!co_await read_request(first, request, refusal)) {
      if (refusal) {
        co_await write(*refusal);
        reading_ = true;
        co_await lingering_close(socket_, lingering_limit);
      }
      break;
    }
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    const bool is_head = request.method() == http::verb::head;
    // One of the Centre's own devices: its connection is never closed to make room
    // and keeps the long keep-alive (connection_registry.hpp).
    if (!slot_->trusted() && handler_.trusted(request)) slot_->trust();

    Response response;
    if (beast::websocket::is_upgrade(request)) {
      if (upgrade_to_websocket(request, refusal)) {  // the socket has moved on
        finish();
        co_return;
      }
      response = std::move(*refusal);
    } else {
      response = co_await dispatch(std::move(request));
    }
    try {
      finalize(response, version, keep_alive && !closing_, is_head);
    } catch (const std::exception& e) {
      log_transport("http response", e.what());
      response =
          json_error(500, protocol::ErrorCode::internal, "the server produced an invalid response", version, false);
    }
    if (!co_await write(response)) break;
    if (!response.keep_alive()) {
      reading_ = true;
      co_await lingering_close(socket_, lingering_limit);
      break;
    }
  }
  finish();
}

void HttpSession::finish() {
  finished_ = true;
  close_deadline_.cancel();
  beast::error_code ignored;
  socket_.close(ignored);
}

asio::awaitable<bool> HttpSession::read_request(bool first, Request& request, std::optional<Response>& refusal) {
  reading_ = true;
  http::request_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(limits_.header_limit));
  parser.body_limit(limits_.body_limit);
  const auto version = [&parser] { return parser.is_header_done() ? parser.get().version() : 11u; };

  // Between keep-alive requests the client may take idle_timeout to start the next one
  // (anonymous_idle_timeout before it has shown a token); the header clock starts with
  // its first byte. A new connection has no such grace.
  if (!first && buffer_.size() == 0) {
    const auto idle = slot_->trusted() ? limits_.idle_timeout : limits_.anonymous_idle_timeout;
    auto [error] = co_await with_timeout(socket_.async_wait(asio::ip::tcp::socket::wait_read, tuple_awaitable), idle);
    if (error || closing_) co_return false;  // idle too long, or shutting down: no answer
  }

  {
    auto [error, size] = co_await with_timeout(http::async_read_header(socket_, buffer_, parser, tuple_awaitable),
                                               limits_.header_timeout);
    if (closing_) co_return false;
    if (error) {
      refusal = refusal_for(error, version(), limits_);
      co_return false;
    }
  }

  if (!parser.is_done()) {
    if (expects_continue(parser.get())) {
      reading_ = false;
      http::response<http::empty_body> go_on{http::status::continue_, 11};
      auto [error, size] =
          co_await with_timeout(http::async_write(socket_, go_on, tuple_awaitable), limits_.header_timeout);
      if (error || closing_) co_return false;
      reading_ = true;
    }
    auto [error, size] =
        co_await with_timeout(http::async_read(socket_, buffer_, parser, tuple_awaitable), limits_.body_timeout);
    if (closing_) co_return false;
    if (error) {
      refusal = refusal_for(error, version(), limits_);
      co_return false;
    }
  }
  reading_ = false;
  request = parser.release();
  co_return true;
}

asio::awaitable<Response> HttpSession::dispatch(Request request) {
  const unsigned version = request.version();
  try {
    co_return co_await handler_.handle(std::move(request));
  } catch (const std::exception& e) {
    log_transport("request handler", e.what());
  }
  co_return json_error(500, protocol::ErrorCode::internal, "the server failed to handle the request", version, false);
}

asio::awaitable<bool> HttpSession::write(Response& response) {
  reading_ = false;
  auto [error, size] =
      co_await with_timeout(http::async_write(socket_, response, tuple_awaitable), limits_.idle_timeout);
  if (error) {
    if (!is_expected_disconnect(error)) log_transport("http write", error);
    co_return false;
  }
  co_return true;
}

bool HttpSession::upgrade_to_websocket(Request& request, std::optional<Response>& refusal) {
  const unsigned version = request.version();
  const bool keep_alive = request.keep_alive();
  try {
    Response refused;
    if (!handler_.accept_websocket(request, refused)) {
      refusal = std::move(refused);
      return false;
    }
  } catch (const std::exception& e) {
    log_transport("websocket acceptance", e.what());
    refusal = json_error(500, protocol::ErrorCode::internal, "the server failed to handle the request", version, false);
    return false;
  }
  const SinceQuery query = parse_since(request.target());
  if (!query.valid) {
    refusal =
        json_error(400, protocol::ErrorCode::bad_request, "since must be a non-negative integer", version, keep_alive);
    return false;
  }
  auto session = std::make_shared<WebsocketSession>(std::move(socket_), hub_, limits_, std::move(*slot_));
  slot_.reset();
  session->start(std::move(request), query.since);
  return true;
}

}  // namespace kezek::http
