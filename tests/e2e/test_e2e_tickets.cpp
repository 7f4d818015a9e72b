// End to end: the real server on a loopback port — tickets at the kiosk, and
// every way a ticket request can be wrong.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <thread>

#include "tests/support/api_session.hpp"

namespace kezek_e2e_tickets {

using kezek::testing::Answer;
using kezek::testing::ApiSession;

TEST_CASE("e2e tickets: health, catalog and a first ticket") {
  ApiSession api;
  CHECK(api.get("", "/healthz").status == 200);

  const Answer catalog = api.get("", "/api/v1/catalog");
  REQUIRE(catalog.status == 200);
  const auto& services = catalog.object().at("services").as_array();
  CHECK(services.size() == 23);
  const auto& first = services[0].as_object();
  CHECK(first.contains("id"));
  CHECK(first.contains("group"));
  for (const char* lang : {"en", "ru", "kk"}) CHECK(!first.at("name").as_object().at(lang).as_string().empty());
  CHECK(catalog.object().at("mrp").as_object().at("kzt").as_int64() == 4325);

  const Answer ticket = api.issue("work_visa_in_country");
  REQUIRE(ticket.status == 201);
  CHECK(ticket.ticket_str("number") == "W-001");
  CHECK(ticket.ticket_str("status") == "waiting");
  CHECK(ticket.ticket_str("tier") == "standard");
  CHECK(ticket.ticket_str("position") == "0");
  CHECK(ticket.ticket_str("served_today") == "true");
  CHECK(!ticket.ticket_str("estimated_wait_min").empty());

  const Answer second = api.issue("work_visa_in_country");
  CHECK(second.ticket_str("number") == "W-002");
  CHECK(second.ticket_str("position") != "");
  const Answer iin = api.issue("iin", "priority");
  REQUIRE(iin.status == 201);
  CHECK(iin.ticket_str("number") == "O-001");
  CHECK(iin.ticket_str("tier") == "priority");

  const Answer read = api.get("kiosk", "/api/v1/tickets/" + ticket.ticket_str("id"));
  CHECK(read.status == 200);
  CHECK(read.ticket_str("number") == "W-001");

  // The status page behind the QR code, by the unguessable token.
  const Answer page = api.get("", "/t/" + ticket.ticket_str("status_token"));
  CHECK(page.status == 200);
  CHECK(page.raw.find("W-001") != std::string::npos);
  CHECK(page.raw.find("http-equiv=\"refresh\"") != std::string::npos);
  CHECK(api.get("", "/t/00000000000000000000000000000000").status == 404);
}

TEST_CASE("e2e tickets: every bad request is refused with a clear error and changes nothing") {
  ApiSession api;
  auto post = [&](const std::string& body) { return api.post("kiosk", "/api/v1/tickets", body); };
  CHECK(post("{not json").status == 400);
  CHECK(post("{not json").error_code() == "malformed_json");
  CHECK(post("[1,2]").error_code() == "malformed_json");
  CHECK(post("").error_code() == "empty_body");
  CHECK(post(R"({"service": 5})").error_code() == "wrong_type");
  CHECK(post(R"({"service": 5})").status == 422);
  CHECK(post(R"({"tier": "standard"})").error_code() == "missing_field");
  CHECK(post(R"({"service": "no_such_service"})").status == 404);
  CHECK(post(R"({"service": "no_such_service"})").error_code() == "unknown_service");
  CHECK(post(R"({"service": "iin", "tier": "gold"})").error_code() == "bad_tier");
  CHECK(post(R"({"service": "iin", "tier": "appointment"})").error_code() == "bad_tier");
  CHECK(post(R"({"service": "iin", "lang": "de"})").error_code() == "bad_lang");
  CHECK(post(R"({"service": "iin", "colour": "red"})").error_code() == "unknown_field");
  // Priority (walk-in) exists only for IIN and EDS.
  CHECK(post(R"({"service": "work_visa_in_country", "tier": "priority"})").error_code() == "tier_not_offered");
  // A body over the limit.
  const Answer big = post(R"({"service": ")" + std::string(70 * 1024, 'x') + R"("})");
  CHECK(big.status == 413);
  CHECK(!big.error_code().empty());
  // Wrong roles and no token.
  CHECK(api.post("", "/api/v1/tickets", R"({"service": "iin"})").status == 401);
  CHECK(api.post("display", "/api/v1/tickets", R"({"service": "iin"})").status == 403);
  CHECK(api.post("counter:1", "/api/v1/tickets", R"({"service": "iin"})").status == 403);
  CHECK(api.get("kiosk", "/api/v1/tickets/abc").error_code() == "bad_id");
  CHECK(api.get("kiosk", "/api/v1/tickets/999").status == 404);
  CHECK(api.get("kiosk", "/api/v1/nothing").status == 404);
  CHECK(api.call("kiosk", "PUT", "/api/v1/tickets", "{}").status == 405);

  // None of that issued anything: the first real ticket is still number 1.
  const Answer first = api.issue("iin");
  CHECK(first.ticket_str("number") == "O-001");
}

TEST_CASE("e2e tickets: many kiosks issuing at once get distinct numbers") {
  // Twenty IIN counters, so that all 200 tickets can be served today.
  kezek::testing::TempDir config_dir;
  const auto config = config_dir.path() / "centre.json";
  {
    std::string counters;
    for (int n = 1; n <= 20; ++n)
      counters += (n > 1 ? "," : "") + std::string(R"({"number":)") + std::to_string(n) + R"(,"services":["iin"]})";
    std::ofstream(config) << R"({"counters":[)" << counters << R"(], "limits": {"kiosk_requests_per_second": 0}})";
  }
  auto options = kezek::testing::at("2026-11-24T09:00:00+05:00");
  options.config = config;
  ApiSession api(options);
  const std::string address = api.server().address();
  const std::string token = api.server().token("kiosk");
  constexpr int kThreads = 8;
  constexpr int kEach = 25;
  std::vector<std::vector<std::string>> numbers(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      kezek::net::HttpClient client(address, token);
      for (int i = 0; i < kEach; ++i) {
        const auto r = client.post("/api/v1/tickets", R"({"service":"iin"})");
        if (r.status == 201)
          numbers[t].push_back(std::string(r.json().as_object().at("ticket").as_object().at("number").as_string()));
      }
    });
  }
  for (auto& th : threads) th.join();
  std::set<std::string> all;
  std::size_t count = 0;
  for (const auto& list : numbers) {
    count += list.size();
    all.insert(list.begin(), list.end());
  }
  CHECK(count == kThreads * kEach);
  CHECK(all.size() == count);
  CHECK(all.contains("O-001"));
  CHECK(all.contains("O-200"));
}

