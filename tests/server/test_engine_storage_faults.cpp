// A full disk through the real API handler, Engine and SQLite file (issue 13,
// "Faults"): writes are answered 503 storage_unavailable and keep nothing,
// reading goes on, ticket numbers are neither lost nor repeated, and the server
// carries on by itself once there is room again — the clock's changes (13:00,
// a new day, the day-end sweep, retention) included. Two ways to fill the disk:
// PRAGMA max_page_count on the engine's connection (the statement that needs a
// page fails where it runs: in a command's savepoint, or in the batch's last
// event after the commands) and FullDisk (every write fails, so the batch's
// COMMIT does, as on a real full disk).
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "server/api/api_handler.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "tests/server/test_store_full_disk.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_engine_storage_faults {

using namespace kezek;
using namespace kezek::server;
namespace json = boost::json;
namespace beast_http = boost::beast::http;

namespace {

Instant at(const char* iso) { return *parse_iso8601(iso); }

struct Answer {
  unsigned status = 0;
  json::value body;

  std::string error_code() const { return std::string(body.at("error").at("code").as_string()); }
  std::string error_message() const { return std::string(body.at("error").at("message").as_string()); }
  std::string number() const { return std::string(body.at("ticket").at("number").as_string()); }
  std::int64_t id() const { return body.at("ticket").at("id").to_number<std::int64_t>(); }
};

// The number's sequence part: "O-012" -> 12.
int sequence_of(const std::string& number) { return std::stoi(number.substr(number.find('-') + 1)); }

// A server on a database file, driven through ApiHandler::handle_now (one
// batch per request, on this thread), its clock set by the test. The disk is
// declared first: the engine's connection is opened over it.
struct Centre {
  store::testing::TempDir dir;
  store::testing::FullDisk disk;
  catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  ServerConfig config;
  http::Credentials credentials = http::Credentials::load_or_create(dir.file("credentials.json"), {1});
  ManualClock clock;
  Engine engine;
  api::CatalogDocuments documents{"{\"services\": []}", catalog, {}};
  api::ApiHandler handler{engine, credentials, documents};
  std::vector<json::object> published;  // every event published, in order

  explicit Centre(const char* now, int event_days = 7)
      : config(configured(catalog, event_days)), clock(at(now)), engine(catalog, calendar, config, clock, db_file()) {
    engine.set_publisher([this](http::EventFrame frame) { published.push_back(json::parse(*frame.json).as_object()); });
  }

  static ServerConfig configured(const catalog::Catalog& c, int event_days) {
    ServerConfig config = default_config(c);
    config.event_days = event_days;
    return config;
  }
  std::string db_file() const { return dir.file("kezek.db"); }

  Answer call(beast_http::verb method, const std::string& target, const std::string& body = {}) {
    http::Request request{method, target, 11};
    request.set(beast_http::field::authorization, "Bearer " + credentials.token_for(http::Role::admin));
    request.body() = body;
    request.prepare_payload();
    const http::Response response = handler.handle_now(request);
    return Answer{response.result_int(), json::parse(response.body())};
  }
  Answer issue() { return call(beast_http::verb::post, "/api/v1/tickets", R"({"service": "iin"})"); }
  Answer status() { return call(beast_http::verb::get, "/api/v1/status"); }
  Answer board() { return call(beast_http::verb::get, "/api/v1/board"); }

  // PRAGMA max_page_count on the engine's own connection (the limit is the
  // connection's), run as a command; SQLite never sets it below the file's
  // present size, so 1 means "not one page more".
  void limit_pages(std::int64_t pages) {
    const ApiReply done = engine.execute([pages](QueueService& service, Instant) {
      service.database_for_fault_tests().exec("PRAGMA max_page_count = " + std::to_string(pages));
      return ApiReply{};
    });
    REQUIRE(done.status == 200);
  }

  // What the file holds, read through a connection of the test's own.
  std::int64_t count(const std::string& sql) const {
    store::Database reader(db_file());
    store::Statement query = reader.prepare(sql);
    REQUIRE(query.step());
    return query.column_int64(0);
  }

  int published_of(std::string_view type) const {
    int n = 0;
    for (const json::object& event : published)
      if (event.at("type").as_string() == type) ++n;
    return n;
  }
};

}  // namespace

TEST_CASE("engine storage faults: max_page_count reached, writes get 503 storage_unavailable and keep nothing") {
  Centre centre("2026-11-24T10:00:00+05:00");
  const Answer first = centre.issue();
  REQUIRE(first.status == 201);
  std::vector<std::string> acknowledged{first.number()};
  for (int i = 0; i < 2; ++i) {
    const Answer issued = centre.issue();
    REQUIRE(issued.status == 201);
    acknowledged.push_back(issued.number());
  }

  // The file may not grow: tickets go on fitting in the pages it has, until
  // one needs another page.
  centre.limit_pages(1);
  Answer refused;
  for (int i = 0; i < 1000 && refused.status == 0; ++i) {
    const Answer issued = centre.issue();
    if (issued.status == 201) {
      acknowledged.push_back(issued.number());
    } else {
      refused = issued;
    }
  }
  REQUIRE(refused.status == 503);
  CHECK(refused.error_code() == "storage_unavailable");
  CHECK_FALSE(refused.error_message().empty());
  CHECK(centre.issue().status == 503);  // still full: refused again, not half done

  // Reading goes on.
  CHECK(centre.status().status == 200);
  CHECK(centre.board().status == 200);
  CHECK(centre.call(beast_http::verb::get, "/api/v1/tickets/" + std::to_string(first.id())).status == 200);

  // Nothing of the refused requests is in the file: exactly the acknowledged
  // tickets, and the day's sequence at the last acknowledged number.
  CHECK(centre.count("SELECT count(*) FROM tickets") == static_cast<std::int64_t>(acknowledged.size()));
  CHECK(centre.count("SELECT max(last) FROM day_sequences") == sequence_of(acknowledged.back()));

  // Room again: the server carries on by itself, numbering right after the
  // last acknowledged ticket, no number twice.
  centre.limit_pages(1'000'000);
  const Answer next = centre.issue();
  REQUIRE(next.status == 201);
  CHECK(sequence_of(next.number()) == sequence_of(acknowledged.back()) + 1);
  acknowledged.push_back(next.number());
  CHECK(std::set<std::string>(acknowledged.begin(), acknowledged.end()).size() == acknowledged.size());
  CHECK(centre.count("SELECT count(*) FROM tickets") == static_cast<std::int64_t>(acknowledged.size()));
}

TEST_CASE("engine storage faults: a write refused inside a command's savepoint is a 503, and undoes the command") {
  Centre centre("2026-11-24T10:00:00+05:00");
  REQUIRE(centre.issue().status == 201);
  const Answer second = centre.issue();
  REQUIRE(second.status == 201);
  centre.limit_pages(1);
  // A command that issues a ticket, then makes a write that needs many new
  // pages (as a large booking or report would): the page limit stops it there.
  const ApiReply refused = centre.engine.execute([](QueueService& service, Instant now) {
    ApiReply issued = service.issue_ticket(IssueRequest{"iin"}, now);
    service.database_for_fault_tests().exec(
        "INSERT INTO events (seq, at, type, body) VALUES ((SELECT max(seq) + 1 FROM events), 0, 'filler', "
        "json_object('pad', printf('%.*c', 100000, 'x')))");
    return issued;
  });
  CHECK(refused.status == 503);  // was 500 internal
  CHECK(json::parse(refused.body).at("error").at("code") == "storage_unavailable");
  centre.limit_pages(1'000'000);
  // Its ticket went with it: not stored, its number not spent.
  CHECK(centre.count("SELECT count(*) FROM tickets") == 2);
  CHECK(centre.count("SELECT count(*) FROM events WHERE type = 'filler'") == 0);
  const Answer next = centre.issue();
  REQUIRE(next.status == 201);
  CHECK(sequence_of(next.number()) == sequence_of(second.number()) + 1);
}

TEST_CASE("engine storage faults: a full disk fails the commit, the write gets 503 and the server carries on") {
  Centre centre("2026-11-24T10:00:00+05:00");
  REQUIRE(centre.issue().status == 201);
  const Answer second = centre.issue();
  REQUIRE(second.status == 201);
  const auto events_before = centre.published.size();

  centre.disk.set_full(true);
  const Answer refused = centre.issue();
  CHECK(refused.status == 503);
  CHECK(refused.error_code() == "storage_unavailable");
  CHECK(centre.disk.refused_writes() > 0);          // the commit met the full disk
  CHECK(centre.published.size() == events_before);  // nothing announced
  CHECK(centre.status().status == 200);
  CHECK(centre.board().status == 200);
  const Answer read_back = centre.call(beast_http::verb::get, "/api/v1/tickets/" + std::to_string(second.id()));
  CHECK(read_back.status == 200);

  centre.disk.set_full(false);
  CHECK(centre.count("SELECT count(*) FROM tickets") == 2);
  const Answer next = centre.issue();
  REQUIRE(next.status == 201);
  CHECK(sequence_of(next.number()) == sequence_of(second.number()) + 1);
}

TEST_CASE("engine storage faults: 13:00 in a batch whose commit fails is announced by the next committed batch") {
  Centre centre("2026-11-24T12:59:00+05:00");
  REQUIRE(centre.status().status == 200);
  centre.published.clear();

  centre.disk.set_full(true);
  centre.clock.set(at("2026-11-24T13:00:01+05:00"));
  // The clock's batch cannot be saved; the status is still read (the batch
  // runs again without the clock's writes), and says lunch from the calendar.
  const Answer during = centre.status();
  CHECK(during.status == 200);
  CHECK(during.body.at("status").at("state") == "lunch");
  CHECK(centre.disk.refused_writes() > 0);
  CHECK(centre.published_of("centre.status") == 0);  // it reached nobody

  centre.clock.set(at("2026-11-24T13:00:02+05:00"));
  CHECK(centre.status().status == 200);
  CHECK(centre.published_of("centre.status") == 0);  // still full: still not announced

  centre.disk.set_full(false);
  centre.clock.set(at("2026-11-24T13:00:03+05:00"));
  REQUIRE(centre.status().status == 200);
  REQUIRE(centre.published_of("centre.status") == 1);
  const json::object& event = centre.published.front();
  CHECK(event.at("type") == "centre.status");
  CHECK(centre.count("SELECT count(*) FROM events WHERE type = 'centre.status'") == 1);
}

TEST_CASE("engine storage faults: the day-end sweep, retention and day.started wait for room, then are saved") {
  // event_days 1: Tuesday's events are past retention by Thursday.
  Centre centre("2026-11-24T17:00:00+05:00", 1);
  const Answer tuesday = centre.issue();
  REQUIRE(tuesday.status == 201);
  const std::string ticket_status = "SELECT count(*) FROM tickets WHERE id = " + std::to_string(tuesday.id()) + " AND ";
  REQUIRE(centre.count("SELECT count(*) FROM events") > 1);

  centre.disk.set_full(true);
  centre.clock.set(at("2026-11-26T08:00:00+05:00"));  // Thursday
  CHECK(centre.status().status == 200);
  CHECK(centre.board().status == 200);
  CHECK(centre.published_of("day.started") == 0);
  CHECK(centre.disk.refused_writes() > 0);
  centre.disk.set_full(false);
  // Nothing of the new day was saved: the ticket is still open, the old
  // events are still there.
  CHECK(centre.count(ticket_status + "status = 'waiting'") == 1);
  CHECK(centre.count("SELECT count(*) FROM events") > 1);

  centre.clock.set(at("2026-11-26T08:00:01+05:00"));
  CHECK(centre.status().status == 200);
  CHECK(centre.published_of("day.started") == 1);
  CHECK(centre.count(ticket_status + "status = 'cancelled'") == 1);
  // Tuesday's events deleted; day.started, written since, is kept.
  CHECK(centre.count("SELECT count(*) FROM events WHERE at < " +
                     std::to_string(at("2026-11-25T08:00:00+05:00").time_since_epoch().count())) <= 1);
  CHECK(centre.count("SELECT count(*) FROM events WHERE type = 'day.started'") == 1);
}

}  // namespace kezek_server_engine_storage_faults
