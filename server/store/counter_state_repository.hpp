#pragma once
// The last known state of each counter (idle / calling / serving, the current
// ticket, paused), one row per counter, so a restart resumes every counter
// where it was.
//
// Threading: used only from the engine thread (as its Database). The Database
// must outlive the repository.
#include <vector>

#include "server/store/database.hpp"
#include "shared/domain/model.hpp"

namespace kezek::store {

class CounterStateRepository {
 public:
  explicit CounterStateRepository(Database& db);

  // Inserts or replaces the row for state.number, inside the caller's
  // Transaction/Savepoint (StoreError otherwise). A `current` ticket that is
  // not in `tickets` is refused (foreign key).
  void save(const domain::CounterState& state);
  // Every saved counter, by number.
  std::vector<domain::CounterState> load_all();

 private:
  Database& db_;
  Statement save_;
  Statement load_all_;
};

}  // namespace kezek::store
