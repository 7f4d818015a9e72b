#include "staff/console_data.hpp"

#include "shared/protocol/json_fields.hpp"
#include "shared/protocol/status_at.hpp"
#include "shared/protocol/version.hpp"
#include "shared/protocol/version_member.hpp"

namespace kezek::staff {

namespace {

std::string bad_reply_line(const protocol::DecodeError& e, catalog::Lang lang) {
  return trf(Msg::bad_reply, lang, {e.what()});
}

// The server turned out to speak another protocol: nothing it said before is
// to be shown or acted on either.
void heard_version(ConsoleData& data, int version) {
  data.server_protocol = version;
  if (protocol::compatible(version)) return;
  data.counter.reset();
  data.board.reset();
  data.report.reset();
  data.status.reset();
  data.counter_error.clear();
  data.supervisor_error.clear();
  data.notice = {};
}

}  // namespace

bool understands_server(const ConsoleData& data) {
  return !data.server_protocol || protocol::compatible(*data.server_protocol);
}

std::string protocol_line(const ConsoleData& data, catalog::Lang lang) {
  if (understands_server(data)) return {};
  return trf(Msg::protocol_mismatch, lang,
             {std::to_string(*data.server_protocol), std::to_string(protocol::kProtocolVersion)});
}

std::optional<CentreStatus> centre_at(const ConsoleData& data, Instant now) {
  if (!data.status) return std::nullopt;
  return protocol::centre_status_at(*data.status, now);
}

bool status_ran_out(const ConsoleData& data, Instant now) { return data.status && data.status->until <= now; }

std::optional<std::pair<int, int>> opening_minutes(const ConsoleData& data) {
  if (!data.status || !data.status->day) return std::nullopt;
  const protocol::StatusDay& day = *data.status->day;
  return std::pair{static_cast<int>(day.open.count()), static_cast<int>(day.close.count())};
}

void heard_status(ConsoleData& data, const protocol::Status& status) {
  // Replies may overtake one another: an older word never replaces a newer one.
  if (data.status && data.status->now > status.now) return;
  data.status = status;
}

void take_status_reply(ConsoleData& data, const net::HttpResult& reply) {
  // A failure here needs no line of its own: the counter view and the
  // connection line say the same, and the next poll asks again.
  if (!reply.ok()) return;
  try {
    const boost::json::value body = reply.json();
    // The version first, on its own: another version's status may not decode.
    heard_version(data, protocol::decode<protocol::VersionMember>(body).protocol);
    if (!understands_server(data)) return;
    heard_status(data, protocol::decode<protocol::StatusReply>(body).status);
  } catch (const protocol::DecodeError& e) {
    data.notice = Notice::bad_reply(e.what(), true);
  }
}

void take_counter_view(ConsoleData& data, const net::HttpResult& reply, const std::string& server, catalog::Lang lang) {
  if (!understands_server(data)) return;
  if (!reply.ok()) {
    data.counter_error = failure_line(reply, server, lang);
    // A refused token or an unknown counter is not a stale view: show why.
    if (reply.status != 0) data.counter.reset();
    return;
  }
  try {
    protocol::CounterView view = protocol::decode<protocol::CounterView>(reply.json());
    heard_status(data, view.status);
    data.counter = std::move(view);
    data.counter_error.clear();
    if (data.notice.about_view) data.notice = {};
  } catch (const protocol::DecodeError& e) {
    // The previous view stays; the line says what was wrong with this one.
    data.counter_error = bad_reply_line(e, lang);
    data.notice = Notice::bad_reply(e.what(), true);
  }
}

void take_action_reply(ConsoleData& data, Action action, const net::HttpResult& reply, const std::string& server) {
  if (!understands_server(data)) return;
  if (reply.status == 204) {
    data.notice = Notice::info(Msg::nobody_waiting);
    return;
  }
  data.notice = notice_from_reply(reply, server);
  if (!reply.ok()) return;
  try {
    if (action == Action::pause || action == Action::resume) {
      protocol::CounterView view = protocol::decode<protocol::CounterView>(reply.json());
      heard_status(data, view.status);
      data.counter = std::move(view);
    } else {
      // The called (or moved) ticket: the view that follows shows it; read it
      // all the same, so an answer this console cannot read is said.
      protocol::decode<protocol::CounterActionReply>(reply.json());
    }
  } catch (const protocol::DecodeError& e) {
    data.notice = Notice::bad_reply(e.what(), false);
  }
}

std::string take_board(ConsoleData& data, const net::HttpResult& reply, const std::string& server, catalog::Lang lang) {
  if (!understands_server(data)) return {};
  if (!reply.ok()) return failure_line(reply, server, lang);
  try {
    protocol::Board board = protocol::decode<protocol::Board>(reply.json());
    heard_status(data, board.status);
    data.board = std::move(board);
    return {};
  } catch (const protocol::DecodeError& e) {
    return bad_reply_line(e, lang);
  }
}

std::string take_report(ConsoleData& data, const net::HttpResult& reply, const std::string& server,
                        catalog::Lang lang) {
  if (!understands_server(data)) return {};
  if (!reply.ok()) return failure_line(reply, server, lang);
  try {
    data.report = report_view(protocol::decode<protocol::Report>(reply.json()));
    return {};
  } catch (const protocol::DecodeError& e) {
    return bad_reply_line(e, lang);
  }
}

void take_frame(ConsoleData& data, const protocol::Frame& frame) {
  if (const auto* snapshot = std::get_if<protocol::SnapshotFrame>(&frame)) {
    heard_version(data, snapshot->protocol);
    if (understands_server(data)) heard_status(data, snapshot->board.status);
    return;
  }
  const auto& event = std::get<protocol::EventFrame>(frame);
  if (!understands_server(data) || event.type != "centre.status") return;
  try {
    if (auto status = protocol::fields::optional_nested<protocol::Status>(event.payload, "status"))
      heard_status(data, *status);
  } catch (const protocol::DecodeError&) {
    // The refresh this event starts reads the status again, and says what is wrong.
  }
}

}  // namespace kezek::staff
