#include "shared/protocol/board_state.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "shared/protocol/event_payloads.hpp"
#include "shared/protocol/version.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using domain::CounterPhase;

namespace {

BoardCounter* find_counter(Board& board, int number) {
  for (BoardCounter& c : board.counters)
    if (c.number == number) return &c;
  return nullptr;
}

BoardCall* find_call(Board& board, const std::string& number) {
  for (BoardCall& c : board.calls)
    if (c.number == number) return &c;
  return nullptr;
}

void remove_call(Board& board, const std::string& number) {
  std::erase_if(board.calls, [&](const BoardCall& c) { return c.number == number; });
}

void set_counter(Board& board, std::optional<int> number, CounterPhase phase, std::optional<std::string> ticket) {
  if (!number) return;
  if (BoardCounter* counter = find_counter(board, *number)) {
    counter->phase = phase;
    counter->ticket = std::move(ticket);
  }
}

// A ticket event as the board shows a call: to the event's counter, called at
// the ticket's last call (or the event's moment if the ticket has none).
BoardCall call_of(const TicketEvent& e, Instant at) {
  BoardCall call;
  call.number = e.ticket.number;
  call.service = e.ticket.service;
  call.counter = e.counter.value_or(e.ticket.counter.value_or(0));
  call.status = e.ticket.status;
  call.called_at = e.ticket.called_at.value_or(at);
  call.recalls = e.ticket.recalls;
  return call;
}

}  // namespace

ProtocolMismatch::ProtocolMismatch(int server_version)
    : std::runtime_error("the server speaks protocol " + std::to_string(server_version) +
                         "; this program understands protocol " + std::to_string(kProtocolVersion) +
                         ": update the one that is older"),
      server_version_(server_version) {}

namespace {

// The server sends at most kBoardCalls; a board never shows more.
Board trimmed(Board board) {
  if (board.calls.size() > kBoardCalls) board.calls.resize(kBoardCalls);
  return board;
}

}  // namespace

Board board_of(SnapshotFrame frame) {
  if (!compatible(frame.protocol)) throw ProtocolMismatch(frame.protocol);
  frame.board.seq = frame.seq;
  return trimmed(std::move(frame.board));
}

Board parse_board(const json::object& message) {
  if (!message.contains("type")) return trimmed(decode<Board>(message));
  return board_of(decode<SnapshotFrame>(message));
}

BoardChange apply_event(Board& board, const json::object& event) {
  return apply_event(board, decode<EventFrame>(event));
}

BoardChange apply_event(Board& board, const EventFrame& frame) {
  BoardChange change;
  if (frame.seq <= board.seq) {
    change.kind = BoardChange::Kind::duplicate;
    return change;
  }
  if (frame.seq > board.seq + 1) {
    change.kind = BoardChange::Kind::gap;
    return change;
  }
  // Decode first, change after: a bad payload leaves the board as it was.
  const std::string& type = frame.type;
  change.at = frame.at;
  if (type == "ticket.called" || type == "ticket.recalled") {
    BoardCall call = call_of(decode_payload<TicketEvent>(frame.payload), frame.at);
    remove_call(board, call.number);
    board.calls.insert(board.calls.begin(), call);
    if (board.calls.size() > kBoardCalls) board.calls.resize(kBoardCalls);
    set_counter(board, call.counter, CounterPhase::calling, call.number);
    change.kind = type == "ticket.called" ? BoardChange::Kind::call : BoardChange::Kind::recall;
    change.call = std::move(call);
  } else if (type == "ticket.started" || type == "ticket.finished" || type == "ticket.no_show") {
    const auto e = decode_payload<TicketEvent>(frame.payload);
    if (BoardCall* shown = find_call(board, e.ticket.number)) shown->status = e.ticket.status;
    const bool serving = type == "ticket.started";
    set_counter(board, e.counter, serving ? CounterPhase::serving : CounterPhase::idle,
                serving ? std::optional<std::string>(e.ticket.number) : std::nullopt);
    change.kind = BoardChange::Kind::updated;
  } else if (type == "ticket.transferred") {
    // Back in line: no longer called to any counter, so off the board.
    const auto e = decode_payload<TicketEvent>(frame.payload);
    remove_call(board, e.ticket.number);
    set_counter(board, e.counter, CounterPhase::idle, std::nullopt);
    change.kind = BoardChange::Kind::updated;
  } else if (type == "counter.paused" || type == "counter.resumed") {
    const auto e = decode_payload<CounterEvent>(frame.payload);
    if (BoardCounter* counter = find_counter(board, e.counter)) counter->paused = e.paused;
    change.kind = BoardChange::Kind::updated;
  } else if (type == "waiting") {
    board.waiting = decode_payload<WaitingEvent>(frame.payload).waiting;
    change.kind = BoardChange::Kind::updated;
  } else if (type == "centre.status") {
    board.status = decode_payload<CentreStatusEvent>(frame.payload).status;
    change.kind = BoardChange::Kind::updated;
  } else if (type == "day.started") {
    decode_payload<DayStarted>(frame.payload);
    // A new day: yesterday's calls are no longer anyone's business, and every
    // counter starts it idle and not paused (shared/domain/day_end.hpp).
    board.calls.clear();
    for (BoardCounter& c : board.counters) {
      c.phase = CounterPhase::idle;
      c.ticket.reset();
      c.paused = false;
    }
    change.kind = BoardChange::Kind::updated;
  }
  board.seq = frame.seq;
  return change;
}

}  // namespace kezek::protocol
