// The console's reading of the server's answers through shared/protocol
// (staff/console_data.hpp): the views it keeps, the line it shows for an answer
// that does not decode, the protocol version check, the Centre's status taken
// from the server alone; and the requests it builds (transfer), the events it
// follows (staff/event_scope.hpp), the rule for each button (staff/actions.hpp).
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "shared/protocol/catalog.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/report.hpp"
#include "shared/protocol/version.hpp"
#include "staff/actions.hpp"
#include "staff/console_data.hpp"
#include "staff/event_scope.hpp"
#include "staff/served_catalog.hpp"
#include "staff/supervisor_view.hpp"
#include "staff/transfer_panel.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_clients_staff_views {

namespace {

using namespace kezek;
using namespace kezek::staff;
namespace json = boost::json;
using catalog::Lang;

Instant at(const char* iso) { return *parse_iso8601(iso); }

protocol::Status open_status() { return protocol::test::tuesday_morning_status(); }

protocol::CounterView serving_view() {
  protocol::CounterView v;
  v.number = 3;
  v.phase = domain::CounterPhase::serving;
  v.manager = true;
  v.status = open_status();
  protocol::Ticket t;
  t.id = 41;
  t.number = "W-017";
  t.service = "work_visa_in_country";
  t.tier = domain::TicketTier::priority;
  t.status = domain::TicketStatus::serving;
  t.issued_at = at("2026-11-24T09:40:00+05:00");
  t.called_at = at("2026-11-24T09:55:00+05:00");
  t.recalls = 1;
  t.status_token = "tok";
  v.ticket = t;
  v.services = {{"work_visa_in_country", 4}, {"iin", 0}};
  v.longest_wait_min = 12;
  return v;
}

template <typename T>
net::HttpResult reply_of(unsigned status, const T& message) {
  return net::HttpResult{status, json::serialize(json::value_from(message)), "application/json", {}};
}

net::HttpResult reply_text(unsigned status, std::string body) {
  return net::HttpResult{status, std::move(body), "application/json", {}};
}

// The JSON of `message` with one member (by path) replaced.
template <typename T>
std::string with(const T& message, const std::vector<std::string>& path, json::value value) {
  json::value v = json::value_from(message);
  json::value* at = &v;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) at = &at->as_object()[path[i]];
  at->as_object()[path.back()] = std::move(value);
  return json::serialize(v);
}

std::string notice_headline(const ConsoleData& data) {
  return render_notice(data.notice, Lang::en, at("2026-11-24T10:00:00+05:00")).headline;
}

}  // namespace

TEST_CASE("staff views: a counter view is kept as the server sent it, with its status") {
  ConsoleData data;
  const protocol::CounterView sent = serving_view();
  take_counter_view(data, reply_of(200, sent), "srv", Lang::en);
  REQUIRE(data.counter);
  CHECK(*data.counter == sent);
  CHECK(data.counter->ticket->status == domain::TicketStatus::serving);
  CHECK(data.counter->phase == domain::CounterPhase::serving);
  CHECK(data.counter_error.empty());
  REQUIRE(data.status);
  CHECK(*data.status == sent.status);
  CHECK(data.notice.kind == Notice::Kind::none);
}

TEST_CASE("staff views: a counter view that does not decode keeps the previous one and names the field") {
  ConsoleData data;
  take_counter_view(data, reply_of(200, serving_view()), "srv", Lang::en);
  REQUIRE(data.counter);
  const protocol::CounterView before = *data.counter;

  take_counter_view(data, reply_text(200, with(serving_view(), {"ticket", "status"}, "lost")), "srv", Lang::en);
  REQUIRE(data.counter);
  CHECK(*data.counter == before);
  CHECK(data.notice.kind == Notice::Kind::error);
  const std::string line = notice_headline(data);
  CHECK(line.find("could not be read") != std::string::npos);
  CHECK(line.find("ticket.status") != std::string::npos);
  CHECK(data.counter_error.find("ticket.status") != std::string::npos);
  // In the console's other languages too.
  CHECK(render_notice(data.notice, Lang::ru, Instant{}).headline.find("Не удалось прочитать") != std::string::npos);

  // Not JSON at all: the same, no crash.
  take_counter_view(data, reply_text(200, "<html>oops</html>"), "srv", Lang::en);
  CHECK(*data.counter == before);
  CHECK(notice_headline(data).find("could not be read") != std::string::npos);

  // The next view that reads well takes the line away.
  protocol::CounterView next = serving_view();
  next.longest_wait_min = 20;
  take_counter_view(data, reply_of(200, next), "srv", Lang::en);
  CHECK(data.counter->longest_wait_min == 20);
  CHECK(data.notice.kind == Notice::Kind::none);
  CHECK(data.counter_error.empty());
}

