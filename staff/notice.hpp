#pragma once
// Notice: the line under the buttons — what the last action did, why the
// server refused it, or that its answer could not be read — in the console's
// language, with the server's own message and the Centre's state it came with.
// Kept as data so that switching the language re-words it.

#include <optional>
#include <string>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/net/http_client.hpp"
#include "shared/protocol/decode_error.hpp"
#include "staff/staff_text.hpp"

namespace kezek::staff {

struct Notice {
  enum class Kind { none, info, error };
  Kind kind = Kind::none;
  std::optional<Msg> msg;              // the line in our words
  std::string arg;                     // fills msg's "{}"
  std::string server_message;          // the JSON error message, verbatim
  std::optional<CentreStatus> status;  // the Centre's state sent with the refusal
  // Set for an answer to a refresh (not to an action) that could not be read:
  // the next view that reads well takes the line away again.
  bool about_view = false;

  static Notice info(Msg m, std::string a = {}) { return {Kind::info, m, std::move(a), {}, {}, false}; }
  // An answer that did not decode; `what` names the field and what was wrong
  // (protocol::DecodeError's message).
  static Notice bad_reply(std::string what, bool about_view);
};

// A refusal or failure from a reply (nothing when it succeeded). The refusal's
// body is decoded as protocol::Error; one that is not says so (bad_reply).
Notice notice_from_reply(const net::HttpResult& reply, const std::string& server);

struct NoticeLines {
  std::string headline;
  std::string detail;  // "Server: ..." when it adds something; may be empty
};
NoticeLines render_notice(const Notice& notice, catalog::Lang lang, Instant now);

// A failed reply as one line ("headline — detail"), for the places that show
// why a view or an export is missing.
std::string failure_line(const net::HttpResult& reply, const std::string& server, catalog::Lang lang);

}  // namespace kezek::staff
