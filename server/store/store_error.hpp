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

 private:
  int code_;
};

}  // namespace kezek::store
