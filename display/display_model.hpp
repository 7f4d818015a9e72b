#pragma once
// DisplayModel: what the wall display knows — the board as the server last
// described it, the state of the link to the server, and the newest call's
// flash. The live feed (live_board.hpp) or a demo file fills it; the view
// (display_view.hpp) reads it.
//
// Threading: UI thread only.

#include <chrono>
#include <optional>
#include <string>

#include "shared/protocol/board_state.hpp"

namespace kezek::display {

enum class Link {
  connecting,    // no answer from the server yet
  live,          // events arrive
  reconnecting,  // the link dropped; the last board stays on screen
  demo,          // a board from a file, no server
};

struct DisplayModel {
  std::optional<protocol::Board> board;  // nullopt until the first snapshot
  Link link = Link::connecting;
  std::string problem;        // a readable line in place of the ticker: data we could not read
  bool incompatible = false;  // the server speaks another protocol version (problem says which)
  std::string link_problem;   // the server refuses us (a wrong token): not a passing outage
  std::optional<std::chrono::steady_clock::time_point> flash_since;  // the newest call came in then
  bool flash_pinned = false;                                         // a demo that shows the flash at its brightest
};

}  // namespace kezek::display
