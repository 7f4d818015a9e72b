// QueueService — housekeeping: the store's chores beside the queue (the
// day-end sweep, retention). A full disk must not stop the queue for them: each
// runs in a savepoint of its own, and when the storage refuses it only that
// chore is undone; tick() tries it again at the next batch, until it is saved.
#include <string>

#include "server/engine/fault_log.hpp"
#include "server/engine/queue_service.hpp"
#include "server/store/transaction.hpp"

namespace kezek::server {
namespace {

// Runs `chore` in a savepoint. False, with the chore undone and a line on
// stderr (FaultLog), when the storage failed (StoreError::is_storage_fault);
// any other error is a bug or bad data and goes to the caller as before.
template <typename Chore>
bool in_own_savepoint(store::Database& db, const char* what, Chore&& chore) {
  store::Savepoint savepoint(db, "housekeeping");
  try {
    chore();
    savepoint.release();
    return true;
  } catch (const store::StoreError& e) {
    if (!e.is_storage_fault()) throw;
    savepoint.rollback();
    // Per thread, as a QueueService runs on its engine's thread alone.
    thread_local FaultLog faults;
    faults.write(std::string(what) + " could not be saved, tried again at the next batch", e);
    return false;
  }
}

}  // namespace

bool QueueService::sweep_ended_days(Instant now) {
  const Date today = local_date(now);
  return in_own_savepoint(db_, "the day-end sweep", [&] {
    tickets_.close_open_before(today, now);
    appointments_.close_ended_before(from_local(today, std::chrono::seconds(0)));
  });
}

bool QueueService::apply_retention(Instant now) {
  return in_own_savepoint(db_, "the retention", [&] {
    appointments_.purge_applicants_before(now - std::chrono::days(config_.personal_data_days));
    retention_.delete_before(now - std::chrono::days(config_.event_days), now - std::chrono::days(config_.record_days));
  });
}

}  // namespace kezek::server
