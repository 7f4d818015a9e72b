#include "server/engine/api_reply.hpp"

#include <stdexcept>

namespace kezek::server {

ApiReply reply_json(unsigned status, const boost::json::value& body) {
  return ApiReply{status, boost::json::serialize(body)};
}

ApiReply reply_error(unsigned status, protocol::ErrorCode code, std::string_view message,
                     const protocol::RefusalExtras& extra) {
  boost::json::value members = boost::json::value_from(extra);
  return reply_message(status, protocol::Error{code, std::string(message), std::move(members.as_object())});
}

ApiReply reply_error(unsigned status, std::string_view code, std::string_view message,
                     const protocol::RefusalExtras& extra) {
  const auto known = protocol::parse_error_code(code);
  if (!known) throw std::logic_error("reply_error: \"" + std::string(code) + "\" is not in protocol::kAllErrorCodes");
  return reply_error(status, *known, message, extra);
}

}  // namespace kezek::server
