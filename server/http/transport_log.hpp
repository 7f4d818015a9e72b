#pragma once
// Where the transport reports what went wrong. Expected endings (a client closing, a
// cancelled operation on shutdown) are filtered out by the callers, not here.
// Threading: any thread; each call writes one whole line to stderr.

#include <exception>
#include <string_view>

#include <boost/system/error_code.hpp>

namespace kezek::http {

void log_transport(std::string_view where, std::string_view what);
void log_transport(std::string_view where, const boost::system::error_code& error);
// For co_spawn completion handlers: logs the exception held by `error`, if any.
void log_if_failed(std::string_view where, const std::exception_ptr& error);

// True for the errors that mean "the peer went away" or "we cancelled": not worth a line.
bool is_expected_disconnect(const boost::system::error_code& error);

}  // namespace kezek::http