TEST_CASE(
    "staff views: action replies — refusals in our words, a lunch refusal's status, unreadable "
    "bodies") {
  ConsoleData data;
  take_action_reply(data, Action::call_next,
                    reply_text(409, R"({"error": {"code": "busy", "message": "counter 3 is busy"}})"), "srv");
  CHECK(notice_headline(data) == "Finish the current visitor or mark a no-show first");
  CHECK(render_notice(data.notice, Lang::en, Instant{}).detail == "Server: counter 3 is busy");

  protocol::Status lunch = open_status();
  lunch.state = CentreState::lunch;
  lunch.until = lunch.next_opening = at("2026-11-24T14:00:00+05:00");
  protocol::Error refusal{protocol::ErrorCode::lunch_break, "lunch", {}};
  refusal.extra["status"] = json::value_from(lunch);
  take_action_reply(data, Action::call_next, reply_of(409, refusal), "srv");
  CHECK(notice_headline(data).find("14:00") != std::string::npos);

  // A refusal the console cannot read: said as such, with the HTTP status.
  take_action_reply(data, Action::call_next, reply_text(502, "Bad Gateway"), "srv");
  CHECK(data.notice.kind == Notice::Kind::error);
  CHECK(notice_headline(data).find("could not be read") != std::string::npos);
  CHECK(render_notice(data.notice, Lang::en, Instant{}).detail == "Server: HTTP 502");
  // An unknown error code is not this protocol's either.
  take_action_reply(data, Action::call_next, reply_text(409, R"({"error": {"code": "gone_fishing", "message": "x"}})"),
                    "srv");
  CHECK(notice_headline(data).find("error.code") != std::string::npos);

  take_action_reply(data, Action::call_next, reply_text(204, ""), "srv");
  CHECK(notice_headline(data) == "Nobody is waiting for this counter");

  // A called ticket whose reply lacks the counter: named.
  protocol::CounterActionReply called{serving_view().ticket.value(), 3};
  take_action_reply(data, Action::call_next, reply_of(200, called), "srv");
  CHECK(data.notice.kind == Notice::Kind::none);
  take_action_reply(data, Action::call_next, reply_text(200, with(called, {"counter"}, "three")), "srv");
  CHECK(notice_headline(data).find("\"counter\"") != std::string::npos);

  // Pause answers with the counter's view: kept.
  protocol::CounterView paused = serving_view();
  paused.ticket.reset();
  paused.phase = domain::CounterPhase::idle;
  paused.paused = true;
  take_action_reply(data, Action::pause, reply_of(200, paused), "srv");
  REQUIRE(data.counter);
  CHECK(data.counter->paused);
}

