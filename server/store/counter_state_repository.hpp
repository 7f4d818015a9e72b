#pragma once
// The last known state of each counter (idle / calling / serving, the current
// ticket, paused), one row per counter with the day it belongs to, so a
// restart resumes every counter where it was that day. A state is a day's:
// the next day every counter starts idle and not paused (docs/operations.md,
// "Day boundaries").
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

  // Inserts or replaces the row for state.number as `day`'s, inside the
  // caller's Transaction/Savepoint (StoreError otherwise). A `current` ticket
  // that is not in `tickets` is refused (foreign key).
  void save(const domain::CounterState& state, Date day);
  // The counters saved for `day`, by number; a counter last saved on another
  // day is not among them.
  std::vector<domain::CounterState> load_day(Date day);

 private:
  Database& db_;
  Statement save_;
  Statement load_day_;
};

}  // namespace kezek::store
