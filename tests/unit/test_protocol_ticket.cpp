// shared/protocol/ticket: the ticket message and the issue request.
#include <doctest/doctest.h>

#include "shared/protocol/ticket.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_ticket {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;

Ticket waiting_ticket() {
  Ticket t;
  t.id = 7;
  t.number = "W-017";
  t.service = "iin";
  t.tier = domain::TicketTier::priority;
  t.lang = "kk";
  t.issued_at = at("2026-11-24T10:00:00+05:00");
  t.status_token = "tok";
  t.position = 2;
  t.estimated_wait_min = 12;
  t.estimated_call_at = at("2026-11-24T10:12:00+05:00");
  t.after_lunch = false;
  t.served_today = true;
  return t;
}

}  // namespace

TEST_CASE("protocol ticket: golden JSON in the documented member order") {
  CHECK(json::serialize(json::value_from(waiting_ticket())) ==
        R"({"id":7,"number":"W-017","service":"iin","tier":"priority","status":"waiting","lang":"kk",)"
        R"("issued_at":"2026-11-24T10:00:00+05:00","recalls":0,"status_token":"tok","position":2,)"
        R"("estimated_wait_min":12,"estimated_call_at":"2026-11-24T10:12:00+05:00","after_lunch":false,)"
        R"("served_today":true})");
}

TEST_CASE("protocol ticket: a waiting ticket without a forecast sends null position and wait") {
  Ticket t = waiting_ticket();
  t.position.reset();
  t.estimated_wait_min.reset();
  t.estimated_call_at.reset();
  t.after_lunch.reset();
  t.served_today = false;
  const json::object o = json::value_from(t).as_object();
  CHECK(o.at("position").is_null());
  CHECK(o.at("estimated_wait_min").is_null());
  CHECK_FALSE(o.contains("estimated_call_at"));
  CHECK(round_trip(t) == t);
}

TEST_CASE("protocol ticket: round trip with every optional member") {
  Ticket t = waiting_ticket();
  t.status = domain::TicketStatus::serving;
  t.called_at = at("2026-11-24T10:20:00+05:00");
  t.started_at = at("2026-11-24T10:21:00+05:00");
  t.finished_at = at("2026-11-24T10:30:00+05:00");
  t.counter = 3;
  t.target_counter = 4;
  t.appointment_code = "K7M4QX";
  t.slot_start = at("2026-11-24T10:00:00+05:00");
  t.recalls = 2;
  t.transfer_reason = "needs an IIN first";
  CHECK(round_trip(t) == t);
  CHECK(round_trip(Ticket{}) == Ticket{});
}

TEST_CASE("protocol ticket: decoding errors name the field") {
  const std::string good = json::serialize(json::value_from(waiting_ticket()));
  auto with = [&](std::string_view key, std::string_view value) {
    json::object o = json::parse(good).as_object();
    o[key] = json::parse(value);
    return json::serialize(o);
  };
  check_refused<Ticket>(with("status", R"("lost")"), ErrorCode::wrong_type, "status");
  check_refused<Ticket>(with("tier", "3"), ErrorCode::wrong_type, "tier");
  check_refused<Ticket>(with("issued_at", R"("yesterday")"), ErrorCode::wrong_type, "issued_at");
  check_refused<Ticket>(with("id", "1.5"), ErrorCode::wrong_type, "id");
  check_refused<Ticket>(with("counter", R"("3")"), ErrorCode::wrong_type, "counter");
  check_refused<Ticket>(with("number", "null"), ErrorCode::missing_field, "number");
  check_refused<Ticket>("[]", ErrorCode::wrong_type, "");
}

TEST_CASE("protocol issue request: defaults, round trip and the server's refusals") {
  const auto r = decode<IssueRequest>(json::parse(R"({"service":"iin"})"));
  CHECK(r.service == "iin");
  CHECK(r.tier == domain::TicketTier::standard);
  CHECK(r.lang == "en");
  const IssueRequest full{"iin", domain::TicketTier::manager, "ru"};
  CHECK(round_trip(full) == full);

  check_refused<IssueRequest>(R"({"service":"iin","colour":"red"})", ErrorCode::unknown_field, "colour");
  check_refused<IssueRequest>(R"({"service":5})", ErrorCode::wrong_type, "service");
  check_refused<IssueRequest>(R"({"service":")" + std::string(65, 'x') + R"("})", ErrorCode::too_long, "service");
  check_refused<IssueRequest>(R"({"tier":"standard"})", ErrorCode::missing_field, "service");
  check_refused<IssueRequest>(R"({"service":"iin","tier":"appointment"})", ErrorCode::bad_tier, "tier");
  check_refused<IssueRequest>(R"({"service":"iin","lang":"de"})", ErrorCode::bad_lang, "lang");
  // Types before meanings: a bad tier is not reported while lang has the wrong type.
  check_refused<IssueRequest>(R"({"service":"iin","tier":"gold","lang":1})", ErrorCode::wrong_type, "lang");
  try {
    (void)decode<IssueRequest>(json::parse(R"({"service":"iin","tier":"gold"})"));
  } catch (const DecodeError& e) {
    CHECK(std::string(e.what()) == R"("tier" is one of "standard", "priority", "manager")");
  }
}

}  // namespace kezek_unit_protocol_ticket
