#include "server/store/transaction.hpp"

namespace kezek::store {
namespace {

// Runs fixed SQL through the connection's statement cache: group commit opens
// a savepoint per command, and that path must not parse SQL each time.
void run_cached(Database& db, std::string_view sql) {
  Statement& statement = db.cached(sql);
  StatementUse use(statement);
  statement.run();
}

bool is_identifier(std::string_view name) {
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) {
    return false;
  }
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

}  // namespace

Transaction::Transaction(Database& db) : db_(db) { run_cached(db_, "BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  // SQLite itself rolls back on some errors (disk full, I/O); then there is
  // nothing left to roll back and ROLLBACK would only fail.
  if (!done_ && db_.in_transaction()) {
    try {
      run_cached(db_, "ROLLBACK");
    } catch (const StoreError&) {
      // A destructor must not throw. A failed ROLLBACK leaves the
      // connection in a transaction, which the next BEGIN reports loudly.
    }
  }
}

void Transaction::commit() {
  run_cached(db_, "COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db, std::string_view name)
    : db_(db), name_(name), rollback_sql_("ROLLBACK TO " + name_), release_sql_("RELEASE " + name_) {
  if (!is_identifier(name_)) {
    throw StoreError("savepoint name '" + name_ + "' is not a plain SQL identifier");
  }
  run_cached(db_, "SAVEPOINT " + name_);
}

Savepoint::~Savepoint() {
  if (!done_ && db_.in_transaction()) {
    try {
      rollback();
    } catch (const StoreError&) {
      // A destructor must not throw; the enclosing Transaction, if any,
      // still rolls everything back when it is not committed.
    }
  }
}

void Savepoint::release() {
  run_cached(db_, release_sql_);
  done_ = true;
}

void Savepoint::rollback() {
  // ROLLBACK TO keeps the savepoint open; RELEASE then removes it, so the
  // savepoint stack is as it was before this one began.
  run_cached(db_, rollback_sql_);
  done_ = true;
  run_cached(db_, release_sql_);
}

}  // namespace kezek::store
