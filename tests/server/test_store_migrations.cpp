// Migrations: a fresh file gets the current schema; a newer one is refused.
#include <doctest/doctest.h>

#include <string>

#include "server/store/migrations.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_migrations {

using namespace kezek::store;
using kezek::store::testing::TempDir;

namespace {

bool has_object(Database& db, const char* type, const char* name) {
  Statement statement = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = ?1 AND name = ?2");
  statement.bind(1, type);
  statement.bind(2, name);
  REQUIRE(statement.step());
  return statement.column_int(0) == 1;
}

std::string open_error(const std::string& path) {
  try {
    Database db = open_database(path);
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("store/migrations: a fresh file gets the newest schema with every table and index") {
  TempDir dir;
  Database db = open_database(dir.file("kezek.db"));
  CHECK(schema_version(db) == kSchemaVersion);
  CHECK(kSchemaVersion == 3);
  for (const char* table : {"tickets", "day_sequences", "appointments", "counter_states", "events", "audit_log"}) {
    CAPTURE(table);
    CHECK(has_object(db, "table", table));
  }
  for (const char* index : {"tickets_by_day_status", "appointments_by_start", "appointments_by_applicant",
                            "appointments_by_status_start"}) {
    CAPTURE(index);
    CHECK(has_object(db, "index", index));
  }
  Statement app = db.prepare("PRAGMA application_id");
  REQUIRE(app.step());
  CHECK(app.column_int64(0) == kApplicationId);
}

TEST_CASE("store/migrations: reopening keeps the data and migrates nothing twice") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db = open_database(path);
    Transaction transaction(db);
    db.exec("INSERT INTO day_sequences (day, letter, last) VALUES ('2026-11-24', 'W', 17)");
    transaction.commit();
  }
  Database db = open_database(path);
  CHECK(schema_version(db) == kSchemaVersion);
  CHECK_NOTHROW(migrate(db));  // already current: a no-op
  Statement last = db.prepare("SELECT last FROM day_sequences WHERE letter = 'W'");
  REQUIRE(last.step());
  CHECK(last.column_int(0) == 17);
}

TEST_CASE("store/migrations: a database with a newer schema is refused and left alone") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db = open_database(path);
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
  }
  const std::string error = open_error(path);
  CAPTURE(error);
  CHECK(error.find("schema version " + std::to_string(kSchemaVersion + 1)) != std::string::npos);
  CHECK(error.find("newer than this server knows (" + std::to_string(kSchemaVersion) + ")") != std::string::npos);
  CHECK(error.find(path) != std::string::npos);

  Database raw(path);  // untouched: still at the newer version
  CHECK(schema_version(raw) == kSchemaVersion + 1);
}

TEST_CASE("store/migrations: a file that is not Kezek's is refused") {
  TempDir dir;
  const std::string foreign = dir.file("foreign.db");
  {
    Database db(foreign);
    db.exec("CREATE TABLE notes (text TEXT)");  // tables, but no schema version
  }
  CHECK(open_error(foreign).find("not a Kezek database") != std::string::npos);

  const std::string other_app = dir.file("other.db");
  {
    Database db(other_app);
    db.exec("PRAGMA application_id = 1234");
  }
  CHECK(open_error(other_app).find("not a Kezek database") != std::string::npos);
}

TEST_CASE("store/migrations: an in-memory store is migrated too") {
  Database db = open_database(std::string(Database::kInMemory));
  CHECK(schema_version(db) == kSchemaVersion);
  CHECK(has_object(db, "table", "tickets"));
}

TEST_CASE("store/migrations: a version 1 database is upgraded in place, keeping its data") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db(path);
    migrate(db, 1);  // a file as the first release wrote it
    CHECK(schema_version(db) == 1);
    CHECK_FALSE(has_object(db, "table", "audit_log"));
    Transaction transaction(db);
    db.exec("INSERT INTO day_sequences (day, letter, last) VALUES ('2026-11-24', 'O', 5)");
    db.exec(
        "INSERT INTO tickets (id, day, number, service, tier, status, lang, issued_at) "
        "VALUES (1, '2026-11-24', 'O-005', 'iin', 'standard', 'waiting', 'en', 1795500000)");
    db.exec("INSERT INTO counter_states (number, phase, current, paused) VALUES (3, 'idle', NULL, 1)");
    transaction.commit();
  }
  Database db = open_database(path);
  CHECK(schema_version(db) == kSchemaVersion);
  CHECK(has_object(db, "table", "audit_log"));
  CHECK(has_object(db, "index", "appointments_by_status_start"));
  Statement last = db.prepare("SELECT last FROM day_sequences WHERE letter = 'O'");
  REQUIRE(last.step());
  CHECK(last.column_int(0) == 5);
  // v3: the ticket has no close reason; the counter's state belongs to no day,
  // so no day restores its pause.
  Statement ticket = db.prepare("SELECT number, close_reason FROM tickets WHERE id = 1");
  REQUIRE(ticket.step());
  CHECK(ticket.column_text(0) == "O-005");
  CHECK(ticket.column_text(1).empty());
  Statement counter = db.prepare("SELECT paused, day FROM counter_states WHERE number = 3");
  REQUIRE(counter.step());
  CHECK(counter.column_int(0) == 1);
  CHECK(counter.column_text(1).empty());
}

}  // namespace kezek_server_store_migrations
