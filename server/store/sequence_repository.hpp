#pragma once
// Daily ticket numbering per group letter ("W-017": letter W, 17th of the day),
// kept in `day_sequences` so that a restart continues where it stopped and a
// number is never handed out twice.
//
// Threading: used only from the engine thread (as its Database). The Database
// must outlive the repository.
#include "server/store/database.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::store {

class SequenceRepository {
 public:
  explicit SequenceRepository(Database& db);

  // The next number for `letter` on `day`: 1 for the first, then 2, 3...
  // One atomic upsert inside the caller's Transaction/Savepoint (throws
  // StoreError outside one), so the number is taken only if the ticket
  // that uses it commits.
  int next(Date day, char letter);

  // The last number given for `letter` on `day`, 0 if none yet.
  int last(Date day, char letter);

 private:
  Database& db_;
  Statement next_;
  Statement last_;
};

}  // namespace kezek::store
