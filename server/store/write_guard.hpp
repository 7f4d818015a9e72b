#pragma once
// Every write the store makes must be inside a transaction (or savepoint)
// opened by the caller; a write outside one would commit on its own and break
// the all-or-nothing rule of a command. Repositories check it up front.
#include <string>
#include <string_view>

#include "server/store/database.hpp"

namespace kezek::store {

inline void require_transaction(const Database& db, std::string_view operation) {
  if (!db.in_transaction()) {
    throw StoreError(std::string(operation) +
                     " must run inside a Transaction or Savepoint (writes are never autocommitted)");
  }
}

}  // namespace kezek::store
