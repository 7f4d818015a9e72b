#pragma once
// The server's public board (who is called to which counter, how many wait per
// service group, the counters' phases, the Centre's status) as the clients keep
// it: a Board built from the event WebSocket — a snapshot first, then one event
// at a time in sequence order (docs/api.md, "Events"). Decoding is the message
// files' (board, event_frame, event_payloads); this file only folds events into
// the board. Pure: JSON in, state and a short account of what changed out; no
// I/O, no clock, no GUI (the wall display and the fuzzers use it).
//
// Threading: a plain value; whoever owns it (the UI thread) uses it alone.

#include <boost/json/object.hpp>

#include <optional>
#include <stdexcept>
#include <string>

#include "shared/protocol/board.hpp"
#include "shared/protocol/event_frame.hpp"

namespace kezek::protocol {

// What one event did to the board.
struct BoardChange {
  enum class Kind {
    ignored,    // an event the board does not show (ticket.issued, appointment.*)
    duplicate,  // seq at or below the board's: already folded in
    gap,        // seq beyond the next one: events were missed, resynchronise
    call,       // ticket.called: `call` is the new newest call
    recall,     // ticket.recalled: `call` called again
    updated,    // anything else the board shows changed
  };
  Kind kind = Kind::ignored;
  std::optional<BoardCall> call;
  std::optional<Instant> at;  // when the server made the change
};

// A server that speaks another protocol version than this client: what the
// screen says (in English; the server's number and ours).
class ProtocolMismatch : public std::runtime_error {
 public:
  explicit ProtocolMismatch(int server_version);
  int server_version() const { return server_version_; }

 private:
  int server_version_;
};

// The board of a decoded snapshot frame; ProtocolMismatch when its version is
// not ours.
Board board_of(SnapshotFrame frame);

// The board inside a snapshot frame {"type":"snapshot","seq","protocol","board"}
// (ProtocolMismatch when the version is not ours) or a bare board object
// (GET /api/v1/board). Throws protocol::DecodeError naming the field when the
// JSON does not have the board's shape.
Board parse_board(const boost::json::object& message);

// Folds one event frame into `board` (its seq must follow the board's).
// Throws protocol::DecodeError when a shown event lacks a member it needs; the
// board is then unchanged.
BoardChange apply_event(Board& board, const EventFrame& frame);
BoardChange apply_event(Board& board, const boost::json::object& event);

}  // namespace kezek::protocol
