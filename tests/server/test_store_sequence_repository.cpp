// SequenceRepository: daily numbering per letter, never reused after a restart.
#include <doctest/doctest.h>

#include <string>

#include "server/store/migrations.hpp"
#include "server/store/sequence_repository.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_server_store_sequence_repository {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;
using kezek::store::testing::TempDir;

namespace {

using kezek::test_day::kDay;
}

TEST_CASE("store/sequences: numbers count up per day and per letter") {
  Database db = open_database(std::string(Database::kInMemory));
  SequenceRepository sequences(db);
  Transaction transaction(db);
  CHECK(sequences.last(kDay, 'W') == 0);
  CHECK(sequences.next(kDay, 'W') == 1);
  CHECK(sequences.next(kDay, 'W') == 2);
  CHECK(sequences.next(kDay, 'A') == 1);
  CHECK(sequences.next(kDay, 'W') == 3);
  CHECK(sequences.next(2026y / November / 25, 'W') == 1);
  CHECK(sequences.last(kDay, 'W') == 3);
  CHECK(sequences.last(kDay, 'A') == 1);
}

TEST_CASE("store/sequences: numbering continues after closing and reopening the file") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  {
    Database db = open_database(path);
    SequenceRepository sequences(db);
    Transaction transaction(db);
    for (int i = 0; i < 17; ++i) {
      sequences.next(kDay, 'W');
    }
    transaction.commit();
  }
  Database db = open_database(path);
  SequenceRepository sequences(db);
  Transaction transaction(db);
  CHECK(sequences.next(kDay, 'W') == 18);
}

TEST_CASE("store/sequences: a rolled-back command gives its number back") {
  Database db = open_database(std::string(Database::kInMemory));
  SequenceRepository sequences(db);
  Transaction transaction(db);
  CHECK(sequences.next(kDay, 'W') == 1);
  {
    Savepoint failed(db, "command");
    CHECK(sequences.next(kDay, 'W') == 2);
  }  // not released: the ticket that would use 2 was never issued
  CHECK(sequences.next(kDay, 'W') == 2);
}

TEST_CASE("store/sequences: next outside a transaction is refused") {
  Database db = open_database(std::string(Database::kInMemory));
  SequenceRepository sequences(db);
  CHECK_THROWS_AS(sequences.next(kDay, 'W'), StoreError);
  CHECK(sequences.last(kDay, 'W') == 0);
}

}  // namespace kezek_server_store_sequence_repository
