// Fuzzes the clients' board decoding (shared/protocol/board_state): parse_board on a
// first message, then apply_event for each following one, as the display does
// with the event WebSocket (a snapshot, then events).
//
// Input: JSON lines. The first line is the snapshot (or a bare board as GET
// /api/v1/board sends it), every further line one event. Lines that are not a
// JSON object are skipped (the feed drops them before the board sees them).
// Invariants (abort on violation):
//   - parse_board and apply_event throw nothing but std::runtime_error (their
//     documented refusal: protocol::DecodeError, protocol::ProtocolMismatch); a
//     refused event leaves the board exactly as it was; after a refusal the
//     client resynchronises, so the input ends there;
//   - a board never holds more than protocol::kBoardCalls calls;
//   - a duplicate or a gap leaves the board exactly as it was; any other event
//     moves seq on by exactly one;
//   - a call or recall puts its ticket at the top of the calls, and no ticket
//     is on the board twice after it.
#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeinfo>

#include "shared/protocol/board_state.hpp"

namespace {

using namespace kezek::protocol;
namespace json = boost::json;

[[noreturn]] void violated(const char* what, std::string_view line) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n  message: %.*s\n", what, static_cast<int>(line.size()), line.data());
  std::abort();
}

void check_board(const Board& board, std::string_view line) {
  if (board.calls.size() > kezek::protocol::kBoardCalls) violated("more than kBoardCalls calls", line);
}

std::optional<json::object> object_of(std::string_view line) {
  boost::system::error_code ec;
  json::value value = json::parse(line, ec);
  if (ec || !value.is_object()) return std::nullopt;
  return std::move(value.get_object());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::optional<Board> board;
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    rest = newline == std::string_view::npos ? std::string_view{} : rest.substr(newline + 1);
    const auto message = object_of(line);
    if (!message) continue;
    try {
      if (!board) {
        board = parse_board(*message);
        check_board(*board, line);
        continue;
      }
      const Board before = *board;
      BoardChange change;
      try {
        change = apply_event(*board, *message);
      } catch (const std::runtime_error&) {
        if (!(before == *board)) violated("a refused event changed the board", line);
        throw;
      }
      check_board(*board, line);
      using Kind = BoardChange::Kind;
      if (change.kind == Kind::duplicate || change.kind == Kind::gap) {
        if (!(before == *board)) violated("a duplicate or a gap changed the board", line);
        continue;
      }
      if (board->seq != before.seq + 1) violated("an applied event did not move seq on by one", line);
      if (change.kind == Kind::call || change.kind == Kind::recall) {
        if (!change.call || board->calls.empty() || board->calls.front().number != change.call->number)
          violated("a call that is not at the top of the board", line);
        std::size_t copies = 0;
        for (const BoardCall& c : board->calls) copies += c.number == change.call->number;
        if (copies != 1) violated("a called ticket on the board more than once", line);
      } else if (change.call) {
        violated("a change other than a call carries a call", line);
      }
    } catch (const std::runtime_error&) {
      return 0;  // refused: the client resynchronises from a fresh snapshot
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s escaped: %s\n", typeid(e).name(), e.what());
      violated("an exception other than std::runtime_error", line);
    }
  }
  return 0;
}
