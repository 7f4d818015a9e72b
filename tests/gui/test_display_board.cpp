// The board the clients keep from the event WebSocket (shared/protocol/board_state):
// a snapshot, then events in sequence order — calls and recalls move to the
// top, finished tickets stay as history, transfers leave the board, a gap in
// the numbers is reported so the client can resynchronise, a server of another
// protocol version is refused. The frames are written with shared/protocol, as
// the server writes them.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "shared/protocol/board_state.hpp"
#include "shared/protocol/event_payloads.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_gui_display_board {

namespace {

namespace json = boost::json;
using namespace kezek;
using protocol::Board;
using protocol::BoardChange;
using std::chrono::hours;

Instant at(const char* text) { return *parse_iso8601(text); }

protocol::Status status(CentreState state) {
  protocol::Status s = protocol::test::tuesday_morning_status();
  s.state = state;
  return s;
}

json::object snapshot_frame(int protocol_version = protocol::kProtocolVersion) {
  protocol::Board b;
  b.status = status(CentreState::open);
  b.seq = 10;
  b.calls.push_back({"O-001", "iin", 6, domain::TicketStatus::serving, at("2026-11-24T10:01:00+05:00"), 0});
  b.waiting.push_back({"work_visa", 'W', {"Work visa", "Рабочая виза", "Жұмыс визасы"}, 2, 4, 9});
  b.counters.push_back({1, domain::CounterPhase::idle, false, false, std::nullopt});
  b.counters.push_back({6, domain::CounterPhase::serving, false, false, "O-001"});
  return json::value_from(protocol::SnapshotFrame{10, protocol_version, b}).as_object();
}

protocol::Board snapshot() { return protocol::parse_board(snapshot_frame()); }

template <typename Payload>
json::object frame(std::int64_t seq, const char* type, const Payload& payload) {
  return json::value_from(
             protocol::EventFrame{seq, type, at("2026-11-24T10:05:00+05:00"), json::value_from(payload).as_object()})
      .as_object();
}

protocol::Ticket ticket(const char* number, domain::TicketStatus state, int recalls = 0) {
  protocol::Ticket t;
  t.id = 1;
  t.number = number;
  t.service = "work_visa_in_country";
  t.status = state;
  t.issued_at = at("2026-11-24T09:50:00+05:00");
  if (state != domain::TicketStatus::waiting) t.called_at = at("2026-11-24T10:05:00+05:00");
  t.recalls = recalls;
  t.status_token = "0123456789abcdef0123456789abcdef";
  return t;
}

json::object call(std::int64_t seq, const char* type, const char* number, int counter, int recalls = 0) {
  return frame(seq, type, protocol::TicketEvent{counter, ticket(number, domain::TicketStatus::called, recalls), false});
}

}  // namespace

TEST_CASE("display board: a snapshot gives the calls, the waiting groups in three languages and the counters") {
  const protocol::Board board = snapshot();
  CHECK(board.seq == 10);
  CHECK(board.status.state == CentreState::open);
  REQUIRE(board.status.day);
  CHECK(board.status.day->lunch_start == hours(13));
  REQUIRE(board.calls.size() == 1);
  CHECK(board.calls[0].number == "O-001");
  CHECK(board.calls[0].counter == 6);
  REQUIRE(board.waiting.size() == 1);
  CHECK(board.waiting[0].name.in(catalog::Lang::kk) == "Жұмыс визасы");
  CHECK(board.waiting[0].estimated_wait_min == 9);
  REQUIRE(board.counters.size() == 2);
  CHECK(board.counters[1].ticket == "O-001");
}

