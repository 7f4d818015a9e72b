#include "server/store/statement_cache.hpp"

namespace kezek::store {

Statement& StatementCache::get(std::string_view sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) {
    return found->second;
  }
  // Prepare before inserting, so that SQL that fails to compile leaves no entry.
  Statement prepared(db_, sql);
  return statements_.emplace(std::string(sql), std::move(prepared)).first->second;
}

}  // namespace kezek::store
