// The console's reading of the server's answers (staff/counter_view.hpp,
// staff/supervisor_view.hpp), of events (staff/event_scope.hpp), and the rule
// that decides each counter button (staff/actions.hpp).
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "staff/actions.hpp"
#include "staff/counter_view.hpp"
#include "staff/event_scope.hpp"
#include "staff/supervisor_view.hpp"

namespace {

using namespace kezek;
using namespace kezek::staff;
namespace json = boost::json;

Instant at(const char* iso) { return *parse_iso8601(iso); }

}  // namespace

TEST_CASE("staff views: a counter view with a ticket being served") {
  const json::value body = json::parse(R"({
    "number": 3, "phase": "serving", "paused": false, "manager": true,
    "ticket": {"id": 41, "number": "W-017", "service": "work_visa_in_country", "tier": "priority",
               "status": "serving", "issued_at": "2026-11-24T09:40:00+05:00",
               "called_at": "2026-11-24T09:55:00+05:00", "recalls": 1},
    "services": [{"service": "work_visa_in_country", "waiting": 4}, {"service": "iin", "waiting": 0}],
    "longest_wait_min": 12,
    "appointments": [{"code": "K7M4QX", "service": "iin", "status": "booked",
                      "start": "2026-11-24T11:00:00+05:00", "minutes": 15}]})");
  std::string error;
  const auto view = parse_counter_view(body, error);
  REQUIRE(view);
  CHECK(error.empty());
  CHECK(view->number == 3);
  CHECK(view->phase == "serving");
  CHECK(view->manager);
  REQUIRE(view->ticket);
  CHECK(view->ticket->number == "W-017");
  CHECK(view->ticket->tier == "priority");
  CHECK(view->ticket->recalls == 1);
  CHECK(view->ticket->called_at == at("2026-11-24T09:55:00+05:00"));
  REQUIRE(view->services.size() == 2);
  CHECK(view->services[0].waiting == 4);
  CHECK(view->longest_wait_min == 12);
  REQUIRE(view->appointments.size() == 1);
  CHECK(view->appointments[0].code == "K7M4QX");
}

TEST_CASE("staff views: an answer that is not a counter view says so") {
  std::string error;
  CHECK_FALSE(parse_counter_view(json::parse(R"({"error": {"message": "no"}})"), error));
  CHECK(error.find("not a counter view") != std::string::npos);
  error.clear();
  CHECK_FALSE(parse_counter_view(json::parse("[1, 2]"), error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("staff views: the board's counters and waiting groups, names falling back to English") {
  const json::value body = json::parse(R"({
    "counters": [{"number": 1, "phase": "calling", "ticket": "A-001"}, {"number": 2, "paused": true}],
    "waiting": [{"letter": "W", "name": {"en": "Work visa"}, "count": 5, "longest_wait_min": 20}]})");
  std::string error;
  const auto board = parse_board(body, error);
  REQUIRE(board);
  REQUIRE(board->counters.size() == 2);
  CHECK(board->counters[0].ticket == "A-001");
  CHECK(board->counters[1].paused);
  CHECK(board->counters[1].phase == "idle");
  REQUIRE(board->waiting.size() == 1);
  CHECK(board->waiting[0].name.kk == "Work visa");
  CHECK(board->waiting[0].count == 5);
}

TEST_CASE("staff views: the day report's totals, series and waits") {
  const json::value body = json::parse(R"({
    "date": "2026-11-24",
    "totals": {"issued": 10, "waiting": 2, "in_progress": 1, "served": 6, "no_show": 1, "cancelled": 0,
               "mean_wait_min": 7, "max_wait_min": 19},
    "waiting_series": {"points": [{"at": "2026-11-24T09:00:00+05:00", "waiting": 0},
                                  {"at": "2026-11-24T09:15:00+05:00", "waiting": 3}]},
    "tickets": [{"wait_min": 5}, {"wait_min": 19}, {"status": "waiting"}]})");
  std::string error;
  const auto report = parse_report(body, error);
  REQUIRE(report);
  CHECK(report->issued == 10);
  CHECK(report->served == 6);
  CHECK(report->max_wait_min == 19);
  REQUIRE(report->series.size() == 2);
  CHECK(report->series[1].minute_of_day == 9 * 60 + 15);
  CHECK(report->waits == std::vector<int>{5, 19});
  CHECK_FALSE(parse_report(json::parse(R"({"date": "x"})"), error));
}

TEST_CASE("staff events: an event naming another counter leaves this counter's view alone") {
  const auto other = json::parse(R"({"type": "ticket.called", "seq": 5, "counter": 2})").as_object();
  const auto mine = json::parse(R"({"type": "ticket.called", "seq": 6, "counter": 3})").as_object();
  const auto queue = json::parse(R"({"type": "waiting", "seq": 7, "waiting": []})").as_object();
  CHECK_FALSE(event_scope(other, 3, false).counter);
  CHECK(event_scope(mine, 3, false).counter);
  CHECK(event_scope(queue, 3, false).counter);
  CHECK_FALSE(event_scope(queue, std::nullopt, true).counter);  // the supervisor alone has no counter view
  CHECK(event_scope(other, 3, true).supervisor);                // the figures follow every event
  CHECK_FALSE(event_scope(mine, 3, false).supervisor);
}

TEST_CASE("staff actions: at lunch Call next is disabled and says until when") {
  CounterView idle;
  const Instant now = at("2026-11-24T13:20:00+05:00");
  const CentreStatus lunch{CentreState::lunch, at("2026-11-24T14:00:00+05:00"), at("2026-11-24T14:00:00+05:00")};
  const Availability call = availability(Action::call_next, &idle, lunch, now, catalog::Lang::en);
  CHECK_FALSE(call.enabled);
  CHECK(call.why.find("14:00") != std::string::npos);

  const CentreStatus open{CentreState::open, at("2026-11-24T18:00:00+05:00"), now};
  CHECK(availability(Action::call_next, &idle, open, now, catalog::Lang::en).enabled);
}
