#pragma once
// BoardState: the server's public board (who is called to which counter, how
// many wait per service group, the counters' phases) as the clients keep it,
// built from the event WebSocket: a snapshot first, then one event at a time in
// sequence order (docs/api.md, "Events"). Pure: JSON in, state and a short
// account of what changed out; no I/O, no clock.
//
// Threading: a plain value; whoever owns it (the UI thread) uses it alone.

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/lang.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::gui {

struct BoardCall {
  std::string number;   // "W-017"
  int counter = 0;
  std::string service;  // catalog id
  std::string status;   // "called", "serving", "done", "no_show"
  Instant called_at{};  // of the last call (a recall moves it)
  int recalls = 0;
};

struct BoardGroup {
  std::string id;
  std::string letter;                // "W"
  std::string name_en, name_ru, name_kk;
  int count = 0;                     // tickets waiting
  int longest_wait_min = 0;
  int estimated_wait_min = 0;        // for someone taking a ticket now

  const std::string& name(catalog::Lang lang) const;
};

struct BoardCounter {
  int number = 0;
  std::string phase;   // "idle", "calling", "serving"
  bool paused = false;
  bool manager = false;
  std::string ticket;  // the current ticket's number, or ""
};

struct BoardState {
  std::int64_t seq = 0;            // the last event folded in
  std::string centre_state;        // "open", "lunch", "closed" as the server last said
  std::vector<BoardCall> calls;    // newest first, at most kMaxCalls
  std::vector<BoardGroup> waiting; // in catalog order
  std::vector<BoardCounter> counters;

  static constexpr std::size_t kMaxCalls = 12;
};

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

// The board inside a snapshot message {"type":"snapshot","seq",...,"board":{...}}
// or a bare board object (GET /api/v1/board). Throws std::runtime_error with a
// readable message when the JSON does not have the board's shape.
BoardState parse_board(const boost::json::object& message);

// Folds one event message into `board` (its seq must follow the board's).
// Throws std::runtime_error when a shown event lacks a member it needs.
BoardChange apply_event(BoardState& board, const boost::json::object& event);

}  // namespace kezek::gui