TEST_CASE("display board: calls and recalls come to the top, finishes stay as history") {
  protocol::Board board = snapshot();
  BoardChange change = protocol::apply_event(board, call(11, "ticket.called", "W-001", 1));
  CHECK(change.kind == BoardChange::Kind::call);
  REQUIRE(change.call);
  CHECK(change.call->number == "W-001");
  CHECK(change.call->counter == 1);
  CHECK(board.seq == 11);
  REQUIRE(board.calls.size() == 2);
  CHECK(board.calls[0].number == "W-001");
  CHECK(board.counters[0].phase == domain::CounterPhase::calling);

  CHECK(protocol::apply_event(board, call(12, "ticket.called", "W-002", 6)).kind == BoardChange::Kind::call);
  change = protocol::apply_event(board, call(13, "ticket.recalled", "W-001", 1, 1));
  CHECK(change.kind == BoardChange::Kind::recall);
  REQUIRE(board.calls.size() == 3);  // moved, not copied
  CHECK(board.calls[0].number == "W-001");
  CHECK(board.calls[0].recalls == 1);

  change = protocol::apply_event(
      board,
      frame(14, "ticket.finished", protocol::TicketEvent{6, ticket("W-002", domain::TicketStatus::done), false}));
  CHECK(change.kind == BoardChange::Kind::updated);
  CHECK(board.calls[1].number == "W-002");
  CHECK(board.calls[1].status == domain::TicketStatus::done);
  CHECK(board.counters[1].phase == domain::CounterPhase::idle);
  CHECK_FALSE(board.counters[1].ticket);

  protocol::apply_event(board, frame(15, "ticket.transferred",
                                     protocol::TicketEvent{1, ticket("W-001", domain::TicketStatus::waiting), false}));
  CHECK(board.calls[0].number == "W-002");  // back in line: off the board

  protocol::apply_event(board, frame(16, "counter.paused", protocol::CounterEvent{6, true}));
  CHECK(board.counters[1].paused);
  protocol::apply_event(board, frame(17, "waiting", protocol::WaitingEvent{}));
  CHECK(board.waiting.empty());
  protocol::apply_event(board, frame(18, "centre.status", protocol::CentreStatusEvent{status(CentreState::lunch)}));
  CHECK(board.status.state == CentreState::lunch);
  protocol::apply_event(board, frame(19, "day.started", protocol::DayStarted{*parse_date("2026-11-25")}));
  CHECK(board.calls.empty());
  CHECK(board.seq == 19);
}

TEST_CASE("display board: duplicates are skipped, a gap is reported, bad events are refused readably") {
  protocol::Board board = snapshot();
  CHECK(protocol::apply_event(board, call(10, "ticket.called", "W-001", 1)).kind == BoardChange::Kind::duplicate);
  CHECK(protocol::apply_event(board, call(13, "ticket.called", "W-001", 1)).kind == BoardChange::Kind::gap);
  CHECK(board.seq == 10);
  CHECK(board.calls.size() == 1);
  CHECK(protocol::apply_event(board, frame(11, "ticket.issued", protocol::DayStarted{})).kind ==
        BoardChange::Kind::ignored);
  CHECK(board.seq == 11);

  // A call without its ticket: refused by name, and the board is as it was.
  json::object bad = call(12, "ticket.called", "W-009", 1);
  bad.erase("ticket");
  CHECK_THROWS_WITH(protocol::apply_event(board, bad), doctest::Contains("\"ticket\" is required"));
  CHECK(board.seq == 11);
  CHECK(board.calls.size() == 1);
  CHECK_THROWS_WITH(
      protocol::parse_board(json::parse(R"({"type":"snapshot","seq":1,"board":{"calls":"none"}})").as_object()),
      doctest::Contains("\"status\" is required"));
}

TEST_CASE("display board: a server of another protocol version is refused with both numbers named") {
  try {
    (void)protocol::parse_board(snapshot_frame(protocol::kProtocolVersion + 1));
    FAIL("a snapshot of another protocol version was accepted");
  } catch (const protocol::ProtocolMismatch& e) {
    CHECK(e.server_version() == protocol::kProtocolVersion + 1);
    CHECK(std::string(e.what()).find("protocol " + std::to_string(protocol::kProtocolVersion + 1)) !=
          std::string::npos);
  }
  // A snapshot without "protocol" comes from a version-1 server.
  json::object old = snapshot_frame();
  old.erase("protocol");
  CHECK(protocol::parse_board(old).seq == 10);
}

}  // namespace kezek_gui_display_board
