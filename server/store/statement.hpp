#pragma once
// A prepared SQLite statement: prepared once, then bound, stepped and reset on
// each use (the SQLiteCpp habit), so hot paths never parse SQL again.
//
// The store's conventions for the domain's time types live here too, so that
// every table agrees: an Instant is INTEGER unix seconds, a Date is TEXT
// 'YYYY-MM-DD'.
//
// Threading: a Statement belongs to its Database's thread (the engine thread);
// it must never be used from two threads, nor outlive its Database.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/time/local_time.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kezek::store {

class Statement {
 public:
  // Prepares `sql` (exactly one statement) on `db`; throws StoreError with
  // SQLite's message and the SQL when it does not compile.
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();

  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQL ("?1"). Text is copied by SQLite, so
  // the argument need not outlive the call.
  void bind(int index, std::int64_t value);
  void bind(int index, int value);
  void bind(int index, double value);
  void bind(int index, std::string_view value);
  void bind(int index, const char* value) { bind(index, std::string_view(value)); }
  void bind(int index, std::nullopt_t);
  void bind(int index, Instant value);  // INTEGER unix seconds
  void bind(int index, Date value);     // TEXT 'YYYY-MM-DD'
  template <class T>
  void bind(int index, const std::optional<T>& value) {
    if (value) {
      bind(index, *value);
    } else {
      bind(index, std::nullopt);
    }
  }

  // Runs to the next row: true when a row is ready to read, false when the
  // statement is done. Throws StoreError on any failure (constraint, I/O...).
  bool step();
  // Steps a statement that returns no rows (INSERT/UPDATE/DELETE, or one
  // whose rows do not matter) until it is done.
  void run();
  // Rewinds the statement and clears its bindings for the next use. Never
  // throws: an earlier step's error has already been reported by step().
  void reset() noexcept;

  // Column getters, 0-based, valid after step() returned true.
  int column_count() const;
  bool is_null(int column) const;
  std::int64_t column_int64(int column) const;
  int column_int(int column) const;  // throws StoreError if it does not fit
  double column_double(int column) const;
  std::string column_text(int column) const;  // NULL reads as ""
  Instant column_instant(int column) const;
  Date column_date(int column) const;  // throws StoreError on malformed text
  std::optional<std::int64_t> column_optional_int64(int column) const;
  std::optional<int> column_optional_int(int column) const;
  std::optional<std::string> column_optional_text(int column) const;
  std::optional<Instant> column_optional_instant(int column) const;

  // The SQL as written, without bound values (which may be personal data).
  std::string_view sql() const;

 private:
  [[noreturn]] void fail(int code) const;

  sqlite3_stmt* stmt_ = nullptr;
};

// Resets a statement when the scope of one use ends, however it ends, so a
// half-read SELECT never keeps a read transaction open and the next use starts
// clean:  `StatementUse use(insert_);  insert_.bind(...); insert_.run();`
class StatementUse {
 public:
  explicit StatementUse(Statement& statement) noexcept : statement_(statement) { statement_.reset(); }
  ~StatementUse() { statement_.reset(); }
  StatementUse(const StatementUse&) = delete;
  StatementUse& operator=(const StatementUse&) = delete;

 private:
  Statement& statement_;
};

}  // namespace kezek::store
