#pragma once
// One SQLite connection, owned: opened with the server's pragmas, closed in the
// destructor. The schema is not touched here; open_database() (migrations.hpp)
// opens and migrates, and is what the server uses.
//
// Pragmas, and why:
//  - journal_mode=WAL: readers (backups, reports) never block the writer.
//  - synchronous=FULL: a commit is on the disk, even across a power cut, before
//    the server acknowledges it (NORMAL could lose the last commits in WAL).
//  - foreign_keys=ON: references between tables are checked by the database.
//  - busy_timeout: another connection briefly holding the lock (a backup, an
//    admin's sqlite3 shell) makes us wait instead of failing at once.
//
// Threading: a Database and everything made from it (statements, repositories,
// transactions) is used by one thread at a time — the engine thread. Handing it
// over is fine (opened by a constructor, then used only by the engine's worker),
// using it from two threads at once is not: the connection is opened without
// SQLite's own mutex (SQLITE_OPEN_NOMUTEX). It may be moved only while nothing
// refers to it.
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/store/statement.hpp"
#include "server/store/statement_cache.hpp"
#include "server/store/store_error.hpp"

namespace kezek::store {

class Database {
 public:
  static constexpr std::string_view kInMemory = ":memory:";

  // Opens (creating if missing) the file at `path`, or a private in-memory
  // database for ":memory:". Throws StoreError if it cannot be opened or if
  // WAL cannot be enabled on a file (e.g. a file system without shared memory).
  explicit Database(const std::string& path, std::chrono::milliseconds busy_timeout = std::chrono::seconds(5));
  ~Database();

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs fixed SQL, possibly several statements (schema scripts, pragmas).
  // Never for SQL that carries data: that goes through bound parameters.
  void exec(std::string_view sql);

  // A new statement owned by the caller (repositories keep theirs as members).
  Statement prepare(std::string_view sql);
  // A statement prepared once and kept by the connection, for fixed SQL run
  // often from code that owns no statements (transactions, savepoints).
  Statement& cached(std::string_view sql) { return cache_.get(sql); }

  std::int64_t last_insert_rowid() const;
  // Rows changed by the most recent INSERT/UPDATE/DELETE.
  int changes() const;
  // Rows changed on this connection since it opened: whether some code wrote.
  std::int64_t total_changes() const;
  // True while a transaction (or savepoint) is open on this connection.
  bool in_transaction() const;

  // Copies the whole database to `path` with SQLite's online backup API: a
  // consistent snapshot, taken while the server keeps running. Written to
  // "<path>.tmp" and renamed into place, so `path` is never half a backup.
  // Must not be called inside a transaction that has uncommitted writes,
  // which the copy would include.
  void backup_to(const std::string& path);

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  [[noreturn]] void fail(std::string_view what) const;
  std::string pragma_text(std::string_view sql);

  std::string path_;
  sqlite3* db_ = nullptr;
  StatementCache cache_;
};

}  // namespace kezek::store