TEST_CASE("e2e tickets: the Centre closed — no ticket, and when it opens") {
  ApiSession api(kezek::testing::at("2026-11-28T11:00:00+05:00"));  // a Saturday
  const Answer refused = api.issue("iin");
  CHECK(refused.status == 409);
  CHECK(refused.error_code() == "closed");
  CHECK(refused.str("until") == "2026-11-30T09:00:00+05:00");
}

TEST_CASE("e2e tickets: at lunch a ticket is issued and says it is served after the break") {
  ApiSession api(kezek::testing::at("2026-11-24T13:15:00+05:00"));
  const Answer t = api.issue("iin");
  REQUIRE(t.status == 201);
  CHECK(t.ticket_str("after_lunch") == "true");
}

TEST_CASE("e2e tickets: a ticket that cannot be served before closing is not issued and the next slot is offered") {
  ApiSession api(kezek::testing::at("2026-11-24T17:58:00+05:00"));
  // Fill the work-visa counters past closing.
  int issued = 0;
  Answer last;
  for (int i = 0; i < 40; ++i) {
    last = api.issue("work_visa_in_country");
    if (last.status != 201) break;
    ++issued;
  }
  CHECK(issued < 40);
  CHECK(last.status == 409);
  CHECK(last.error_code() == "not_today");
  REQUIRE(last.object().contains("next_slot"));
  CHECK(last.object().at("next_slot").as_object().at("start").as_string().starts_with("2026-11-25T"));
}

}  // namespace kezek_e2e_tickets
