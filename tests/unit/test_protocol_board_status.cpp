// shared/protocol/board, status and counter: the wall display's board, the
// Centre's status and the counters.
#include <doctest/doctest.h>

#include "shared/protocol/board.hpp"
#include "shared/protocol/counter.hpp"
#include "shared/protocol/health.hpp"
#include "shared/protocol/status.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_board_status {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;

Board sample_board() {
  Board b;
  b.status = tuesday_morning_status();
  b.seq = 41;
  b.calls.push_back(BoardCall{"W-017", "iin", 3, domain::TicketStatus::called, at("2026-11-24T09:58:00+05:00"), 1});
  b.waiting.push_back(WaitingGroup{"visas", 'V', LocalizedText{"Visas", "Визы", "Визалар"}, 4, 17, 25});
  b.counters.push_back(BoardCounter{3, domain::CounterPhase::calling, false, false, "W-017"});
  b.counters.push_back(BoardCounter{4, domain::CounterPhase::idle, true, true, std::nullopt});
  return b;
}

}  // namespace

TEST_CASE("protocol status: golden JSON with the documented members and the day") {
  CHECK(json::serialize(json::value_from(StatusReply{tuesday_morning_status(), 1})) ==
        R"({"status":{"state":"open","now":"2026-11-24T10:00:00+05:00","until":"2026-11-24T13:00:00+05:00",)"
        R"("next_opening":"2026-11-24T10:00:00+05:00","text":{"en":"Open until 13:00","ru":"Открыто до 13:00",)"
        R"("kk":"13:00 дейін ашық"},"day":{"date":"2026-11-24","working_day":true,"open":"09:00","close":"18:00",)"
        R"("lunch_start":"13:00","lunch_end":"14:00","next_working_day":"2026-11-25"}},"protocol":1})");
}

TEST_CASE("protocol status: round trips; an older server's reply (no day, no protocol) still decodes") {
  CHECK(round_trip(tuesday_morning_status()) == tuesday_morning_status());
  CHECK(round_trip(StatusReply{tuesday_morning_status(), 1}) == StatusReply{tuesday_morning_status(), 1});
  json::object old = json::value_from(StatusReply{tuesday_morning_status(), 1}).as_object();
  old.erase("protocol");
  old["status"].as_object().erase("day");
  const auto reply = decode<StatusReply>(old);
  CHECK(reply.protocol == 1);
  CHECK_FALSE(reply.status.day);
}

TEST_CASE("protocol status: decoding errors name the field") {
  check_refused<Status>(R"({"state":"siesta"})", ErrorCode::wrong_type, "state");
  json::object o = json::value_from(tuesday_morning_status()).as_object();
  o["text"].as_object().erase("kk");
  check_refused<Status>(json::serialize(o), ErrorCode::missing_field, "text.kk");
  o = json::value_from(tuesday_morning_status()).as_object();
  o["day"].as_object()["open"] = "9 am";
  check_refused<Status>(json::serialize(o), ErrorCode::wrong_type, "day.open");
}

TEST_CASE("protocol board: golden JSON of the documented members") {
  Board b = sample_board();
  b.status.day.reset();
  b.counters.pop_back();
  CHECK(json::serialize(json::value_from(b)) ==
        R"({"status":{"state":"open","now":"2026-11-24T10:00:00+05:00","until":"2026-11-24T13:00:00+05:00",)"
        R"("next_opening":"2026-11-24T10:00:00+05:00","text":{"en":"Open until 13:00","ru":"Открыто до 13:00",)"
        R"("kk":"13:00 дейін ашық"}},"seq":41,"calls":[{"number":"W-017","counter":3,"service":"iin",)"
        R"("status":"called","called_at":"2026-11-24T09:58:00+05:00","recalls":1}],"waiting":[{"group":"visas",)"
        R"("letter":"V","name":{"en":"Visas","ru":"Визы","kk":"Визалар"},"count":4,"longest_wait_min":17,)"
        R"("estimated_wait_min":25}],"counters":[{"number":3,"phase":"calling","paused":false,"manager":false,)"
        R"("ticket":"W-017"}]})");
}

