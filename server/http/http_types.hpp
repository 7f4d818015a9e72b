#pragma once
// The message types every part of the transport speaks: a request with its whole body in
// a string, a response the same. Kept apart so json_error and RequestHandler share them
// without including each other.

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace kezek::http {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

}  // namespace kezek::http
