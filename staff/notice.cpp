#include "staff/notice.hpp"

#include "shared/i18n/centre_status_text.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/json_fields.hpp"
#include "shared/protocol/status.hpp"
#include "staff/centre_status_of.hpp"

namespace kezek::staff {

namespace {

using protocol::ErrorCode;

std::optional<Msg> message_for_code(ErrorCode code) {
  switch (code) {
    case ErrorCode::busy: return Msg::refused_busy;
    case ErrorCode::paused: return Msg::refused_paused;
    case ErrorCode::no_current_ticket: return Msg::refused_no_ticket;
    case ErrorCode::same_counter: return Msg::refused_same_counter;
    case ErrorCode::not_served: return Msg::refused_not_served;
    case ErrorCode::unknown_counter: return Msg::refused_unknown_counter;
    case ErrorCode::unknown_service: return Msg::refused_unknown_service;
    case ErrorCode::already_paused: return Msg::refused_already_paused;
    case ErrorCode::not_paused: return Msg::refused_not_paused;
    case ErrorCode::unauthorized:
    case ErrorCode::forbidden: return Msg::refused_token;
    case ErrorCode::bad_transfer: return Msg::refused_bad_transfer;
    default: return std::nullopt;
  }
}

}  // namespace

Notice Notice::bad_reply(std::string what, bool about_view) {
  Notice n;
  n.kind = Kind::error;
  n.msg = Msg::bad_reply;
  n.arg = std::move(what);  // names the field: "in \"ticket.status\": \"status\" is one of ..."
  n.about_view = about_view;
  return n;
}

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
  try {
    const protocol::Error error = protocol::decode<protocol::Error>(reply.json());
    n.server_message = error.message;
    // Lunch and closing refusals carry the Centre's status among the extras.
    if (auto status = protocol::fields::optional_nested<protocol::Status>(error.extra, "status"))
      n.status = centre_status_of(*status);
    n.msg = message_for_code(error.code);
    if (!n.msg && !n.status) n.msg = Msg::refused_other;
  } catch (const protocol::DecodeError& e) {
    n = Notice::bad_reply(e.what(), false);
    n.server_message = "HTTP " + std::to_string(reply.status);
  }
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

std::string failure_line(const net::HttpResult& reply, const std::string& server, catalog::Lang lang) {
  const NoticeLines lines = render_notice(notice_from_reply(reply, server), lang, Instant{});
  return lines.detail.empty() ? lines.headline : lines.headline + " — " + lines.detail;
}

}  // namespace kezek::staff
