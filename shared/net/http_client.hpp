#pragma once
// HttpClient: a small blocking HTTP/1.1 client over one keep-alive connection,
// with a timeout on every operation. The GUI programs use it from their network
// thread (never the UI thread); the end-to-end tests use it to drive the server.
//
// Threading: one thread at a time per instance.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace kezek::net {

struct HttpResult {
  unsigned status = 0;  // 0 when the server could not be reached
  std::string body;
  std::string content_type;
  std::string error;  // transport error, when status == 0

  bool ok() const { return status >= 200 && status < 300; }
  // The body as JSON (null when it is not JSON).
  boost::json::value json() const;
  // The error message of a {"error": {"message": ...}} body, or the transport error.
  std::string error_message() const;
};

class HttpClient {
 public:
  // `server` is "HOST:PORT".
  explicit HttpClient(std::string server, std::string token = {},
                      std::chrono::milliseconds timeout = std::chrono::seconds(5));
  ~HttpClient();

  HttpResult get(const std::string& target);
  HttpResult post(const std::string& target, const std::string& json_body = {});
  HttpResult del(const std::string& target);
  HttpResult request(const std::string& method, const std::string& target, const std::string& body,
                     const std::optional<std::string>& token_override = std::nullopt);

  void set_token(std::string token) { token_ = std::move(token); }
  const std::string& server() const { return server_; }

 private:
  bool connect(std::string& error);
  void close();

  std::string server_;
  std::string host_, port_;
  std::string token_;
  std::chrono::milliseconds timeout_;
  boost::asio::io_context io_;
  std::optional<boost::beast::tcp_stream> stream_;
};

// "HOST:PORT" → host and port; false when malformed.
bool split_host_port(const std::string& server, std::string& host, std::string& port);

}  // namespace kezek::net