TEST_CASE("staff views: a server of another protocol version is named and not listened to") {
  ConsoleData data;
  take_counter_view(data, reply_of(200, serving_view()), "srv", Lang::en);
  REQUIRE(data.counter);

  // Version 2 may shape its status differently: the version is read first.
  take_status_reply(data, reply_text(200, R"({"status": "all good", "protocol": 2})"));
  CHECK_FALSE(understands_server(data));
  CHECK(data.notice.kind == Notice::Kind::none);
  CHECK_FALSE(data.counter);  // nothing it said before is acted on either
  CHECK_FALSE(data.status);
  CHECK(protocol_line(data, Lang::en) ==
        "The server speaks protocol 2, this console understands protocol 1: update the console or "
        "the server");
  CHECK(protocol_line(data, Lang::ru).find("протоколу 2") != std::string::npos);
  CHECK(protocol_line(data, Lang::ru).find("протокол 1") != std::string::npos);
  CHECK(protocol_line(data, Lang::kk).find("Сервер 2 хаттамасымен") != std::string::npos);

  // Its replies change nothing.
  take_counter_view(data, reply_of(200, serving_view()), "srv", Lang::en);
  CHECK_FALSE(data.counter);
  take_action_reply(data, Action::call_next, reply_text(409, R"({"error": {"code": "busy", "message": "x"}})"), "srv");
  CHECK(data.notice.kind == Notice::Kind::none);
  protocol::Board board;
  board.status = open_status();
  CHECK(take_board(data, reply_of(200, board), "srv", Lang::en).empty());
  CHECK_FALSE(data.board);

  // A snapshot frame says the version too; back to ours, the console listens again.
  take_frame(data, protocol::SnapshotFrame{7, protocol::kProtocolVersion, board});
  CHECK(understands_server(data));
  CHECK(protocol_line(data, Lang::en).empty());
  take_counter_view(data, reply_of(200, serving_view()), "srv", Lang::en);
  CHECK(data.counter);
}

TEST_CASE("staff views: the status reply of our version, with or without the member") {
  ConsoleData data;
  CHECK(understands_server(data));  // not known yet: not refused either
  take_status_reply(data, reply_of(200, protocol::StatusReply{open_status(), 1}));
  REQUIRE(data.server_protocol);
  CHECK(*data.server_protocol == 1);
  CHECK(data.status == open_status());

  // A server from before the member: version 1.
  ConsoleData older;
  take_status_reply(older, reply_text(200, json::serialize(json::object{{"status", json::value_from(open_status())}})));
  CHECK(older.server_protocol == 1);
  CHECK(older.status);

  // Our version, a status that does not decode: the notice names it.
  ConsoleData broken;
  take_status_reply(broken, reply_text(200, with(protocol::StatusReply{open_status(), 1}, {"status", "state"}, "nap")));
  CHECK(understands_server(broken));
  CHECK_FALSE(broken.status);
  CHECK(notice_headline(broken).find("status.state") != std::string::npos);
}

TEST_CASE("staff views: the Centre's state and hours come from the server, carried forward by its hours") {
  ConsoleData data;
  const Instant ten = at("2026-11-24T10:00:00+05:00");
  CHECK_FALSE(centre_at(data, ten));  // "connecting" on screen
  CHECK_FALSE(opening_minutes(data));

  heard_status(data, open_status());
  const auto centre = centre_at(data, ten);
  REQUIRE(centre);
  CHECK(centre->state == CentreState::open);
  CHECK(centre->until == at("2026-11-24T13:00:00+05:00"));
  REQUIRE(opening_minutes(data));
  CHECK(*opening_minutes(data) == std::pair{9 * 60, 18 * 60});
  CHECK_FALSE(status_ran_out(data, ten));
  // Its word ran out at 13:00: the console asks again, and meanwhile shows
  // lunch and then closed by the day's hours, as the kiosk and display do.
  const Instant one = at("2026-11-24T13:00:00+05:00");
  CHECK(status_ran_out(data, one));
  REQUIRE(centre_at(data, one));
  CHECK(centre_at(data, one)->state == CentreState::lunch);
  CHECK(centre_at(data, one)->until == at("2026-11-24T14:00:00+05:00"));
  REQUIRE(centre_at(data, at("2026-11-24T18:30:00+05:00")));
  CHECK(centre_at(data, at("2026-11-24T18:30:00+05:00"))->state == CentreState::closed);

  // An older word arriving late does not replace a newer one.
  protocol::Status earlier = open_status();
  earlier.now = at("2026-11-24T09:00:00+05:00");
  earlier.until = at("2026-11-24T09:30:00+05:00");
  heard_status(data, earlier);
  CHECK(data.status->until == at("2026-11-24T13:00:00+05:00"));

  // Without hours (a status without "day"), the chart has no axis to draw.
  ConsoleData no_day;
  protocol::Status s = open_status();
  s.day.reset();
  heard_status(no_day, s);
  CHECK_FALSE(opening_minutes(no_day));
}

