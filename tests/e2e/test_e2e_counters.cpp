// End to end: the counters — call, recall, start, finish, no-show, transfer,
// pause — and the rules of the Centre's day around them.
#include <doctest/doctest.h>

#include <set>

#include <thread>

#include "tests/support/api_session.hpp"

namespace kezek_e2e_counters {

using kezek::testing::Answer;
using kezek::testing::ApiSession;

TEST_CASE("e2e counters: a ticket's whole life at one counter") {
  ApiSession api;
  const Answer issued = api.issue("iin");
  REQUIRE(issued.status == 201);
  // Counter 6 serves the other services (IIN among them).
  const Answer called = api.counter(6, "call-next");
  REQUIRE(called.status == 200);
  CHECK(called.ticket_str("number") == "O-001");
  CHECK(called.ticket_str("status") == "called");
  CHECK(called.ticket_str("counter") == "6");
  CHECK(api.counter(6, "call-next").error_code() == "busy");
  const Answer recalled = api.counter(6, "recall");
  CHECK(recalled.status == 200);
  CHECK(recalled.ticket_str("recalls") == "1");
  CHECK(api.counter(6, "start").ticket_str("status") == "serving");
  CHECK(api.counter(6, "finish").ticket_str("status") == "done");
  CHECK(api.counter(6, "finish").error_code() == "no_current_ticket");
  CHECK(api.counter(6, "call-next").status == 204);  // nobody waits

  const Answer board = api.get("display", "/api/v1/board");
  REQUIRE(board.status == 200);
  const auto& calls = board.object().at("calls").as_array();
  REQUIRE(!calls.empty());
  CHECK(calls[0].as_object().at("number").as_string() == "O-001");
  CHECK(calls[0].as_object().at("counter").as_int64() == 6);
  CHECK(board.object().at("status").as_object().at("state").as_string() == "open");
}

TEST_CASE("e2e counters: skills, priority first, no-show and the recall limit") {
  ApiSession api;
  api.issue("iin");                   // O-001 standard
  api.issue("work_visa_in_country");  // W-001
  api.issue("iin", "priority");       // O-002 priority
  // Counter 3 (residence permits) has nothing it can serve.
  CHECK(api.counter(3, "call-next").status == 204);
  // Counter 6: the priority walk-in goes first.
  CHECK(api.counter(6, "call-next").ticket_str("number") == "O-002");
  CHECK(api.counter(6, "no-show").ticket_str("status") == "no_show");
  CHECK(api.counter(6, "call-next").ticket_str("number") == "O-001");
  // Two recalls are allowed; the third marks the visitor absent.
  CHECK(api.counter(6, "recall").status == 200);
  CHECK(api.counter(6, "recall").status == 200);
  const Answer third = api.counter(6, "recall");
  CHECK(third.ticket_str("status") == "no_show");
  CHECK(api.counter(1, "call-next").ticket_str("number") == "W-001");
}

TEST_CASE("e2e counters: transfer keeps the original issue time, pause and resume") {
  ApiSession api;
  const Answer first = api.issue("work_visa_in_country");
  api.counter(1, "call-next");
  CHECK(api.counter(1, "transfer", R"({"service": "bogus"})").status == 404);
  CHECK(api.counter(1, "transfer", R"({})").error_code() == "bad_transfer");
  CHECK(api.counter(1, "transfer", R"({"counter": 1})").error_code() == "same_counter");
  CHECK(api.counter(1, "transfer", R"({"service": "iin", "counter": 6})").error_code() == "bad_transfer");
  const Answer moved = api.counter(1, "transfer", R"({"service": "iin", "reason": "needs an IIN first"})");
  REQUIRE(moved.status == 200);
  CHECK(moved.ticket_str("status") == "waiting");
  CHECK(moved.ticket_str("service") == "iin");
  CHECK(moved.ticket_str("issued_at") == first.ticket_str("issued_at"));
  // A later IIN ticket does not overtake the transferred one.
  api.issue("iin");
  CHECK(api.counter(6, "call-next").ticket_str("number") == "W-001");
  // To a counter in particular.
  CHECK(api.counter(6, "transfer", R"({"counter": 7})").status == 200);
  CHECK(api.counter(6, "call-next").ticket_str("number") == "O-001");
  CHECK(api.counter(7, "call-next").ticket_str("number") == "W-001");

  CHECK(api.counter(2, "pause").status == 200);
  CHECK(api.counter(2, "pause").error_code() == "already_paused");
  api.issue("work_visa_in_country");
  CHECK(api.counter(2, "call-next").error_code() == "paused");
  CHECK(api.counter(2, "resume").status == 200);
  CHECK(api.counter(2, "resume").error_code() == "not_paused");
  CHECK(api.counter(2, "call-next").status == 200);
}

TEST_CASE("e2e counters: a counter's token acts only for its counter") {
  ApiSession api;
  CHECK(api.post("counter:1", "/api/v1/counters/2/call-next").status == 403);
  CHECK(api.post("kiosk", "/api/v1/counters/1/call-next").status == 403);
  CHECK(api.post("display", "/api/v1/counters/1/call-next").status == 403);
  CHECK(api.post("", "/api/v1/counters/1/call-next").status == 401);
  CHECK(api.post("admin", "/api/v1/counters/1/call-next").status == 204);
  CHECK(api.post("counter:1", "/api/v1/counters/1/jump").status == 404);
  CHECK(api.post("admin", "/api/v1/counters/42/call-next").status == 404);
  CHECK(api.post("admin", "/api/v1/counters/zero/call-next").status == 400);
  CHECK(api.get("counter:1", "/api/v1/counters/1").status == 200);
  CHECK(api.post("counter:1", "/api/v1/counters/1/transfer", "{oops").error_code() == "malformed_json");
}

TEST_CASE("e2e counters: two counters calling at once never get the same ticket") {
  ApiSession api;
  for (int i = 0; i < 60; ++i) REQUIRE(api.issue("work_visa_in_country").status == 201);
  const std::string address = api.server().address();
  // Counters 1, 2 and 5 all serve work visas; each calls and finishes in a loop.
  std::vector<std::vector<std::string>> got(3);
  std::vector<std::thread> threads;
  const int counters[] = {1, 2, 5};
  for (int i = 0; i < 3; ++i) {
    const int n = counters[i];
    threads.emplace_back([&, i, n, token = api.server().token("counter:" + std::to_string(n))] {
      kezek::net::HttpClient client(address, token);
      const std::string base = "/api/v1/counters/" + std::to_string(n) + "/";
      for (;;) {
        const auto r = client.post(base + "call-next");
        if (r.status != 200) break;
        got[i].push_back(std::string(r.json().as_object().at("ticket").as_object().at("number").as_string()));
        client.post(base + "finish");
      }
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::string> all;
  std::size_t total = 0;
  for (const auto& list : got) {
    total += list.size();
    all.insert(list.begin(), list.end());
  }
  CHECK(total == 60);
  CHECK(all.size() == 60);
}

TEST_CASE("e2e counters: no calls at lunch, and the counters reopen by themselves at 14:00") {
  ApiSession api(kezek::testing::at("2026-11-24T13:59:58+05:00"));
  api.issue("iin");
  const Answer lunch = api.counter(6, "call-next");
  CHECK(lunch.status == 409);
  CHECK(lunch.error_code() == "lunch_break");
  CHECK(lunch.str("until") == "2026-11-24T14:00:00+05:00");
  // 14:00:01 on the same data, without waiting for it in real time: nobody
  // reopened counter 6, yet it calls the ticket issued during lunch. (The
  // live moment a break starts is watched in test_e2e_whole_day.cpp, 12:59:58.)
  api.restart_at("2026-11-24T14:00:01+05:00");
  const Answer after = api.counter(6, "call-next");
  CHECK(after.status == 200);
  CHECK(after.ticket_str("number") == "O-001");
}

TEST_CASE("e2e counters: closed after 18:00 and at weekends, saying until when") {
  {
    ApiSession api(kezek::testing::at("2026-11-27T18:00:00+05:00"));  // a Friday evening
    const Answer closed = api.counter(1, "call-next");
    CHECK(closed.status == 409);
    CHECK(closed.error_code() == "closed");
    CHECK(closed.str("until") == "2026-11-30T09:00:00+05:00");
  }
  {
    ApiSession api(kezek::testing::at("2026-12-16T10:00:00+05:00"));  // Independence Day
    CHECK(api.counter(1, "call-next").error_code() == "closed");
  }
}

}  // namespace kezek_e2e_counters
