// Statement: prepared once, bound, stepped, reset and reused.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "server/store/database.hpp"

namespace kezek_server_store_statement {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;

TEST_CASE("store/statement: one statement is reused with fresh bindings each time") {
  Database db(std::string(Database::kInMemory));
  db.exec("CREATE TABLE t (a INTEGER, b REAL, c TEXT, d INTEGER)");
  Statement insert = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
  for (int i = 1; i <= 3; ++i) {
    StatementUse use(insert);
    insert.bind(1, i);
    insert.bind(2, i * 1.5);
    insert.bind(3, "row " + std::to_string(i));
    if (i == 2) {
      insert.bind(4, std::int64_t{1} << 40);
    }
    insert.run();
  }
  Statement select = db.prepare("SELECT a, b, c, d FROM t ORDER BY a");
  StatementUse use(select);
  REQUIRE(select.step());
  CHECK(select.column_count() == 4);
  CHECK(select.column_int(0) == 1);
  CHECK(select.column_double(1) == doctest::Approx(1.5));
  CHECK(select.column_text(2) == "row 1");
  // reset() cleared row 2's binding of ?4: rows 1 and 3 get NULL.
  CHECK(select.is_null(3));
  REQUIRE(select.step());
  CHECK(select.column_int64(3) == (std::int64_t{1} << 40));
  CHECK_THROWS_AS((void)select.column_int(3), StoreError);  // does not fit an int
  REQUIRE(select.step());
  CHECK(select.is_null(3));
  CHECK_FALSE(select.step());
}

TEST_CASE("store/statement: optionals, nulls, instants, dates and UTF-8 text round-trip") {
  Database db(std::string(Database::kInMemory));
  db.exec("CREATE TABLE t (i INTEGER, s TEXT, at INTEGER, day TEXT)");
  Statement insert = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
  const Instant at = from_local(2026y / November / 24, 10h + 15min);
  const std::string kazakh = "Қазақша: ә ғ қ ң ө ұ ү һ і";
  {
    StatementUse use(insert);
    insert.bind(1, std::optional<int>(7));
    insert.bind(2, std::optional<std::string>(kazakh));
    insert.bind(3, std::optional<Instant>(at));
    insert.bind(4, Date{2026y / November / 24});
    insert.run();
  }
  {
    StatementUse use(insert);
    insert.bind(1, std::optional<int>());
    insert.bind(2, std::nullopt);
    insert.bind(3, std::optional<Instant>());
    insert.bind(4, std::string_view(""));  // '' is not NULL
    insert.run();
  }
  Statement select = db.prepare("SELECT i, s, at, day, typeof(at), typeof(day) FROM t ORDER BY rowid");
  StatementUse use(select);
  REQUIRE(select.step());
  CHECK(select.column_optional_int(0) == std::optional<int>(7));
  CHECK(select.column_optional_text(1) == std::optional<std::string>(kazakh));
  CHECK(select.column_optional_instant(2) == std::optional<Instant>(at));
  CHECK(select.column_date(3) == Date{2026y / November / 24});
  CHECK(select.column_text(4) == "integer");  // instants are unix seconds
  CHECK(select.column_text(5) == "text");     // dates are 'YYYY-MM-DD'
  CHECK(select.column_text(3) == "2026-11-24");
  REQUIRE(select.step());
  CHECK_FALSE(select.column_optional_int(0).has_value());
  CHECK_FALSE(select.column_optional_text(1).has_value());
  CHECK_FALSE(select.column_optional_instant(2).has_value());
  CHECK_FALSE(select.is_null(3));
  CHECK_THROWS_AS((void)select.column_date(3), StoreError);  // '' is no date
}

TEST_CASE("store/statement: bad SQL is reported with SQLite's message and the SQL") {
  Database db(std::string(Database::kInMemory));
  try {
    (void)db.prepare("SELEKT 1");
    FAIL("prepare should have thrown");
  } catch (const StoreError& e) {
    const std::string what = e.what();
    CHECK(what.find("syntax error") != std::string::npos);
    CHECK(what.find("SELEKT 1") != std::string::npos);
  }
  // A second statement would silently never run, so it is refused.
  CHECK_THROWS_AS((void)db.prepare("SELECT 1; SELECT 2"), StoreError);
  CHECK_NOTHROW((void)db.prepare("SELECT 1;"));
}

TEST_CASE("store/statement: a failed step throws and the statement is usable again") {
  Database db(std::string(Database::kInMemory));
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY)");
  Statement insert = db.prepare("INSERT INTO t VALUES (?1)");
  {
    StatementUse use(insert);
    insert.bind(1, "a");
    insert.run();
  }
  try {
    StatementUse use(insert);
    insert.bind(1, "a");
    insert.run();
    FAIL("duplicate key should have thrown");
  } catch (const StoreError& e) {
    CHECK(e.is_constraint_violation());
    CHECK(std::string(e.what()).find("UNIQUE") != std::string::npos);
    CHECK(std::string(e.what()).find("INSERT INTO t") != std::string::npos);
  }
  StatementUse use(insert);
  insert.bind(1, "b");
  CHECK_NOTHROW(insert.run());
  CHECK(db.changes() == 1);
}

}  // namespace kezek_server_store_statement