TEST_CASE("staff views: the board decodes as protocol::Board, a bad one is named and the last one kept") {
  ConsoleData data;
  protocol::Board board;
  board.status = open_status();
  board.counters = {{1, domain::CounterPhase::calling, false, false, "A-001"},
                    {2, domain::CounterPhase::idle, true, false, {}}};
  board.waiting = {{"visas", 'W', protocol::LocalizedText{"Work visa", "Рабочая виза", "Жұмыс визасы"}, 5, 20, 30}};
  CHECK(take_board(data, reply_of(200, board), "srv", Lang::en).empty());
  REQUIRE(data.board);
  CHECK(*data.board == board);

  const std::string problem = take_board(
      data, reply_text(200, with(board, {"counters"}, json::array{json::object{{"number", 1}}})), "srv", Lang::en);
  CHECK(problem.find("counters[0]") != std::string::npos);
  CHECK(*data.board == board);
  CHECK(take_board(data, reply_text(401, R"({"error": {"code": "unauthorized", "message": "no"}})"), "srv", Lang::en) ==
        "The server does not accept this console's token: check --token — Server: no");
}

TEST_CASE("staff views: the day report's totals, series by minute of the day and waits") {
  protocol::Report report;
  report.date = local_date(at("2026-11-24T10:00:00+05:00"));
  report.generated_at = at("2026-11-24T10:00:00+05:00");
  report.totals.issued = 10;
  report.totals.served = 6;
  report.totals.max_wait_min = 19;
  report.points = {{at("2026-11-24T09:00:00+05:00"), 0}, {at("2026-11-24T09:15:00+05:00"), 3}};
  protocol::ReportTicket called;
  called.number = "A-001";
  called.service = "iin";
  called.issued_at = at("2026-11-24T09:00:00+05:00");
  called.wait_min = 5;
  protocol::ReportTicket waiting = called;
  waiting.wait_min.reset();
  report.tickets = {called, waiting};

  ConsoleData data;
  CHECK(take_report(data, reply_of(200, report), "srv", Lang::en).empty());
  REQUIRE(data.report);
  CHECK(data.report->totals.issued == 10);
  CHECK(data.report->totals.max_wait_min == 19);
  REQUIRE(data.report->series.size() == 2);
  CHECK(data.report->series[1].minute_of_day == 9 * 60 + 15);
  CHECK(data.report->series[1].waiting == 3);
  CHECK(data.report->waits == std::vector<int>{5});

  const std::string problem =
      take_report(data, reply_text(200, with(report, {"totals", "issued"}, "ten")), "srv", Lang::en);
  CHECK(problem.find("totals.issued") != std::string::npos);
  CHECK(data.report->totals.issued == 10);
}

TEST_CASE("staff requests: the transfer body is a protocol::TransferRequest") {
  TransferForm form;
  form.service = "iin";
  const json::value to_service = json::parse(transfer_body(form));
  CHECK(protocol::decode<protocol::TransferRequest>(to_service) ==
        protocol::TransferRequest{std::string("iin"), std::nullopt, ""});
  CHECK_FALSE(to_service.as_object().contains("reason"));

  form.to_counter = true;
  form.counter = 7;
  std::string("wrong desk").copy(form.reason.data(), form.reason.size() - 1);
  CHECK(protocol::decode<protocol::TransferRequest>(json::parse(transfer_body(form))) ==
        protocol::TransferRequest{std::nullopt, 7, "wrong desk"});
}

