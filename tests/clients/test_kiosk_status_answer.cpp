// The kiosk's reading of GET /api/v1/status (kiosk/status_answer.hpp): the
// protocol version is checked before the status is decoded, and an answer that
// does not decode is named, never thrown at the frame loop.
#include <doctest/doctest.h>

#include "kiosk/status_answer.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_clients_kiosk_status_answer {

namespace {

using namespace kezek;
using namespace kezek::kiosk;
namespace json = boost::json;

protocol::StatusReply tuesday_reply(int version) {
  protocol::StatusReply reply;
  reply.status = protocol::test::tuesday_morning_status();
  reply.protocol = version;
  return reply;
}

}  // namespace

TEST_CASE("kiosk status answer: a status of our protocol is taken with its day") {
  Connection c;
  take_status_answer(c, json::value_from(tuesday_reply(protocol::kProtocolVersion)));
  REQUIRE(c.status);
  CHECK(c.status->day->lunch_end == std::chrono::hours(14));
  CHECK(c.server_protocol == protocol::kProtocolVersion);
  CHECK(c.speaks_server_protocol());
  CHECK(c.status_problem.empty());
}

TEST_CASE("kiosk status answer: another version is recognised even when its status would not decode") {
  Connection c;
  json::object body = json::value_from(tuesday_reply(protocol::kProtocolVersion + 1)).as_object();
  body["status"].as_object()["state"] = 3;  // a change this kiosk cannot read
  take_status_answer(c, body);
  CHECK(c.server_protocol == protocol::kProtocolVersion + 1);
  CHECK_FALSE(c.speaks_server_protocol());
  CHECK_FALSE(c.usable());
  CHECK_FALSE(c.status);
  CHECK(c.status_problem.empty());  // the version says it all
}

TEST_CASE("kiosk status answer: an unreadable status keeps the last one and names the field") {
  Connection c;
  take_status_answer(c, json::value_from(tuesday_reply(protocol::kProtocolVersion)));
  json::object body = json::value_from(tuesday_reply(protocol::kProtocolVersion)).as_object();
  body["status"].as_object()["day"].as_object()["open"] = "nine";
  take_status_answer(c, body);
  CHECK(c.status_problem.find("status.day.open") != std::string::npos);
  REQUIRE(c.status);  // the last good status still serves
  CHECK(c.status->day->open == std::chrono::hours(9));

  take_status_answer(c, json::parse(R"({"status": {}, "protocol": "one"})"));
  CHECK(c.status_problem.find("protocol") != std::string::npos);
  // An answer without "protocol" is version 1 (a server from before the member).
  Connection old;
  json::object unnumbered = json::value_from(tuesday_reply(1)).as_object();
  unnumbered.erase("protocol");
  take_status_answer(old, unnumbered);
  CHECK(old.server_protocol == 1);
  CHECK(old.speaks_server_protocol() == protocol::compatible(1));
}

}  // namespace kezek_clients_kiosk_status_answer
