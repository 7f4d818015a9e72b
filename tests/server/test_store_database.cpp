// Database: opening, the server's pragmas, exec, and online backup.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "server/store/database.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_database {

using namespace kezek::store;
using kezek::store::testing::TempDir;

namespace {

std::string pragma(Database& db, const char* sql) {
  Statement statement = db.prepare(sql);
  REQUIRE(statement.step());
  return statement.column_text(0);
}

int count_rows(Database& db, const char* table_query) {
  Statement statement = db.prepare(table_query);
  REQUIRE(statement.step());
  return statement.column_int(0);
}

}  // namespace

TEST_CASE("store/database: a file opens in WAL with synchronous=FULL and foreign keys on") {
  TempDir dir;
  Database db(dir.file("kezek.db"));
  CHECK(pragma(db, "PRAGMA journal_mode") == "wal");
  CHECK(pragma(db, "PRAGMA synchronous") == "2");  // 2 = FULL
  CHECK(pragma(db, "PRAGMA foreign_keys") == "1");
  CHECK(pragma(db, "PRAGMA busy_timeout") == "5000");
  CHECK(db.path() == dir.file("kezek.db"));
}

TEST_CASE("store/database: in memory, and a busy timeout of our choosing") {
  Database db(std::string(Database::kInMemory), std::chrono::milliseconds(250));
  CHECK(pragma(db, "PRAGMA journal_mode") == "memory");  // WAL does not apply
  CHECK(pragma(db, "PRAGMA synchronous") == "2");
  CHECK(pragma(db, "PRAGMA busy_timeout") == "250");
}

TEST_CASE("store/database: an unopenable path is a StoreError naming it") {
  TempDir dir;
  const std::string path = dir.file("no/such/dir/kezek.db");
  try {
    Database db(path);
    FAIL("opening should have failed");
  } catch (const StoreError& e) {
    CHECK(std::string(e.what()).find(path) != std::string::npos);
  }
}

TEST_CASE("store/database: exec, last_insert_rowid and changes") {
  Database db(std::string(Database::kInMemory));
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('a'), ('b')");
  CHECK(db.last_insert_rowid() == 2);
  db.exec("UPDATE t SET v = 'c'");
  CHECK(db.changes() == 2);
  try {
    db.exec("INSERT INTO missing VALUES (1)");
    FAIL("exec should have thrown");
  } catch (const StoreError& e) {
    const std::string what = e.what();
    CHECK(what.find("no such table: missing") != std::string::npos);
    CHECK(what.find("INSERT INTO missing") != std::string::npos);
  }
}

TEST_CASE("store/database: the statement cache prepares fixed SQL once") {
  Database db(std::string(Database::kInMemory));
  Statement& first = db.cached("SELECT 42");
  Statement& second = db.cached("SELECT 42");
  CHECK(&first == &second);
  StatementUse use(first);
  REQUIRE(first.step());
  CHECK(first.column_int(0) == 42);
}

TEST_CASE("store/database: backup_to writes a file that opens with the same rows") {
  TempDir dir;
  Database db(dir.file("live.db"));
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  {
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT INTO t (v) VALUES (?1)");
    for (int i = 0; i < 500; ++i) {
      StatementUse use(insert);
      insert.bind(1, "Астана " + std::to_string(i));
      insert.run();
    }
    transaction.commit();
  }
  const std::string copy = dir.file("backup.db");
  db.backup_to(copy);
  CHECK(std::filesystem::exists(copy));
  CHECK_FALSE(std::filesystem::exists(copy + ".tmp"));

  // The live database keeps working, and a later backup replaces the first.
  db.exec("INSERT INTO t (v) VALUES ('after')");
  {
    Database restored(copy);
    CHECK(count_rows(restored, "SELECT count(*) FROM t") == 500);
    Statement row = restored.prepare("SELECT v FROM t WHERE id = 500");
    REQUIRE(row.step());
    CHECK(row.column_text(0) == "Астана 499");
  }
  db.backup_to(copy);
  Database restored(copy);
  CHECK(count_rows(restored, "SELECT count(*) FROM t") == 501);
}

TEST_CASE("store/database: backup_to refuses to copy uncommitted writes") {
  TempDir dir;
  Database db(dir.file("live.db"));
  db.exec("CREATE TABLE t (v INTEGER)");
  Transaction transaction(db);
  db.exec("INSERT INTO t VALUES (1)");
  CHECK_THROWS_AS(db.backup_to(dir.file("backup.db")), StoreError);
  CHECK_FALSE(std::filesystem::exists(dir.file("backup.db")));
}

}  // namespace kezek_server_store_database
