#include "kiosk/server_replies.hpp"

namespace kezek::kiosk {

std::string unreadable(const std::exception& e) {
  return std::string("The server's answer could not be read: ") + e.what();
}

Reply to_reply(const net::HttpResult& result) {
  Reply reply;
  reply.status = result.status;
  if (result.status == 0) {
    reply.message = result.error;
    return reply;
  }
  reply.body = result.json();
  if (reply.ok()) return reply;
  try {
    reply.error = protocol::decode<protocol::Error>(reply.body);
    reply.message = reply.error->message;
    reply.extras = protocol::decode<protocol::RefusalExtras>(boost::json::value(reply.error->extra));
  } catch (const protocol::DecodeError& e) {
    // A refusal the kiosk cannot read is still a refusal: it shows why.
    reply.message = unreadable(e);
  }
  return reply;
}

}  // namespace kezek::kiosk
