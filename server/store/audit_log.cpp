#include "server/store/audit_log.hpp"

#include "server/store/write_guard.hpp"

namespace kezek::store {

AuditLog::AuditLog(Database& db)
    : db_(db),
      insert_(db.prepare("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)")),
      range_(db.prepare("SELECT id, at, actor, action, subject, detail FROM audit_log "
                        "WHERE at >= ?1 AND at < ?2 ORDER BY id")) {}

void AuditLog::append(Instant at, std::string_view actor, std::string_view action, std::string_view subject,
                      std::string_view detail) {
  require_transaction(db_, "AuditLog::append");
  StatementUse use(insert_);
  insert_.bind(1, at);
  insert_.bind(2, actor);
  insert_.bind(3, action);
  insert_.bind(4, subject);
  insert_.bind(5, detail);
  insert_.run();
}

std::vector<AuditEntry> AuditLog::range(Instant from, Instant to) {
  StatementUse use(range_);
  range_.bind(1, from);
  range_.bind(2, to);
  std::vector<AuditEntry> out;
  while (range_.step()) {
    out.push_back(AuditEntry{range_.column_int64(0), range_.column_instant(1), range_.column_text(2),
                             range_.column_text(3), range_.column_text(4), range_.column_text(5)});
  }
  return out;
}

}  // namespace kezek::store