TEST_CASE("staff events: an event naming another counter leaves this counter's view alone") {
  auto frame = [](const char* text) { return protocol::decode_frame(json::parse(text)); };
  const auto other = frame(R"({"type": "ticket.called", "seq": 5, "at": "2026-11-24T10:00:00+05:00", "counter": 2})");
  const auto mine = frame(R"({"type": "ticket.called", "seq": 6, "at": "2026-11-24T10:00:00+05:00", "counter": 3})");
  const auto queue = frame(R"({"type": "waiting", "seq": 7, "at": "2026-11-24T10:00:00+05:00", "waiting": []})");
  const auto odd = frame(R"({"type": "ticket.called", "seq": 8, "at": "2026-11-24T10:00:00+05:00", "counter": "2"})");
  CHECK_FALSE(event_scope(other, 3, false).counter);
  CHECK(event_scope(mine, 3, false).counter);
  CHECK(event_scope(queue, 3, false).counter);
  CHECK(event_scope(odd, 3, false).counter);  // a counter it cannot read may be ours
  CHECK(event_scope(protocol::SnapshotFrame{}, 3, false).counter);
  CHECK_FALSE(event_scope(queue, std::nullopt, true).counter);  // the supervisor alone has no counter view
  CHECK(event_scope(other, 3, true).supervisor);                // the figures follow every event
  CHECK_FALSE(event_scope(mine, 3, false).supervisor);
}

TEST_CASE("staff events: a centre.status event brings the server's new status") {
  ConsoleData data;
  heard_status(data, open_status());
  protocol::Status lunch = open_status();
  lunch.state = CentreState::lunch;
  lunch.now = at("2026-11-24T13:00:00+05:00");
  lunch.until = lunch.next_opening = at("2026-11-24T14:00:00+05:00");
  protocol::EventFrame event{9, "centre.status", lunch.now, {}};
  event.payload["status"] = json::value_from(lunch);
  take_frame(data, event);
  REQUIRE(data.status);
  CHECK(data.status->state == CentreState::lunch);
}

TEST_CASE("staff catalog: the server's additions are checked by the protocol and taken off") {
  std::ifstream in(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  std::stringstream text;
  text << in.rdbuf();
  json::value doc = json::parse(text.str());
  doc.as_object()["mrp"] = json::value_from(protocol::Mrp{2026, 4325});
  for (json::value& s : doc.as_object()["services"].as_array())
    protocol::add_to(s.as_object(), protocol::ServiceAdditions{{catalog::Tier::standard}, 'W', 1966});
  std::string error;
  const auto loaded = parse_served_catalog(json::serialize(doc), error);
  CHECK(error.empty());
  REQUIRE(loaded);
  CHECK_FALSE(loaded->groups().empty());

  doc.as_object()["services"].as_array()[1].as_object()["letter"] = "WW";
  CHECK_FALSE(parse_served_catalog(json::serialize(doc), error));
  CHECK(error.find("services[1].letter") != std::string::npos);
}

TEST_CASE(
    "staff actions: at lunch Call next is disabled and says until when, unknown hours disable it "
    "too") {
  protocol::CounterView idle;
  const Instant now = at("2026-11-24T13:20:00+05:00");
  const CentreStatus lunch{CentreState::lunch, at("2026-11-24T14:00:00+05:00"), at("2026-11-24T14:00:00+05:00")};
  const Availability call = availability(Action::call_next, &idle, lunch, now, Lang::en);
  CHECK_FALSE(call.enabled);
  CHECK(call.why.find("14:00") != std::string::npos);

  const CentreStatus open{CentreState::open, at("2026-11-24T18:00:00+05:00"), now};
  CHECK(availability(Action::call_next, &idle, open, now, Lang::en).enabled);

  const Availability unknown = availability(Action::call_next, &idle, std::nullopt, now, Lang::en);
  CHECK_FALSE(unknown.enabled);
  CHECK(unknown.why == "Connecting…");

  protocol::CounterView called = serving_view();
  called.ticket->status = domain::TicketStatus::called;
  CHECK(availability(Action::recall, &called, open, now, Lang::en).enabled);
  const protocol::CounterView serving = serving_view();
  CHECK_FALSE(availability(Action::recall, &serving, open, now, Lang::en).enabled);
}

}  // namespace kezek_clients_staff_views
