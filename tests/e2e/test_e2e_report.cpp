// End to end: the supervisor's day report (GET /api/v1/report and
// /api/v1/report.csv) after a little scripted day whose clock jumps forward by
// restarting the real server on the same data folder at a later --now.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <memory>

#include "shared/net/http_client.hpp"
#include "tests/support/server_process.hpp"

namespace kezek_e2e_report {

namespace json = boost::json;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;

namespace {

// One data folder; the server is started again at each moment of the day.
class ScriptedDay {
 public:
  void at(const std::string& now) {
    server_.reset();
    server_ = std::make_unique<ServerProcess>(dir_.path(), kezek::testing::at(now));
  }
  kezek::net::HttpResult call(const std::string& role, const std::string& method, const std::string& target,
                              const std::string& body = {}) {
    kezek::net::HttpClient client(server_->address(), role.empty() ? "" : server_->token(role));
    return client.request(method, target, body);
  }
  std::string issue(const std::string& service) {
    const auto r = call("kiosk", "POST", "/api/v1/tickets", R"({"service":")" + service + R"(","lang":"en"})");
    REQUIRE_MESSAGE(r.status == 201, r.body);
    return std::string(r.json().at("ticket").at("number").as_string());
  }
  unsigned counter(int n, const std::string& action) {
    return call("counter:" + std::to_string(n), "POST", "/api/v1/counters/" + std::to_string(n) + "/" + action).status;
  }

