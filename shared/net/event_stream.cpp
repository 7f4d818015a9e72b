#include "shared/net/event_stream.hpp"

#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include "shared/net/http_client.hpp"

namespace kezek::net {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = boost::asio::ip::tcp;

EventStream::EventStream(std::string server, std::string token)
    : server_(std::move(server)), token_(std::move(token)) {}

EventStream::~EventStream() { close(); }

void EventStream::close() {
  if (!ws_) return;
  beast::error_code ignored;
  beast::get_lowest_layer(*ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
  beast::get_lowest_layer(*ws_).close();
  // Let a pending read complete (aborted) before the stream it uses goes away.
  io_.restart();
  io_.run();
  reading_ = false;
  ws_.reset();
}

bool EventStream::connect(std::optional<std::int64_t> since, std::string& error, std::chrono::milliseconds timeout) {
  close();
  std::string host, port;
  if (!split_host_port(server_, host, port)) {
    error = "bad server address \"" + server_ + "\"";
    return false;
  }
  beast::error_code ec;
  tcp::resolver resolver(io_);
  const auto endpoints = resolver.resolve(host, port, ec);
  if (ec) {
    error = "cannot resolve " + server_ + ": " + ec.message();
    return false;
  }
  ws_.emplace(io_);
  auto& tcp_layer = beast::get_lowest_layer(*ws_);
  tcp_layer.expires_after(timeout);
  tcp_layer.connect(endpoints, ec);
  if (!ec) {
    const std::string token = token_;
    ws_->set_option(websocket::stream_base::decorator(
        [token](websocket::request_type& req) { req.set(beast::http::field::authorization, "Bearer " + token); }));
    std::string target = "/api/v1/events";
    if (since) target += "?since=" + std::to_string(*since);
    websocket::response_type response;
    ws_->handshake(response, host + ":" + port, target, ec);
    if (ec && response.result_int() != 0 && response.result_int() != 101)
      error = "the server refused the event stream (HTTP " + std::to_string(response.result_int()) + ")";
  }
  if (ec) {
    if (error.empty()) error = "cannot open the event stream at " + server_ + ": " + ec.message();
    ws_.reset();
    return false;
  }
  tcp_layer.expires_never();
  return true;
}

std::optional<std::string> EventStream::read(std::chrono::milliseconds timeout) {
  if (!ws_) return std::nullopt;
  // One asynchronous read stays pending across calls: a quiet minute is not an
  // error, so a timeout just returns and the same read goes on next time.
  if (!reading_) {
    reading_ = true;
    done_ = false;
    buffer_.clear();
    ws_->async_read(buffer_, [this](beast::error_code e, std::size_t) {
      error_ = e;
      done_ = true;
    });
  }
  io_.restart();
  io_.run_for(timeout);
  if (!done_) return std::nullopt;
  reading_ = false;
  if (error_) {
    close();
    return std::nullopt;
  }
  return beast::buffers_to_string(buffer_.data());
}

}  // namespace kezek::net
