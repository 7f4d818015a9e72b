#pragma once
// The one exception type the store throws: SQLite's own message, its extended
// result code and the SQL that failed, so that a log line says what went wrong
// and where without a debugger.
#include <stdexcept>
#include <string>

namespace kezek::store {

class StoreError : public std::runtime_error {
 public:
  // `code` is SQLite's extended result code (e.g. SQLITE_CONSTRAINT_UNIQUE),
  // or 0 when the fault is the store's own (bad stored text, missing row).
  explicit StoreError(const std::string& message, int code = 0) : std::runtime_error(message), code_(code) {}

  int code() const noexcept { return code_; }
  // True for UNIQUE, NOT NULL, CHECK, FOREIGN KEY and PRIMARY KEY violations:
  // the database refused the data, which is the caller's fault, not the disk's.
  bool is_constraint_violation() const noexcept;
  // True when the storage under the database failed rather than the data or
  // the code: the disk is full (SQLITE_FULL, or the max_page_count limit), an
  // I/O error, the file became read-only or could not be opened, or another
  // connection held the lock past the busy timeout. Such a request may succeed
  // when tried again, once the operator has made room: the server answers it
  // 503 storage_unavailable and carries on (docs/operations.md, "Faults").
  bool is_storage_fault() const noexcept;

 private:
  int code_;
};

}  // namespace kezek::store
