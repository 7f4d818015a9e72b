#include "server/engine/api_reply.hpp"

namespace kezek::server {

ApiReply reply_json(unsigned status, const boost::json::value& body) {
  return ApiReply{status, boost::json::serialize(body)};
}

ApiReply reply_error(unsigned status, std::string_view code, std::string_view message,
                     boost::json::object extra) {
  boost::json::object error;
  error["code"] = code;
  error["message"] = message;
  extra["error"] = std::move(error);
  return reply_json(status, extra);
}

}  // namespace kezek::server
