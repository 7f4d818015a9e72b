#include "server/store/database.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <limits>
#include <system_error>
#include <utility>

namespace kezek::store {
namespace {

constexpr int kOpenFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;

bool is_file_path(const std::string& path) { return !path.empty() && path != Database::kInMemory; }

// Owns a destination connection for backup_to, so every exit closes it.
struct BackupTarget {
  sqlite3* db = nullptr;
  ~BackupTarget() { sqlite3_close_v2(db); }
};

// Makes a rename durable: the directory entry itself is flushed.
void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) {
    throw StoreError("backup: cannot open directory " + dir.string() +
                     " to sync it: " + std::error_code(errno, std::generic_category()).message());
  }
  const int rc = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  if (rc != 0) {
    throw StoreError("backup: cannot sync directory " + dir.string() + ": " +
                     std::error_code(saved, std::generic_category()).message());
  }
}

}  // namespace

Database::Database(const std::string& path, std::chrono::milliseconds busy_timeout) : path_(path), cache_(nullptr) {
  const int rc = sqlite3_open_v2(path.c_str(), &db_, kOpenFlags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw StoreError("cannot open database '" + path + "': " + message, rc);
  }
  cache_ = StatementCache(db_);
  // From here on the destructor will not run if we throw: close by hand.
  try {
    sqlite3_extended_result_codes(db_, 1);
    const auto ms = busy_timeout.count();
    sqlite3_busy_timeout(db_,
                         ms > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(ms));
    exec("PRAGMA foreign_keys = ON");
    const std::string journal = pragma_text("PRAGMA journal_mode = WAL");
    if (is_file_path(path) && journal != "wal") {
      throw StoreError("cannot enable WAL on '" + path + "' (journal_mode is '" + journal + "')");
    }
    exec("PRAGMA synchronous = FULL");
  } catch (...) {
    cache_.clear();
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw;
  }
}

Database::~Database() {
  // Statements first: a connection with live statements would only become a
  // zombie. close_v2 still copes if a repository outlives us by mistake.
  cache_.clear();
  sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : path_(std::move(other.path_)),
      db_(std::exchange(other.db_, nullptr)),
      cache_(std::exchange(other.cache_, StatementCache(nullptr))) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    cache_.clear();
    sqlite3_close_v2(db_);
    path_ = std::move(other.path_);
    db_ = std::exchange(other.db_, nullptr);
    cache_ = std::exchange(other.cache_, StatementCache(nullptr));
  }
  return *this;
}

void Database::fail(std::string_view what) const {
  const int code = sqlite3_extended_errcode(db_);
  throw StoreError(std::string(sqlite3_errmsg(db_)) + " [code " + std::to_string(code) + "] in: " + std::string(what),
                   code);
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);  // sqlite3_exec wants a terminated string
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    const std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    const int code = sqlite3_extended_errcode(db_);
    throw StoreError(message + " [code " + std::to_string(code) + "] in: " + text, code);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_, sql); }

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

std::int64_t Database::total_changes() const { return sqlite3_total_changes64(db_); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

std::string Database::pragma_text(std::string_view sql) {
  Statement statement(db_, sql);
  return statement.step() ? statement.column_text(0) : std::string();
}

void Database::backup_to(const std::string& path) {
  if (in_transaction()) {
    throw StoreError("backup_to('" + path + "') inside a transaction: commit first");
  }
  const std::filesystem::path target(path);
  const std::filesystem::path temporary(path + ".tmp");
  std::error_code ignored;  // a missing leftover is the normal case
  std::filesystem::remove(temporary, ignored);

  {
    BackupTarget dest;
    if (const int rc =
            sqlite3_open_v2(temporary.c_str(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        rc != SQLITE_OK) {
      throw StoreError("backup: cannot create '" + temporary.string() +
                           "': " + (dest.db != nullptr ? sqlite3_errmsg(dest.db) : sqlite3_errstr(rc)),
                       rc);
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest.db, "main", db_, "main");
    if (backup == nullptr) {
      throw StoreError(std::string("backup: ") + sqlite3_errmsg(dest.db), sqlite3_extended_errcode(dest.db));
    }
    // All pages in one step: the engine thread does the copy, and a step
    // of -1 gives one consistent snapshot. Busy/locked only if another
    // process holds a lock; retry briefly, as the busy timeout would.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
      rc = sqlite3_backup_step(backup, -1);
      if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
        break;
      }
      sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);  // its code repeats the step's, read below
    if (rc != SQLITE_DONE) {
      throw StoreError("backup to '" + path + "' failed: " + sqlite3_errstr(rc), rc);
    }
    // A backup is one self-contained file, easy to copy off the machine.
    char* error = nullptr;
    if (sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error != nullptr ? error : "unknown error";
      sqlite3_free(error);
      throw StoreError("backup: cannot finish '" + temporary.string() + "': " + message);
    }
  }

  std::error_code renamed;
  std::filesystem::rename(temporary, target, renamed);
  if (renamed) {
    throw StoreError("backup: cannot move '" + temporary.string() + "' to '" + path + "': " + renamed.message());
  }
  sync_directory(target.parent_path());
}

}  // namespace kezek::store
