#pragma once
// AuditLog: who did what and when — every staff and administrator action
// (counter actions, bookings, cancellations), kept in the same transaction as
// the change itself, so the log and the state never disagree.
//
// Threading: used only from the engine thread.

#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::store {

struct AuditEntry {
  std::int64_t id = 0;
  Instant at{};
  std::string actor;    // "counter:3", "admin", "kiosk"
  std::string action;   // "call-next", "transfer", "book", ...
  std::string subject;  // ticket number, booking code, counter
  std::string detail;
};

class AuditLog {
 public:
  explicit AuditLog(Database& db);
  void append(Instant at, std::string_view actor, std::string_view action, std::string_view subject,
              std::string_view detail);
  // Entries with from <= at < to, oldest first.
  std::vector<AuditEntry> range(Instant from, Instant to);

 private:
  Database& db_;
  Statement insert_;
  Statement range_;
};

}  // namespace kezek::store
