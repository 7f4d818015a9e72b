// The board the clients keep from the event WebSocket (shared/gui/board_state):
// a snapshot, then events in sequence order — calls and recalls move to the
// top, finished tickets stay as history, transfers leave the board, a gap in
// the numbers is reported so the client can resynchronise.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "shared/gui/board_state.hpp"

namespace {

namespace json = boost::json;
using kezek::gui::BoardChange;
using kezek::gui::BoardState;

json::object parse(const char* text) { return json::parse(text).as_object(); }

BoardState snapshot() {
  return kezek::gui::parse_board(parse(R"({"type":"snapshot","seq":10,"board":{
    "status":{"state":"open"},"seq":10,
    "calls":[{"number":"O-001","counter":6,"service":"iin","status":"serving",
              "called_at":"2026-11-24T10:01:00+05:00","recalls":0}],
    "waiting":[{"group":"work_visa","letter":"W","name":{"en":"Work visa","ru":"Рабочая виза","kk":"Жұмыс визасы"},
                "count":2,"longest_wait_min":4,"estimated_wait_min":9}],
    "counters":[{"number":1,"phase":"idle","paused":false,"manager":false},
                {"number":6,"phase":"serving","paused":false,"manager":false,"ticket":"O-001"}]}})"));
}

std::string call_event(int seq, const char* type, const char* number, int counter, int recalls = 0) {
  return std::string(R"({"seq":)") + std::to_string(seq) + R"(,"type":")" + type +
         R"(","at":"2026-11-24T10:05:00+05:00","counter":)" + std::to_string(counter) + R"(,"ticket":{"number":")" +
         number + R"(","service":"work_visa_in_country","status":"called","called_at":"2026-11-24T10:05:00+05:00","recalls":)" +
         std::to_string(recalls) + "}}";
}

}  // namespace

TEST_CASE("display board: a snapshot gives the calls, the waiting groups in three languages and the counters") {
  const BoardState board = snapshot();
  CHECK(board.seq == 10);
  CHECK(board.centre_state == "open");
  REQUIRE(board.calls.size() == 1);
  CHECK(board.calls[0].number == "O-001");
  CHECK(board.calls[0].counter == 6);
  REQUIRE(board.waiting.size() == 1);
  CHECK(board.waiting[0].name(kezek::catalog::Lang::kk) == "Жұмыс визасы");
  CHECK(board.waiting[0].estimated_wait_min == 9);
  REQUIRE(board.counters.size() == 2);
  CHECK(board.counters[1].ticket == "O-001");
}

TEST_CASE("display board: calls and recalls come to the top, finishes stay as history") {
  BoardState board = snapshot();
  BoardChange change = kezek::gui::apply_event(board, parse(call_event(11, "ticket.called", "W-001", 1).c_str()));
  CHECK(change.kind == BoardChange::Kind::call);
  REQUIRE(change.call);
  CHECK(change.call->number == "W-001");
  CHECK(board.seq == 11);
  REQUIRE(board.calls.size() == 2);
  CHECK(board.calls[0].number == "W-001");
  CHECK(board.counters[0].phase == "calling");

  CHECK(kezek::gui::apply_event(board, parse(call_event(12, "ticket.called", "W-002", 6).c_str())).kind ==
        BoardChange::Kind::call);
  change = kezek::gui::apply_event(board, parse(call_event(13, "ticket.recalled", "W-001", 1, 1).c_str()));
  CHECK(change.kind == BoardChange::Kind::recall);
  REQUIRE(board.calls.size() == 3);  // moved, not copied
  CHECK(board.calls[0].number == "W-001");
  CHECK(board.calls[0].recalls == 1);

  change = kezek::gui::apply_event(board, parse(R"({"seq":14,"type":"ticket.finished","counter":6,
      "ticket":{"number":"W-002","status":"done"}})"));
  CHECK(change.kind == BoardChange::Kind::updated);
  CHECK(board.calls[1].number == "W-002");
  CHECK(board.calls[1].status == "done");
  CHECK(board.counters[1].phase == "idle");
  CHECK(board.counters[1].ticket.empty());

  kezek::gui::apply_event(board, parse(R"({"seq":15,"type":"ticket.transferred","counter":1,
      "ticket":{"number":"W-001","status":"waiting"}})"));
  CHECK(board.calls[0].number == "W-002");  // back in line: off the board

  kezek::gui::apply_event(board, parse(R"({"seq":16,"type":"waiting","waiting":[]})"));
  CHECK(board.waiting.empty());
  kezek::gui::apply_event(board, parse(R"({"seq":17,"type":"centre.status","status":{"state":"lunch"}})"));
  CHECK(board.centre_state == "lunch");
  kezek::gui::apply_event(board, parse(R"({"seq":18,"type":"day.started","day":"2026-11-25"})"));
  CHECK(board.calls.empty());
  CHECK(board.seq == 18);
}

TEST_CASE("display board: duplicates are skipped, a gap is reported, bad events are refused readably") {
  BoardState board = snapshot();
  CHECK(kezek::gui::apply_event(board, parse(call_event(10, "ticket.called", "W-001", 1).c_str())).kind ==
        BoardChange::Kind::duplicate);
  CHECK(kezek::gui::apply_event(board, parse(call_event(13, "ticket.called", "W-001", 1).c_str())).kind ==
        BoardChange::Kind::gap);
  CHECK(board.seq == 10);
  CHECK(board.calls.size() == 1);
  CHECK(kezek::gui::apply_event(board, parse(R"({"seq":11,"type":"ticket.issued","ticket":{}})")).kind ==
        BoardChange::Kind::ignored);
  CHECK_THROWS_WITH(kezek::gui::apply_event(board, parse(R"({"seq":12,"type":"ticket.called","counter":1})")),
                    doctest::Contains("has no \"ticket\""));
  CHECK_THROWS_WITH(kezek::gui::parse_board(parse(R"({"board":{"calls":"none"}})")),
                    doctest::Contains("\"calls\" in the board is not a list"));
}
