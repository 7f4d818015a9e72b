// Transaction and Savepoint: nothing is kept unless committed/released.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "server/store/database.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_transaction {

using namespace kezek::store;
using kezek::store::testing::TempDir;

namespace {

void insert(Database& db, int value) {
  Statement statement = db.prepare("INSERT INTO t VALUES (?1)");
  statement.bind(1, value);
  statement.run();
}

std::string values(Database& db) {
  Statement statement = db.prepare("SELECT group_concat(v, ',') FROM (SELECT v FROM t ORDER BY v)");
  REQUIRE(statement.step());
  return statement.column_text(0);
}

}  // namespace

TEST_CASE("store/transaction: a transaction that is not committed leaves nothing") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db(path);
    db.exec("CREATE TABLE t (v INTEGER)");
    {
      Transaction transaction(db);
      CHECK(db.in_transaction());
      insert(db, 1);
      insert(db, 2);
    }
    CHECK_FALSE(db.in_transaction());
    CHECK(values(db).empty());
    try {
      Transaction transaction(db);
      insert(db, 3);
      throw std::runtime_error("command failed");
    } catch (const std::runtime_error&) {
      // expected: the exception unwinds the transaction
    }
    CHECK(values(db).empty());
  }
  Database reopened(path);
  CHECK(values(reopened).empty());
}

TEST_CASE("store/transaction: a committed transaction survives closing the file") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db(path);
    db.exec("CREATE TABLE t (v INTEGER)");
    Transaction transaction(db);
    insert(db, 1);
    insert(db, 2);
    transaction.commit();
    CHECK(transaction.committed());
  }
  Database reopened(path);
  CHECK(values(reopened) == "1,2");
}

TEST_CASE("store/transaction: a rolled-back savepoint undoes only its own part") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db(path);
    db.exec("CREATE TABLE t (v INTEGER UNIQUE)");
    Transaction batch(db);
    // Group commit: three commands, the second fails half way.
    for (int command = 1; command <= 3; ++command) {
      try {
        Savepoint one(db, "command");
        insert(db, command * 10);
        if (command == 2) {
          insert(db, 10);  // UNIQUE violation after a good insert
        }
        one.release();
      } catch (const StoreError& e) {
        CHECK(command == 2);
        CHECK(e.is_constraint_violation());
      }
    }
    {
      Savepoint explicit_undo(db, "undo_me");
      insert(db, 40);
      explicit_undo.rollback();
    }
    CHECK(db.in_transaction());
    batch.commit();
  }
  Database reopened(path);
  CHECK(values(reopened) == "10,30");
}

TEST_CASE("store/transaction: nested savepoints, and a savepoint name must be an identifier") {
  Database db(std::string(Database::kInMemory));
  db.exec("CREATE TABLE t (v INTEGER)");
  Transaction transaction(db);
  {
    Savepoint outer(db, "outer_1");
    insert(db, 1);
    {
      Savepoint inner(db, "inner");
      insert(db, 2);
    }  // not released: undone
    outer.release();
  }
  CHECK_THROWS_AS(Savepoint(db, "x; DROP TABLE t"), StoreError);
  CHECK_THROWS_AS(Savepoint(db, "1st"), StoreError);
  CHECK_THROWS_AS(Savepoint(db, ""), StoreError);
  transaction.commit();
  CHECK(values(db) == "1");
}

TEST_CASE("store/transaction: BEGIN IMMEDIATE takes the write lock at once") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  Database first(path);
  first.exec("CREATE TABLE t (v INTEGER)");
  Database second(path, std::chrono::milliseconds(50));
  Transaction holding(first);
  try {
    Transaction waiting(second);
    FAIL("a second writer should be refused while the first holds the lock");
  } catch (const StoreError& e) {
    CHECK(std::string(e.what()).find("locked") != std::string::npos);
  }
}

}  // namespace kezek_server_store_transaction
