#include "shared/net/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

namespace kezek::net {

namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using tcp = boost::asio::ip::tcp;

json::value HttpResult::json() const {
  json::error_code ec;
  json::value v = json::parse(body, ec);
  if (ec) return nullptr;
  return v;
}

std::string HttpResult::error_message() const {
  if (status == 0) return error;
  const json::value v = json();
  if (v.is_object()) {
    if (const json::value* e = v.as_object().if_contains("error"); e && e->is_object()) {
      if (const json::value* m = e->as_object().if_contains("message"); m && m->is_string())
        return std::string(m->as_string());
    }
  }
  return "HTTP " + std::to_string(status);
}

bool split_host_port(const std::string& server, std::string& host, std::string& port) {
  const auto colon = server.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= server.size()) return false;
  host = server.substr(0, colon);
  port = server.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return true;
}

HttpClient::HttpClient(std::string server, std::string token, std::chrono::milliseconds timeout)
    : server_(std::move(server)), token_(std::move(token)), timeout_(timeout) {
  split_host_port(server_, host_, port_);
}

HttpClient::~HttpClient() { close(); }

void HttpClient::close() {
  if (stream_) {
    beast::error_code ignored;
    stream_->socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_->close();
    stream_.reset();
  }
}

bool HttpClient::connect(std::string& error) {
  if (host_.empty()) {
    error = "bad server address \"" + server_ + "\" (expected HOST:PORT)";
    return false;
  }
  beast::error_code ec;
  tcp::resolver resolver(io_);
  const auto endpoints = resolver.resolve(host_, port_, ec);
  if (ec) {
    error = "cannot resolve " + server_ + ": " + ec.message();
    return false;
  }
  stream_.emplace(io_);
  stream_->expires_after(timeout_);
  stream_->connect(endpoints, ec);
  if (ec) {
    error = "cannot connect to " + server_ + ": " + ec.message();
    stream_.reset();
    return false;
  }
  return true;
}

HttpResult HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                               const std::optional<std::string>& token_override) {
  HttpResult result;
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, host_);
  req.set(http::field::user_agent, "kezek-client");
  const std::string& token = token_override ? *token_override : token_;
  if (!token.empty()) req.set(http::field::authorization, "Bearer " + token);
  if (!body.empty()) {
    req.set(http::field::content_type, "application/json");
    req.body() = body;
  }
  req.keep_alive(true);
  req.prepare_payload();

  // A kept-alive connection may have been closed by the server meanwhile. Retry
  // once on a fresh connection, but only when the old one failed before the
  // server could have acted (write failed, or it closed without answering), so
  // that a POST is never sent twice.
  for (int attempt = 0; attempt < 2; ++attempt) {
    const bool reused = stream_.has_value();
    if (!stream_ && !connect(result.error)) return result;
    beast::error_code ec;
    stream_->expires_after(timeout_);
    http::write(*stream_, req, ec);
    bool retry = reused && ec;
    if (!ec) {
      beast::flat_buffer buffer;
      http::response<http::string_body> res;
      http::read(*stream_, buffer, res, ec);
      if (!ec) {
        result.status = res.result_int();
        result.body = std::move(res.body());
        result.content_type = std::string(res[http::field::content_type]);
        if (!res.keep_alive()) close();
        return result;
      }
      retry = reused && (ec == http::error::end_of_stream || ec == boost::asio::error::connection_reset ||
                         ec == boost::asio::error::eof);
    }
    result.error = "request to " + server_ + " failed: " + ec.message();
    close();
    if (!retry) break;
  }
  return result;
}

HttpResult HttpClient::get(const std::string& target) { return request("GET", target, {}); }
HttpResult HttpClient::post(const std::string& target, const std::string& body) {
  return request("POST", target, body);
}
HttpResult HttpClient::del(const std::string& target) { return request("DELETE", target, {}); }

}  // namespace kezek::net
