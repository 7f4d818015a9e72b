// End to end: staff actions land in the audit log (who, what, when), and a
// kiosk token that floods the server is slowed down with 429.
#include <doctest/doctest.h>

#include <boost/asio.hpp>

#include <fstream>
#include <vector>

#include "tests/support/api_session.hpp"

namespace kezek_e2e_audit_limits {

using kezek::testing::Answer;
using kezek::testing::ApiSession;

TEST_CASE("e2e audit: who did what and when") {
  ApiSession api;
  api.issue("iin");
  REQUIRE(api.counter(6, "call-next").status == 200);
  REQUIRE(api.counter(6, "transfer", R"({"counter": 7, "reason": "documents in Russian"})").status == 200);
  REQUIRE(api.post("admin", "/api/v1/counters/7/call-next").status == 200);
  CHECK(api.counter(6, "finish").status == 409);  // refused: not audited
  const Answer slots = api.get("admin", "/api/v1/slots?service=iin&date=2026-11-25");
  const std::string start(slots.object().at("slots").as_array()[0].as_object().at("start").as_string());
  const Answer booked =
      api.post("admin", "/api/v1/appointments", R"({"service":"iin","start":")" + start + R"(","applicant":"P-5"})");
  REQUIRE(booked.status == 201);

  const Answer log = api.get("admin", "/api/v1/audit?date=2026-11-24");
  REQUIRE(log.status == 200);
  const auto& entries = log.object().at("entries").as_array();
  REQUIRE(entries.size() == 4);
  const auto& first = entries[0].as_object();
  CHECK(first.at("actor").as_string() == "counter:6");
  CHECK(first.at("action").as_string() == "call-next");
  CHECK(first.at("subject").as_string() == "O-001");
  CHECK(first.at("at").as_string().starts_with("2026-11-24T10:00"));
  CHECK(entries[1].as_object().at("action").as_string() == "transfer");
  CHECK(entries[1].as_object().at("subject").as_string() == "O-001");
  CHECK(entries[1].as_object().at("detail").as_string() == "documents in Russian");
  CHECK(entries[2].as_object().at("actor").as_string() == "admin");
  CHECK(entries[3].as_object().at("action").as_string() == "book");

  CHECK(api.get("kiosk", "/api/v1/audit?date=2026-11-24").status == 403);
  CHECK(api.get("counter:6", "/api/v1/audit?date=2026-11-24").status == 403);
  CHECK(api.get("", "/api/v1/audit?date=2026-11-24").status == 401);
  CHECK(api.get("admin", "/api/v1/audit?date=yesterday").error_code() == "bad_date");
  CHECK(api.get("admin", "/api/v1/audit?date=2026-11-23").object().at("entries").as_array().empty());
}

TEST_CASE("e2e limits: a kiosk token beyond its rate gets 429 and nothing changes") {
  kezek::testing::TempDir dir;
  const auto config = dir.path() / "centre.json";
  std::ofstream(config) << R"({"limits": {"kiosk_requests_per_second": 1, "kiosk_burst": 5}})";
  auto options = kezek::testing::at("2026-11-24T10:00:00+05:00");
  options.config = config;
  ApiSession api(options);
  int issued = 0, limited = 0;
  for (int i = 0; i < 12; ++i) {
    const Answer a = api.issue("iin");
    if (a.status == 201) ++issued;
    if (a.status == 429) {
      ++limited;
      CHECK(a.error_code() == "rate_limited");
    }
  }
  CHECK(issued >= 5);
  CHECK(issued <= 7);
  CHECK(limited == 12 - issued);
  // Other roles are not limited by the kiosk's bucket; the day holds exactly what was issued.
  const Answer board = api.get("admin", "/api/v1/board");
  int waiting = 0;
  for (const auto& g : board.object().at("waiting").as_array())
    waiting += static_cast<int>(g.as_object().at("count").as_int64());
  CHECK(waiting == issued);
}

TEST_CASE("e2e limits: the tickets-per-day limit refuses with 429 and issues nothing more") {
  kezek::testing::TempDir dir;
  const auto config = dir.path() / "centre.json";
  std::ofstream(config) << R"({"max_tickets_per_day": 3})";
  auto options = kezek::testing::at("2026-11-24T10:00:00+05:00");
  options.config = config;
  ApiSession api(options);
  for (int i = 0; i < 3; ++i) REQUIRE(api.issue("iin").status == 201);
  const Answer full = api.issue("iin");
  CHECK(full.status == 429);
  CHECK(full.error_code() == "day_full");
  CHECK(api.get("kiosk", "/api/v1/tickets/4").status == 404);
}

TEST_CASE("e2e limits: idle sockets without a token never lock a kiosk out") {
  // The failure this reproduces: about a thousand idle connections with no token at
  // all filled max_connections, and every kiosk got 503. Here 50 fill it, all from
  // one address (as phones behind the Centre's guest Wi-Fi would be).
  kezek::testing::TempDir dir;
  const auto config = dir.path() / "centre.json";
  std::ofstream(config) << R"({"limits": {"max_connections": 50, "anonymous_per_address": 1000}})";
  auto options = kezek::testing::at("2026-11-24T10:00:00+05:00");
  options.config = config;
  ApiSession api(options);

  boost::asio::io_context io;
  const auto port = static_cast<unsigned short>(api.server().port());
  const boost::asio::ip::tcp::endpoint server(boost::asio::ip::make_address("127.0.0.1"), port);
  std::vector<boost::asio::ip::tcp::socket> idle;
  for (int i = 0; i < 60; ++i) {
    idle.emplace_back(io);
    idle.back().connect(server);
  }
  // The kiosk's request opens a new connection: an idle one makes room.
  CHECK(api.issue("iin").status == 201);
  CHECK(api.get("display", "/api/v1/board").status == 200);
  CHECK(api.counter(6, "call-next").status == 200);
}

}  // namespace kezek_e2e_audit_limits
