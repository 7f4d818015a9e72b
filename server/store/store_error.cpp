#include "server/store/store_error.hpp"

#include <sqlite3.h>

namespace kezek::store {

bool StoreError::is_constraint_violation() const noexcept {
  // The low byte of an extended result code is its primary code.
  return (code_ & 0xff) == SQLITE_CONSTRAINT;
}

bool StoreError::is_storage_fault() const noexcept {
  switch (code_ & 0xff) {
    case SQLITE_FULL:      // the disk, or max_page_count
    case SQLITE_IOERR:     // every SQLITE_IOERR_* (read, write, fsync, short read...)
    case SQLITE_READONLY:  // a file system remounted read-only, a file made read-only
    case SQLITE_CANTOPEN:  // the WAL or journal cannot be created
    case SQLITE_BUSY:      // another connection (a backup, a shell) kept the lock
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:  // WAL locking kept failing
      return true;
    default: return false;
  }
}

}  // namespace kezek::store