TEST_CASE("protocol board: round trip, and errors deep inside name their path") {
  CHECK(round_trip(sample_board()) == sample_board());
  CHECK(round_trip(Board{}) == Board{});
  json::object o = json::value_from(sample_board()).as_object();
  o["calls"].as_array()[0].as_object()["called_at"] = 5;
  check_refused<Board>(json::serialize(o), ErrorCode::wrong_type, "calls[0].called_at");
  o = json::value_from(sample_board()).as_object();
  o["counters"].as_array()[1].as_object()["phase"] = "asleep";
  check_refused<Board>(json::serialize(o), ErrorCode::wrong_type, "counters[1].phase");
  o = json::value_from(sample_board()).as_object();
  o["waiting"].as_array()[0].as_object()["letter"] = "VV";
  check_refused<Board>(json::serialize(o), ErrorCode::wrong_type, "waiting[0].letter");
  o = json::value_from(sample_board()).as_object();
  o["calls"] = json::object{};
  check_refused<Board>(json::serialize(o), ErrorCode::wrong_type, "calls");
}

TEST_CASE("protocol counter: the counter view and the action reply round trip") {
  CounterView v;
  v.number = 3;
  v.phase = domain::CounterPhase::serving;
  v.status = tuesday_morning_status();
  v.ticket = Ticket{};
  v.ticket->number = "W-017";
  v.services = {ServiceWaiting{"iin", 2}, ServiceWaiting{"ecp", 0}};
  v.longest_wait_min = 14;
  v.appointments.push_back(Appointment{"K7M4QX", "iin", at("2026-11-24T11:00:00+05:00"), 20, 3,
                                       domain::AppointmentStatus::booked, "P-1042", std::nullopt});
  CHECK(round_trip(v) == v);
  CHECK(round_trip(CounterActionReply{*v.ticket, 3}) == CounterActionReply{*v.ticket, 3});
  json::object o = json::value_from(v).as_object();
  o["appointments"].as_array()[0].as_object()["status"] = "lost";
  check_refused<CounterView>(json::serialize(o), ErrorCode::wrong_type, "appointments[0].status");
}

TEST_CASE("protocol transfer request: round trip and the server's refusals") {
  const TransferRequest to_service{"iin", std::nullopt, "needs an IIN first"};
  const TransferRequest to_counter{std::nullopt, 4, ""};
  CHECK(round_trip(to_service) == to_service);
  CHECK(round_trip(to_counter) == to_counter);
  check_refused<TransferRequest>(R"({"service":"iin","why":"x"})", ErrorCode::unknown_field, "why");
  check_refused<TransferRequest>(R"({"counter":"4"})", ErrorCode::wrong_type, "counter");
  check_refused<TransferRequest>(R"({"counter":100})", ErrorCode::bad_counter, "counter");
  check_refused<TransferRequest>(R"({"service":"iin","counter":4})", ErrorCode::bad_transfer, "counter");
  check_refused<TransferRequest>(R"({"reason":"x"})", ErrorCode::bad_transfer, "service");
  check_refused<TransferRequest>(R"({"service":"iin","reason":")" + std::string(201, 'r') + R"("})",
                                 ErrorCode::too_long, "reason");
}

TEST_CASE("protocol health: status and warnings as documented; without status refused, without warnings none") {
  CHECK(boost::json::serialize(boost::json::value_from(Health{})) == R"({"status":"ok","warnings":[]})");
  CHECK(round_trip(Health{}) == Health{});
  const Health warned{"ok", {"the calendar data's last year with a published decree is 2026"}};
  CHECK(boost::json::serialize(boost::json::value_from(warned)) ==
        R"({"status":"ok","warnings":["the calendar data's last year with a published decree is 2026"]})");
  CHECK(round_trip(warned) == warned);
  CHECK(decode<Health>(boost::json::parse(R"({"status":"ok"})")) == Health{});  // an older server
  check_refused<Health>(R"({})", ErrorCode::missing_field, "status");
  check_refused<Health>(R"({"status":"ok","warnings":"soon"})", ErrorCode::wrong_type, "warnings");
  check_refused<Health>(R"({"status":"ok","warnings":["a",1]})", ErrorCode::wrong_type, "warnings[1]");
}

}  // namespace kezek_unit_protocol_board_status
