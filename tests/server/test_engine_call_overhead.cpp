// The forecast learns what a call costs before serving starts (the walk up),
// from the counters' own start and no-show actions, and keeps it over a
// restart: a ticket's estimate counts it once per call ahead of it.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "server/engine/queue_service.hpp"
#include "server/store/migrations.hpp"
#include "server/store/transaction.hpp"
#include "shared/catalog/catalog_loader.hpp"

namespace kezek_server_engine_call_overhead {

using namespace kezek;
using namespace std::chrono_literals;

namespace {

struct OverheadCentre {
  catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  server::ServerConfig config = one_counter(catalog);
  store::Database db = store::open_database(":memory:");

  static server::ServerConfig one_counter(const catalog::Catalog& catalog) {
    server::ServerConfig config = server::default_config(catalog);
    config.counters = {domain::CounterConfig{1, {"iin"}, false}};
    return config;
  }

  // Runs one command in its own transaction, as the engine would.
  template <typename F>
  server::ApiReply run(server::QueueService& service, F command) {
    store::Transaction tx(db);
    server::ApiReply reply = command(service);
    tx.commit();
    return reply;
  }
};

Instant estimate_of(const server::ApiReply& issued) {
  REQUIRE(issued.status == 201);
  const auto body = boost::json::parse(issued.body).as_object();
  return *parse_iso8601(std::string(body.at("ticket").as_object().at("estimated_call_at").as_string()));
}

}  // namespace

TEST_CASE("engine: estimates count the learned walk up once per call") {
  OverheadCentre centre;
  const Instant ten = *parse_iso8601("2026-11-24T10:00:00+05:00");
  server::QueueService service(centre.catalog, centre.calendar, centre.config, centre.db);
  centre.run(service, [&](auto& s) {
    s.load(ten);
    return server::ApiReply{};
  });
  const server::TransferRequest none;
  auto issue = [&](Instant at) {
    return centre.run(service, [&](auto& s) { return s.issue_ticket(server::IssueRequest{"iin"}, at); });
  };
  auto act = [&](server::CounterAction action, Instant at) {
    return centre.run(service, [&](auto& s) { return s.counter_action(1, action, none, at, "counter:1"); });
  };

  REQUIRE(issue(ten).status == 201);
  REQUIRE(act(server::CounterAction::call_next, ten).status == 200);
  // The visitor takes five minutes to reach the counter: 0.2 x 300 s = 60 s learned.
  REQUIRE(act(server::CounterAction::start, ten + 5min).status == 200);

  const Instant b = estimate_of(issue(ten + 5min));  // next once the first is served
  const Instant c = estimate_of(issue(ten + 5min));
  const auto service_time = b - (ten + 5min);
  CHECK(service_time > 0s);
  CHECK(c - b == service_time + 60s);  // the call of b costs its walk, then b's service

  SUBCASE("a restart learns the same from the day's tickets") {
    server::QueueService restarted(centre.catalog, centre.calendar, centre.config, centre.db);
    centre.run(restarted, [&](auto& s) {
      s.load(ten + 5min);
      return server::ApiReply{};
    });
    const Instant d = estimate_of(
        centre.run(restarted, [&](auto& s) { return s.issue_ticket(server::IssueRequest{"iin"}, ten + 5min); }));
    CHECK(d - c == service_time + 60s);
  }
}

}  // namespace kezek_server_engine_call_overhead
