#include "kiosk/status_answer.hpp"

#include "kiosk/server_replies.hpp"
#include "shared/protocol/version_member.hpp"

namespace kezek::kiosk {

void take_status_answer(Connection& c, const boost::json::value& body) {
  try {
    c.server_protocol = protocol::decode<protocol::VersionMember>(body).protocol;
    c.status_problem.clear();
    if (c.speaks_server_protocol()) c.status = protocol::decode<protocol::StatusReply>(body).status;
  } catch (const protocol::DecodeError& e) {
    c.status_problem = unreadable(e);
  }
}

}  // namespace kezek::kiosk
