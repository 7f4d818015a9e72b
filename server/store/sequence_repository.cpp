#include "server/store/sequence_repository.hpp"

#include <string_view>

#include "server/store/write_guard.hpp"

namespace kezek::store {
namespace {

constexpr std::string_view kNext =
    "INSERT INTO day_sequences (day, letter, last) VALUES (?1, ?2, 1) "
    "ON CONFLICT (day, letter) DO UPDATE SET last = last + 1 "
    "RETURNING last";
constexpr std::string_view kLast = "SELECT last FROM day_sequences WHERE day = ?1 AND letter = ?2";

}  // namespace

SequenceRepository::SequenceRepository(Database& db) : db_(db), next_(db.prepare(kNext)), last_(db.prepare(kLast)) {}

int SequenceRepository::next(Date day, char letter) {
  require_transaction(db_, "SequenceRepository::next");
  StatementUse use(next_);
  next_.bind(1, day);
  next_.bind(2, std::string_view(&letter, 1));
  if (!next_.step()) {
    throw StoreError("SequenceRepository::next: the upsert returned no row");
  }
  const int number = next_.column_int(0);
  // RETURNING: the row is written only once the statement has run to its end.
  next_.run();
  return number;
}

int SequenceRepository::last(Date day, char letter) {
  StatementUse use(last_);
  last_.bind(1, day);
  last_.bind(2, std::string_view(&letter, 1));
  return last_.step() ? last_.column_int(0) : 0;
}

}  // namespace kezek::store
