#pragma once
// What the database keeps, and for how long (docs/operations.md, "Retention"):
// events as long as resuming and looking back need them (config event_days), the
// day's records — tickets, bookings, the audit log, the day sequences — for
// record_days (a year by default), then they are deleted and the space reclaimed.
// The newest event is always kept: the sequence clients resume from must never
// go back to 1.
//
// Writes run inside the caller's Transaction (StoreError otherwise).
// Threading: used only from the engine thread (as its Database).
#include "server/store/database.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::store {

struct Deleted {
  int events = 0;
  int tickets = 0;
  int appointments = 0;
  int audit_entries = 0;
  bool operator==(const Deleted&) const = default;
};

class Retention {
 public:
  explicit Retention(Database& db);

  // Events before `events_cutoff` (but the newest); tickets, day sequences and
  // bookings of days before `records_cutoff`, and audit entries before it. Then
  // gives free pages back to the file system (a database made with
  // auto_vacuum = INCREMENTAL; an older file reuses them instead).
  Deleted delete_before(Instant events_cutoff, Instant records_cutoff);

 private:
  Database& db_;
};

}  // namespace kezek::store
