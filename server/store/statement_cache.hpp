#pragma once
// Prepared statements kept by their SQL text, for code that runs fixed SQL
// often but owns no statements of its own (transactions, savepoints, one-off
// queries on hot paths). Repositories keep their own Statement members instead.
//
// Threading: as its Database — the engine thread only.
#include <map>
#include <string>
#include <string_view>

#include "server/store/statement.hpp"

namespace kezek::store {

class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}

  // The statement for `sql`, prepared on first use and reused afterwards.
  // The reference stays valid until clear() or the cache's destruction.
  // Only for SQL fixed in the code: each distinct text is kept for good.
  Statement& get(std::string_view sql);

  // Finalizes every statement (before the connection closes).
  void clear() noexcept { statements_.clear(); }
  std::size_t size() const noexcept { return statements_.size(); }

 private:
  sqlite3* db_;
  // std::map: stable references and lookup by string_view without a copy.
  std::map<std::string, Statement, std::less<>> statements_;
};

}  // namespace kezek::store
