// HttpConnection: Beast's tcp_stream with coroutines.
#include "bench/loadgen/http_connection.hpp"

#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <charconv>

namespace kezek::bench {

namespace asio = boost::asio;
namespace http = boost::beast::http;

HttpRequest make_request(http::verb method, std::string_view target, std::string_view token, std::string body) {
  HttpRequest request{method, target, 11};
  request.set(http::field::host, "127.0.0.1");
  if (!token.empty()) request.set(http::field::authorization, "Bearer " + std::string(token));
  request.keep_alive(true);
  if (!body.empty()) request.set(http::field::content_type, "application/json");
  request.body() = std::move(body);
  request.prepare_payload();
  return request;
}

asio::awaitable<void> HttpConnection::connect(asio::ip::tcp::endpoint endpoint) {
  co_await stream_.async_connect(endpoint, asio::use_awaitable);
  stream_.socket().set_option(asio::ip::tcp::no_delay(true));
}

asio::awaitable<void> HttpConnection::exchange(const HttpRequest& request, HttpResponse& response) {
  response = {};
  co_await http::async_write(stream_, request, asio::use_awaitable);
  co_await http::async_read(stream_, buffer_, response, asio::use_awaitable);
}

void HttpConnection::close() {
  boost::system::error_code ignored;
  stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  stream_.socket().close(ignored);
}

long long first_int_after(std::string_view body, std::string_view key) {
  const auto at = body.find(key);
  if (at == std::string_view::npos) return -1;
  const char* begin = body.data() + at + key.size();
  long long value = -1;
  const auto [end, error] = std::from_chars(begin, body.data() + body.size(), value);
  return error == std::errc() && end != begin ? value : -1;
}

std::string_view first_string_after(std::string_view body, std::string_view key) {
  const auto at = body.find(key);
  if (at == std::string_view::npos) return {};
  const auto begin = at + key.size();
  const auto end = body.find('"', begin);
  return end == std::string_view::npos ? std::string_view{} : body.substr(begin, end - begin);
}

}  // namespace kezek::bench
