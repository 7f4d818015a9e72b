#include "server/store/store_error.hpp"

#include <sqlite3.h>

namespace kezek::store {

bool StoreError::is_constraint_violation() const noexcept {
  // The low byte of an extended result code is its primary code.
  return (code_ & 0xff) == SQLITE_CONSTRAINT;
}

}  // namespace kezek::store
