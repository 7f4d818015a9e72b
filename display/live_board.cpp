#include "display/live_board.hpp"

#include <boost/json.hpp>

#include <stdexcept>

namespace kezek::display {

namespace {

std::string text_of(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::string seq_text(const boost::json::object& o) {
  const boost::json::value* v = o.if_contains("seq");
  return v != nullptr ? boost::json::serialize(*v) : std::string("?");
}

}  // namespace

void LiveBoard::on_message(const boost::json::object& message, Instant now,
                           std::chrono::steady_clock::time_point tick, std::int64_t frame) {
  const std::string type = text_of(message, "type");
  const std::string at_frame = " received at frame " + std::to_string(frame);
  if (type == "snapshot") {
    try {
      model_.board = gui::parse_board(message);
      model_.problem.clear();
      trace("snapshot seq " + std::to_string(model_.board->seq) + at_frame);
    } catch (const std::exception& e) {
      model_.problem = e.what();
      trace("snapshot refused: " + model_.problem);
    }
    return;
  }
  if (!model_.board) {
    // Only possible after a snapshot we could not read: ask for another.
    trace("event seq " + seq_text(message) + " before any board" + at_frame);
    if (hooks_.resync) hooks_.resync();
    return;
  }
  gui::BoardChange change;
  try {
    change = gui::apply_event(*model_.board, message);
  } catch (const std::exception& e) {
    // The board may be half-updated: show the problem and start again from a snapshot.
    model_.problem = e.what();
    trace("event seq " + seq_text(message) + " refused: " + model_.problem);
    if (hooks_.resync) hooks_.resync();
    return;
  }
  std::string line = "event seq " + seq_text(message) + " " + type;
  if (change.call) line += " " + change.call->number;
  trace(line + at_frame);

  using Kind = gui::BoardChange::Kind;
  if (change.kind == Kind::gap) {
    trace("gap after seq " + std::to_string(model_.board->seq) + ": resynchronising");
    if (hooks_.resync) hooks_.resync();
    return;
  }
  if ((change.kind == Kind::call || change.kind == Kind::recall) && change.call) {
    model_.flash_since = tick;
    const bool fresh = !change.at || now - *change.at <= kSpeakWithin;
    if (fresh && hooks_.announce) hooks_.announce(Announcement{change.call->number, change.call->counter});
  }
}

void LiveBoard::on_link(bool up, std::optional<std::int64_t> resumed_after, const std::string& detail,
                        std::int64_t frame) {
  if (up) {
    model_.link = Link::live;
    model_.link_problem.clear();
    trace("link up" + (resumed_after ? " resuming after seq " + std::to_string(*resumed_after) : std::string()) +
          " at frame " + std::to_string(frame));
  } else {
    model_.link = Link::reconnecting;
    // A refusal (401/403) will not pass by itself: say so where staff can read it.
    if (detail.find("(HTTP 4") != std::string::npos) model_.link_problem = detail;
    trace("link down (" + detail + ") at frame " + std::to_string(frame));
  }
}

}  // namespace kezek::display
