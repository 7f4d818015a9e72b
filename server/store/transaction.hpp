#pragma once
// Scoped write transactions. Every write the server makes is inside one, and
// nothing is kept unless commit()/release() is reached: an exception anywhere
// in between can never leave half a change in the database.
//
// The server's group commit: one Transaction around a batch of commands, one
// Savepoint per command. A command that throws rolls back to its savepoint —
// undoing only itself — and the rest of the batch still commits together.
//
//     Transaction batch(db);
//     for (auto& command : commands) {
//         Savepoint one(db, "command");
//         apply(command);          // may throw: `one` then undoes just this
//         one.release();
//     }
//     batch.commit();              // the one FULL fsync for the whole batch
//
// Threading: as the Database — the engine thread only. Not movable: a scope
// guard stays where it was opened.
#include <string>
#include <string_view>

#include "server/store/database.hpp"

namespace kezek::store {

class Transaction {
 public:
  // BEGIN IMMEDIATE: takes the write lock now, so a busy database fails here
  // (after the busy timeout) rather than half way through the work.
  explicit Transaction(Database& db);
  // Rolls back unless commit() succeeded. Never throws.
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // COMMIT. If it throws, the transaction is still open and the destructor
  // rolls it back.
  void commit();
  bool committed() const { return done_; }

 private:
  Database& db_;
  bool done_ = false;
};

class Savepoint {
 public:
  // SAVEPOINT <name>. `name` is an SQL identifier written by the programmer
  // (letters, digits, '_'; not starting with a digit); it is checked, since
  // identifiers cannot be bound. Nested savepoints may share a name.
  // Outside a transaction a savepoint starts one (deferred), and release()
  // of that outermost savepoint commits it.
  Savepoint(Database& db, std::string_view name);
  // ROLLBACK TO + RELEASE unless release() succeeded. Never throws.
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;

  // RELEASE: keeps this part's changes as part of the enclosing transaction.
  void release();
  // Undoes this part now (ROLLBACK TO + RELEASE); the destructor then does nothing.
  void rollback();
  const std::string& name() const { return name_; }

 private:
  Database& db_;
  std::string name_;
  // Built once at construction, so the destructor allocates nothing.
  std::string rollback_sql_;
  std::string release_sql_;
  bool done_ = false;
};

}  // namespace kezek::store
