// EventLog: sequence numbers that only go up and survive restarts.
#include <doctest/doctest.h>

#include <string>

#include "server/store/event_log.hpp"
#include "server/store/migrations.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_event_log {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;
using kezek::store::testing::TempDir;

namespace {
Instant tuesday_at(seconds time_of_day) { return from_local(2026y / November / 24, time_of_day); }
}  // namespace

TEST_CASE("store/events: appended events are read back in order, after a restart too") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db = open_database(path);
    EventLog log(db);
    CHECK(log.last_seq() == 0);
    Transaction transaction(db);
    log.append(1, tuesday_at(9h), "ticket_issued", R"({"number":"W-001","lang":"қаз"})");
    log.append(2, tuesday_at(9h + 1min), "ticket_called", R"({"number":"W-001","counter":3})");
    log.append(5, tuesday_at(9h + 2min), "counter_paused", R"({"counter":3})");
    transaction.commit();
  }
  Database db = open_database(path);
  EventLog log(db);
  CHECK(log.last_seq() == 5);
  const auto all = log.since(0, 100);
  REQUIRE(all.size() == 3);
  CHECK(all[0].seq == 1);
  CHECK(all[0].at == tuesday_at(9h));
  CHECK(all[0].type == "ticket_issued");
  CHECK(all[0].body == R"({"number":"W-001","lang":"қаз"})");
  CHECK(all[2].seq == 5);

  const auto after_one = log.since(1, 1);
  REQUIRE(after_one.size() == 1);
  CHECK(after_one[0].seq == 2);
  CHECK(log.since(5, 10).empty());
  CHECK(log.since(0, 0).empty());
}

TEST_CASE("store/events: a seq that does not increase, or a body that is not JSON, is refused") {
  Database db = open_database(std::string(Database::kInMemory));
  EventLog log(db);
  Transaction transaction(db);
  log.append(10, tuesday_at(9h), "a", "{}");
  try {
    log.append(10, tuesday_at(9h), "b", "{}");
    FAIL("a repeated seq should be refused");
  } catch (const StoreError& e) {
    CHECK(e.is_constraint_violation());
  }
  try {
    log.append(9, tuesday_at(9h), "b", "{}");
    FAIL("a lower seq should be refused");
  } catch (const StoreError& e) {
    CHECK(std::string(e.what()).find("event seq must be greater") != std::string::npos);
  }
  CHECK_THROWS_AS(log.append(11, tuesday_at(9h), "b", "{not json"), StoreError);
  CHECK_THROWS_AS(log.append(0, tuesday_at(9h), "b", "{}"), StoreError);  // not above 10, and seq starts at 1
  CHECK(log.last_seq() == 10);
  log.append(11, tuesday_at(9h), "b", "[]");
  CHECK(log.last_seq() == 11);
}

TEST_CASE("store/events: append needs a transaction") {
  Database db = open_database(std::string(Database::kInMemory));
  EventLog log(db);
  CHECK_THROWS_AS(log.append(1, tuesday_at(9h), "a", "{}"), StoreError);
  CHECK(log.last_seq() == 0);
}

}  // namespace kezek_server_store_event_log
