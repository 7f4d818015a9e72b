#pragma once
// Notice: the line under the buttons — what the last action did, or why the
// server refused it, in the console's language, with the server's own message
// and the Centre's state it came with. Kept as data so that switching the
// language re-words it.

#include <optional>
#include <string>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/net/http_client.hpp"
#include "staff/staff_text.hpp"

namespace kezek::staff {

struct Notice {
  enum class Kind { none, info, error };
  Kind kind = Kind::none;
  std::optional<Msg> msg;               // the line in our words
  std::string arg;                      // fills msg's "{}"
  std::string server_message;           // the JSON error message, verbatim
  std::optional<CentreStatus> status;   // the Centre's state sent with the refusal

  static Notice info(Msg m, std::string a = {}) { return {Kind::info, m, std::move(a), {}, {}}; }
};

// A refusal or failure from a reply (nothing when it succeeded).
Notice notice_from_reply(const net::HttpResult& reply, const std::string& server);

struct NoticeLines {
  std::string headline;
  std::string detail;  // "Server: ..." when it adds something; may be empty
};
NoticeLines render_notice(const Notice& notice, catalog::Lang lang, Instant now);

}  // namespace kezek::staff
