// End to end: one whole day at the Centre on one data folder, the server
// restarted with its clock at each moment that matters — a booking made early,
// the morning's walk-ins, the booked visitor checked in and served first, lunch,
// the afternoon, closing, and the next morning starting afresh.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <thread>

#include "shared/net/event_stream.hpp"
#include "shared/net/http_client.hpp"
#include "tests/support/server_process.hpp"

namespace kezek_e2e_whole_day {

namespace json = boost::json;
using kezek::net::HttpClient;
using kezek::net::HttpResult;
using kezek::testing::ServerProcess;

namespace {

std::string ticket_field(const HttpResult& r, const char* key) {
  const json::value v = r.json();
  const json::value& f = v.as_object().at("ticket").as_object().at(key);
  return f.is_string() ? std::string(f.as_string()) : json::serialize(f);
}

std::string error_code(const HttpResult& r) {
  return std::string(r.json().as_object().at("error").as_object().at("code").as_string());
}

}  // namespace

TEST_CASE("e2e day: a whole day from booking to closing and the next morning") {
  kezek::testing::TempDir data;
  std::string code;

  {  // 08:30 — closed, but the portal books an 11:00 IIN appointment for today.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T08:30:00+05:00"));
    HttpClient admin(server.address(), server.token("admin"));
    HttpClient kiosk(server.address(), server.token("kiosk"));
    CHECK(error_code(kiosk.post("/api/v1/tickets", R"({"service":"iin"})")) == "closed");
    const auto booked = admin.post("/api/v1/appointments",
                                   R"({"service":"iin","start":"2026-11-24T11:00:00+05:00","applicant":"P-77"})");
    REQUIRE(booked.status == 201);
    code = std::string(booked.json().as_object().at("appointment").as_object().at("code").as_string());
  }
  {  // 10:00 — walk-ins arrive and are served.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
    HttpClient kiosk(server.address(), server.token("kiosk"));
    HttpClient c6(server.address(), server.token("counter:6"));
    for (int i = 0; i < 4; ++i) REQUIRE(kiosk.post("/api/v1/tickets", R"({"service":"iin"})").status == 201);
    CHECK(ticket_field(c6.post("/api/v1/counters/6/call-next"), "number") == "O-001");
    CHECK(c6.post("/api/v1/counters/6/start").status == 200);
    CHECK(ticket_field(c6.post("/api/v1/counters/6/finish"), "status") == "done");
    // Too early for the 11:00 booking.
    const auto early = kiosk.post("/api/v1/appointments/" + code + "/check-in");
    CHECK(error_code(early) == "too_early");
  }
  {  // 10:56 — the booked visitor checks in and goes before the waiting walk-ins.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T10:56:00+05:00"));
    HttpClient kiosk(server.address(), server.token("kiosk"));
    HttpClient c6(server.address(), server.token("counter:6"));
    const auto checked = kiosk.post("/api/v1/appointments/" + code + "/check-in", R"({"lang":"kk"})");
    REQUIRE(checked.status == 201);
    CHECK(ticket_field(checked, "tier") == "appointment");
    CHECK(ticket_field(checked, "number") == "O-005");
    const auto called = c6.post("/api/v1/counters/6/call-next");
    CHECK(ticket_field(called, "number") == "O-005");
    CHECK(c6.post("/api/v1/counters/6/finish").status == 200);
    const auto booking = kiosk.get("/api/v1/appointments/" + code);
    CHECK(booking.json().as_object().at("appointment").as_object().at("status").as_string() == "served");
  }
  {  // 12:59:58 — lunch starts while we watch: the display hears it, calls stop.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T12:59:58+05:00"));
    HttpClient c6(server.address(), server.token("counter:6"));
    kezek::net::EventStream events(server.address(), server.token("display"));
    std::string error;
    REQUIRE(events.connect(std::nullopt, error));
    bool saw_lunch = false;
    for (int i = 0; i < 20 && !saw_lunch; ++i) {
      auto m = events.read(std::chrono::milliseconds(500));
      if (!m) continue;
      const auto o = json::parse(*m).as_object();
      saw_lunch =
          o.at("type").as_string() == "centre.status" && o.at("status").as_object().at("state").as_string() == "lunch";
    }
    CHECK(saw_lunch);
    CHECK(error_code(c6.post("/api/v1/counters/6/call-next")) == "lunch_break");
  }
  {  // 14:00 — the afternoon: the counters reopen by themselves.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T14:00:00+05:00"));
    HttpClient c6(server.address(), server.token("counter:6"));
    HttpClient c7(server.address(), server.token("counter:7"));
    CHECK(ticket_field(c6.post("/api/v1/counters/6/call-next"), "number") == "O-002");
    CHECK(c6.post("/api/v1/counters/6/no-show").status == 200);
    CHECK(ticket_field(c7.post("/api/v1/counters/7/call-next"), "number") == "O-003");
    CHECK(c7.post("/api/v1/counters/7/finish").status == 200);
  }
  {  // 18:00 — closed: no calls, no tickets; O-004 is still waiting.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-24T18:00:00+05:00"));
    HttpClient c6(server.address(), server.token("counter:6"));
    HttpClient display(server.address(), server.token("display"));
    CHECK(error_code(c6.post("/api/v1/counters/6/call-next")) == "closed");
    const auto board = display.get("/api/v1/board");
    CHECK(board.json().as_object().at("status").as_object().at("state").as_string() == "closed");
  }
  {  // The next morning: a new day, numbering from 001, yesterday's queue closed.
    ServerProcess server(data.path(), kezek::testing::at("2026-11-25T09:00:00+05:00"));
    HttpClient kiosk(server.address(), server.token("kiosk"));
    HttpClient admin(server.address(), server.token("admin"));
    CHECK(ticket_field(kiosk.post("/api/v1/tickets", R"({"service":"iin"})"), "number") == "O-001");
    const json::value board = admin.get("/api/v1/board").json();
    int waiting = 0;
    for (const auto& g : board.as_object().at("waiting").as_array())
      waiting += static_cast<int>(g.as_object().at("count").as_int64());
    CHECK(waiting == 1);
  }
}

}  // namespace kezek_e2e_whole_day
