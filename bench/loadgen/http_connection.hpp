#pragma once
// One keep-alive HTTP/1.1 connection for the load generator, driven by C++20
// coroutines: write a request, read its answer, again. Errors throw (a broken
// connection ends that connection's run and is reported).
//
// Threading: one coroutine at a time per connection, on its executor.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>

namespace kezek::bench {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

// A request ready to send again and again: keep-alive, the token, a JSON body.
HttpRequest make_request(boost::beast::http::verb method, std::string_view target, std::string_view token,
                         std::string body = {});

class HttpConnection {
 public:
  explicit HttpConnection(boost::asio::any_io_executor executor) : stream_(std::move(executor)) {}

  boost::asio::awaitable<void> connect(boost::asio::ip::tcp::endpoint endpoint);
  // Sends `request` and reads the whole answer into `response` (cleared first).
  boost::asio::awaitable<void> exchange(const HttpRequest& request, HttpResponse& response);
  void close();

 private:
  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
};

// Cheap field readers for the server's compact JSON (no spaces): the integer
// after the first `"id":`, the string after the first `"number":"`. -1 / ""
// when absent. The load generator reads tens of thousands of answers a second
// on the same cores as the server, so it does not parse whole documents.
long long first_int_after(std::string_view body, std::string_view key);
std::string_view first_string_after(std::string_view body, std::string_view key);

}  // namespace kezek::bench
