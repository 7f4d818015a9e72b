#include "staff/notice.hpp"

#include "shared/i18n/centre_status_text.hpp"
#include "staff/json_read.hpp"

namespace kezek::staff {

namespace {

std::optional<Msg> message_for_code(const std::string& code) {
  if (code == "busy") return Msg::refused_busy;
  if (code == "paused") return Msg::refused_paused;
  if (code == "no_current_ticket") return Msg::refused_no_ticket;
  if (code == "same_counter") return Msg::refused_same_counter;
  if (code == "not_served") return Msg::refused_not_served;
  if (code == "unknown_counter") return Msg::refused_unknown_counter;
  if (code == "unknown_service") return Msg::refused_unknown_service;
  if (code == "already_paused") return Msg::refused_already_paused;
  if (code == "not_paused") return Msg::refused_not_paused;
  if (code == "unauthorized" || code == "forbidden") return Msg::refused_token;
  if (code == "bad_transfer") return Msg::refused_bad_transfer;
  return std::nullopt;
}

}  // namespace

Notice notice_from_reply(const net::HttpResult& reply, const std::string& server) {
  Notice n;
  if (reply.ok()) return n;
  n.kind = Notice::Kind::error;
  if (reply.status == 0) {
    n.msg = Msg::unreachable;
    n.arg = server;
    n.server_message = reply.error;
    return n;
  }
  n.server_message = reply.error_message();
  std::string code;
  const boost::json::value body = reply.json();
  if (body.is_object()) {
    if (const auto* error = json_read::object(body.as_object(), "error")) code = json_read::str(*error, "code");
    n.status = json_read::centre_status(json_read::object(body.as_object(), "status"));
  }
  n.msg = message_for_code(code);
  if (!n.msg && !n.status) n.msg = Msg::refused_other;
  return n;
}

NoticeLines render_notice(const Notice& notice, catalog::Lang lang, Instant now) {
  NoticeLines lines;
  if (notice.kind == Notice::Kind::none) return lines;
  if (notice.msg) lines.headline = trf(*notice.msg, lang, {notice.arg});
  if (notice.status) {
    // Lunch and closing refusals: the Centre's state says it best.
    const std::string state = i18n::describe_status(*notice.status, now, lang);
    lines.headline = lines.headline.empty() ? state : lines.headline + " · " + state;
  }
  if (!notice.server_message.empty()) lines.detail = trf(Msg::server_says, lang, {notice.server_message});
  return lines;
}

}  // namespace kezek::staff
