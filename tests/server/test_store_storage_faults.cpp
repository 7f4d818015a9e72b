// StoreError tells a failing disk from bad data: a full disk — at a statement
// (max_page_count) or at COMMIT (FullDisk) — is a storage fault, which the
// engine answers 503 storage_unavailable; a constraint violation is not.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include "server/store/database.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_full_disk.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_storage_faults {

using namespace kezek::store;

namespace {

// Runs `sql` and returns the StoreError it threw (a default one, code 0, if none).
template <typename Work>
StoreError error_of(Work&& work) {
  try {
    work();
  } catch (const StoreError& e) {
    return e;
  }
  return StoreError("no error");
}

}  // namespace

TEST_CASE("store errors: a full disk at a statement or at commit is a storage fault, a constraint is not") {
  testing::TempDir dir;
  testing::FullDisk disk;
  Database db(dir.file("kezek.db"));
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");

  const StoreError constraint = error_of([&] { db.exec("INSERT INTO t VALUES (1, NULL)"); });
  CHECK(constraint.is_constraint_violation());
  CHECK_FALSE(constraint.is_storage_fault());
  CHECK_FALSE(StoreError("bad stored text").is_storage_fault());

  // The file may not grow: a row needing new pages fails where it is written.
  db.exec("PRAGMA max_page_count = 1");
  const StoreError pages = error_of([&] {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (2, printf('%.*c', 100000, 'x'))");
    tx.commit();
  });
  CHECK((pages.code() & 0xff) == SQLITE_FULL);
  CHECK(pages.is_storage_fault());
  db.exec("PRAGMA max_page_count = 1000000");

  // The disk itself full: the statement only fills the cache, the COMMIT's
  // write to the WAL fails, and nothing is kept.
  disk.set_full(true);
  const StoreError commit = error_of([&] {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (3, printf('%.*c', 100000, 'x'))");
    tx.commit();
  });
  CHECK((commit.code() & 0xff) == SQLITE_FULL);
  CHECK(commit.is_storage_fault());
  CHECK(disk.refused_writes() > 0);
  disk.set_full(false);
  Statement count = db.prepare("SELECT count(*) FROM t");
  REQUIRE(count.step());
  CHECK(count.column_int(0) == 0);
}

}  // namespace kezek_server_store_storage_faults
