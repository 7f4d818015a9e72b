#pragma once
// The WebSocket's text frames (docs/api.md "Events"):
//   SnapshotFrame: {"type": "snapshot", "seq": N, "protocol": P, "board": {...}}
//   EventFrame:    {...payload, "seq": N, "type": "ticket.called", "at": "..."}
// An event's payload members depend on its type ("ticket", "counter", "code",
// "status", "waiting", "day", "paused", "automatic", "appointment") and are kept
// as JSON here; the families above decode them (e.g. value_to<Ticket> of
// payload["ticket"]). Payload members come first, then seq, type and at.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <string>
#include <variant>

#include "shared/protocol/board.hpp"
#include "shared/protocol/version.hpp"

namespace kezek::protocol {

struct SnapshotFrame {
  std::int64_t seq = 0;
  int protocol = kProtocolVersion;  // absent on the wire = 1
  Board board;
  bool operator==(const SnapshotFrame&) const = default;
};

struct EventFrame {
  std::int64_t seq = 0;
  std::string type;
  Instant at{};
  boost::json::object payload;
  bool operator==(const EventFrame&) const = default;
};

using Frame = std::variant<SnapshotFrame, EventFrame>;

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const SnapshotFrame& f);
SnapshotFrame tag_invoke(boost::json::value_to_tag<SnapshotFrame>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const EventFrame& f);
EventFrame tag_invoke(boost::json::value_to_tag<EventFrame>, const boost::json::value& jv);

// Either kind, by "type". Throws DecodeError like the rest.
Frame decode_frame(const boost::json::value& jv);

}  // namespace kezek::protocol
