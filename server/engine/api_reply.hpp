#pragma once
// ApiReply: what a command answers — an HTTP status and a JSON body. Built on the
// engine thread, sent by the HTTP session after the command's commit.

#include <boost/json.hpp>

#include <string>
#include <string_view>

namespace kezek::server {

struct ApiReply {
  unsigned status = 200;
  std::string body;  // JSON text; empty for 204
  std::string content_type = "application/json";
};

ApiReply reply_json(unsigned status, const boost::json::value& body);

// {"error": {"code": code, "message": message}} plus any `extra` members at the
// top level (e.g. "until", "offer") so clients can act on the refusal.
ApiReply reply_error(unsigned status, std::string_view code, std::string_view message,
                     boost::json::object extra = {});

inline ApiReply reply_no_content() { return ApiReply{204, {}}; }

}  // namespace kezek::server