 private:
  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
};

const json::object& ticket_named(const json::object& report, std::string_view number) {
  for (const auto& t : report.at("tickets").as_array())
    if (t.as_object().at("number").as_string() == number) return t.as_object();
  FAIL("no ticket " << number << " in the report");
  throw std::logic_error("unreachable");
}

std::int64_t waiting_at(const json::object& report, std::string_view time) {
  for (const auto& p : report.at("waiting_series").at("points").as_array()) {
    const std::string at(p.at("at").as_string());
    if (at.find(std::string("T") + std::string(time)) != std::string::npos) return p.at("waiting").as_int64();
  }
  FAIL("no point at " << time);
  return -1;
}

// 09:05 three tickets; 09:40 counter 6 serves O-001 and counter 1 calls W-001,
// who does not come; O-002 is still waiting at 10:10.
void run_little_day(ScriptedDay& day) {
  day.at("2026-11-24T09:05:00+05:00");
  REQUIRE(day.issue("iin") == "O-001");
  REQUIRE(day.issue("iin") == "O-002");
  REQUIRE(day.issue("work_visa_in_country") == "W-001");
  day.at("2026-11-24T09:40:00+05:00");
  REQUIRE(day.counter(6, "call-next") == 200);
  REQUIRE(day.counter(6, "start") == 200);
  REQUIRE(day.counter(6, "finish") == 200);
  REQUIRE(day.counter(1, "call-next") == 200);
  REQUIRE(day.counter(1, "no-show") == 200);
  day.at("2026-11-24T10:10:00+05:00");
}

}  // namespace

TEST_CASE("e2e report: the admin reads today's numbers after a scripted little day") {
  ScriptedDay day;
  run_little_day(day);
  const auto r = day.call("admin", "GET", "/api/v1/report?date=2026-11-24");
  REQUIRE_MESSAGE(r.status == 200, r.body);
  const json::object report = r.json().as_object();
  CHECK(report.at("date").as_string() == "2026-11-24");
  CHECK(report.at("tickets").as_array().size() == 3);

  const json::object& totals = report.at("totals").as_object();
  CHECK(totals.at("issued").as_int64() == 3);
  CHECK(totals.at("served").as_int64() == 1);
  CHECK(totals.at("no_show").as_int64() == 1);
  CHECK(totals.at("waiting").as_int64() == 1);

  const json::object& o1 = ticket_named(report, "O-001");
  CHECK(o1.at("status").as_string() == "done");
  CHECK(o1.at("service").as_string() == "iin");
  CHECK(o1.at("tier").as_string() == "standard");
  CHECK(o1.at("counter").as_int64() == 6);
  CHECK(o1.at("wait_min").as_int64() >= 34);  // issued 09:05, called 09:40
  CHECK(o1.at("wait_min").as_int64() <= 35);
  CHECK(o1.at("finished_at").is_string());
  const json::object& w1 = ticket_named(report, "W-001");
  CHECK(w1.at("status").as_string() == "no_show");
  CHECK(w1.at("counter").as_int64() == 1);
  const json::object& o2 = ticket_named(report, "O-002");
  CHECK(o2.at("status").as_string() == "waiting");
  CHECK(o2.at("called_at").is_null());
  CHECK(o2.at("wait_min").is_null());

  bool saw_iin = false;
  for (const auto& s : report.at("services").as_array()) {
    if (s.at("service").as_string() != "iin") continue;
    saw_iin = true;
    CHECK(s.at("issued").as_int64() == 2);
    CHECK(s.at("served").as_int64() == 1);
    CHECK(s.at("waiting").as_int64() == 1);
  }
  CHECK(saw_iin);

  // Every 15 minutes from opening up to now.
  CHECK(report.at("waiting_series").at("step_min").as_int64() == 15);
  CHECK(report.at("waiting_series").at("points").as_array().size() == 5);  // 09:00 .. 10:00
  CHECK(waiting_at(report, "09:00") == 0);
  CHECK(waiting_at(report, "09:15") == 3);
  CHECK(waiting_at(report, "09:30") == 3);
  CHECK(waiting_at(report, "09:45") == 1);
  CHECK(waiting_at(report, "10:00") == 1);

  // The date defaults to today.
  const auto today = day.call("admin", "GET", "/api/v1/report");
  REQUIRE(today.status == 200);
  CHECK(today.json().at("totals").at("issued").as_int64() == 3);
}

TEST_CASE("e2e report: the CSV holds the same tickets") {
  ScriptedDay day;
  run_little_day(day);
  const auto r = day.call("admin", "GET", "/api/v1/report.csv?date=2026-11-24");
  REQUIRE(r.status == 200);
  CHECK(r.content_type.find("text/csv") == 0);
  CHECK(r.body.find("number,service,tier,status,issued_at,called_at,started_at,finished_at,counter,wait_min\r\n") == 0);
  CHECK(r.body.find("\r\nO-001,iin,standard,done,2026-11-24T09:05:") != std::string::npos);
  CHECK(r.body.find("\r\nW-001,work_visa_in_country,standard,no_show,") != std::string::npos);
  CHECK(r.body.find("\r\nO-002,iin,standard,waiting,2026-11-24T09:05:") != std::string::npos);
  int lines = 0;
  for (char c : r.body) lines += c == '\n';
  CHECK(lines == 4);
}

TEST_CASE("e2e report: an earlier day comes from the store") {
  ScriptedDay day;
  run_little_day(day);
  day.at("2026-11-25T10:00:00+05:00");
  const auto r = day.call("admin", "GET", "/api/v1/report?date=2026-11-24");
  REQUIRE(r.status == 200);
  const json::object report = r.json().as_object();
  CHECK(report.at("tickets").as_array().size() == 3);
  // The ticket still waiting at closing was closed when the next day began.
  CHECK(ticket_named(report, "O-002").at("status").as_string() == "cancelled");
  CHECK(report.at("totals").at("served").as_int64() == 1);
  CHECK(report.at("totals").at("cancelled").as_int64() == 1);
  CHECK(report.at("waiting_series").at("points").as_array().size() == 37);  // 09:00 .. 18:00
  CHECK(waiting_at(report, "18:00") == 1);
  // Today has nothing yet.
  const auto today = day.call("admin", "GET", "/api/v1/report");
  CHECK(today.json().at("tickets").as_array().empty());
}

TEST_CASE("e2e report: only the admin may read it, and the date must be a date") {
  ScriptedDay day;
  day.at("2026-11-24T10:00:00+05:00");
  CHECK(day.call("kiosk", "GET", "/api/v1/report").status == 403);
  CHECK(day.call("counter:3", "GET", "/api/v1/report").status == 403);
  CHECK(day.call("display", "GET", "/api/v1/report.csv").status == 403);
  CHECK(day.call("", "GET", "/api/v1/report").status == 401);
  for (const char* bad : {"yesterday", "2026-13-01", "2026-02-30", "2026-11-24T10:00", ""}) {
    const auto r = day.call("admin", "GET", std::string("/api/v1/report?date=") + bad);
    CHECK_MESSAGE(r.status == 400, bad);
    CHECK(r.json().at("error").at("code").as_string() == "bad_date");
  }
  CHECK(day.call("admin", "GET", "/api/v1/report.csv?date=nope").status == 400);
  CHECK(day.call("admin", "POST", "/api/v1/report").status == 405);
  CHECK(day.call("admin", "GET", "/api/v1/report/extra").status == 404);
}

}  // namespace kezek_e2e_report
