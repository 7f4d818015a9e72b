#pragma once
// The schema, as an ordered list of migrations. The version a database is at
// is kept in PRAGMA user_version; a fresh file is at 0. migrate() applies the
// missing steps in order, all in one transaction, so a crash mid-way leaves
// the file at its old version, untouched.
//
// A file written by a newer server (user_version above kSchemaVersion) is
// refused, never "fixed": an older server must not write data it does not
// understand. A file that is not Kezek's (another application_id) is refused too.
//
// Adding a change: append a migration to the table in migrations.cpp and raise
// kSchemaVersion. Never edit a migration that has shipped.
//
// Threading: as the Database — called by the thread that opens it.
#include <cstdint>
#include <string>

#include "server/store/database.hpp"

namespace kezek::store {

inline constexpr int kSchemaVersion = 3;
// PRAGMA application_id of Kezek's files: "KZEK" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x4B5A454B;

// The version recorded in the file (PRAGMA user_version).
int schema_version(Database& db);

// Brings the schema up to `version` (kSchemaVersion; an older one only to
// build an old file, as the upgrade tests do). Throws StoreError (and changes
// nothing) if the file is newer than this build or not a Kezek database.
void migrate(Database& db, int version = kSchemaVersion);

// Opens the database at `path` (or ":memory:") with the server's pragmas and
// migrates it: the one way the server opens its store.
Database open_database(const std::string& path);

}  // namespace kezek::store
