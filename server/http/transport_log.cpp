#include "server/http/transport_log.hpp"

#include <iostream>
#include <string>

#include <boost/asio/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>

namespace kezek::http {

void log_transport(std::string_view where, std::string_view what) {
  std::string line = "kezek-server http: ";
  line.append(where).append(": ").append(what).append("\n");
  std::clog << line << std::flush;  // one insertion, so lines from threads do not interleave
}

void log_transport(std::string_view where, const boost::system::error_code& error) {
  log_transport(where, error.message());
}

void log_if_failed(std::string_view where, const std::exception_ptr& error) {
  if (!error) return;
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    log_transport(where, e.what());
  } catch (...) {  // not a std::exception: still reported, never allowed out of io_context::run
    log_transport(where, "unknown exception");
  }
}

bool is_expected_disconnect(const boost::system::error_code& error) {
  namespace aerr = boost::asio::error;
  return error == aerr::operation_aborted || error == aerr::eof || error == aerr::connection_reset ||
         error == aerr::broken_pipe || error == aerr::not_connected || error == aerr::bad_descriptor ||
         error == boost::beast::http::error::end_of_stream || error == boost::beast::websocket::error::closed;
}

}  // namespace kezek::http
