#include "display/live_board.hpp"

#include <boost/json.hpp>

#include <stdexcept>

namespace kezek::display {

void LiveBoard::on_message(const boost::json::object& message, Instant now, std::chrono::steady_clock::time_point tick,
                           std::int64_t frame) {
  const std::string at_frame = " received at frame " + std::to_string(frame);
  protocol::Frame decoded;
  try {
    decoded = protocol::decode_frame(message);
  } catch (const std::exception& e) {
    // Neither a snapshot nor an event we can read: start again from a snapshot.
    model_.problem = e.what();
    trace("message refused: " + model_.problem + at_frame);
    if (hooks_.resync) hooks_.resync();
    return;
  }
  if (auto* snapshot = std::get_if<protocol::SnapshotFrame>(&decoded)) {
    try {
      model_.board = protocol::board_of(std::move(*snapshot));
      model_.problem.clear();
      model_.incompatible = false;
      trace("snapshot seq " + std::to_string(model_.board->seq) + at_frame);
    } catch (const protocol::ProtocolMismatch& e) {
      // Another protocol version: nothing it sends can be trusted to mean what
      // we think; the ticker says why until someone updates one side.
      model_.board.reset();
      model_.incompatible = true;
      model_.problem = e.what();
      trace("snapshot refused: " + model_.problem);
    } catch (const std::exception& e) {
      model_.problem = e.what();
      trace("snapshot refused: " + model_.problem);
    }
    return;
  }
  const auto& event = std::get<protocol::EventFrame>(decoded);
  const std::string seq = std::to_string(event.seq);
  if (!model_.board) {
    // After a snapshot we could not read: ask for another — unless it was of
    // another protocol version, which asking again will not change.
    trace("event seq " + seq + " before any board" + at_frame);
    if (hooks_.resync && !model_.incompatible) hooks_.resync();
    return;
  }
  protocol::BoardChange change;
  try {
    change = protocol::apply_event(*model_.board, event);
  } catch (const std::exception& e) {
    // The board is unchanged: show the problem and start again from a snapshot.
    model_.problem = e.what();
    trace("event seq " + seq + " refused: " + model_.problem);
    if (hooks_.resync) hooks_.resync();
    return;
  }
  std::string line = "event seq " + seq + " " + event.type;
  if (change.call) line += " " + change.call->number;
  trace(line + at_frame);

  using Kind = protocol::BoardChange::Kind;
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
