#include "server/store/migrations.hpp"

#include <array>
#include <string_view>

#include "server/store/transaction.hpp"

namespace kezek::store {
namespace {

struct Migration {
  int version;
  std::string_view sql;
};

// Version 1: the first schema.
//  - tickets: UNIQUE(day, number) makes the database itself refuse to issue a
//    number twice in a day. status_token is NULL for a ticket without one, so
//    that UNIQUE applies only to real tokens. Enums are stored as the domain's
//    to_string() text, readable in an sqlite3 shell.
//  - day_sequences: the last number given per day and group letter; it is in
//    the same transaction as the ticket, so a restart never reuses a number.
//  - counter_states: the one row per counter the engine restores at start.
//  - events: the change log clients resume from; a trigger keeps seq strictly
//    increasing even if a caller passes an old number, and body must be JSON.
// Foreign keys are immediate (not deferred) so that with group commit a bad
// reference fails its own command's savepoint, not the whole batch at COMMIT.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE appointments (
    code        TEXT PRIMARY KEY NOT NULL,
    service     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    counter     INTEGER NOT NULL,
    applicant   TEXT NOT NULL,
    status      TEXT NOT NULL,
    ticket      INTEGER REFERENCES tickets (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX appointments_by_start ON appointments (start);
CREATE INDEX appointments_by_applicant ON appointments (applicant, service, status);

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    day               TEXT NOT NULL,
    number            TEXT NOT NULL,
    service           TEXT NOT NULL,
    tier              TEXT NOT NULL,
    status            TEXT NOT NULL,
    lang              TEXT NOT NULL,
    issued_at         INTEGER NOT NULL,
    called_at         INTEGER,
    started_at        INTEGER,
    finished_at       INTEGER,
    counter           INTEGER,
    target_counter    INTEGER,
    recalls           INTEGER NOT NULL DEFAULT 0 CHECK (recalls >= 0),
    appointment_code  TEXT REFERENCES appointments (code),
    slot_start        INTEGER,
    status_token      TEXT UNIQUE,
    transfer_reason   TEXT NOT NULL DEFAULT '',
    UNIQUE (day, number)
);
CREATE INDEX tickets_by_day_status ON tickets (day, status);
-- Learning service times: the latest done tickets of each service, in order.
CREATE INDEX tickets_by_status_service ON tickets (status, service, finished_at);

CREATE TABLE day_sequences (
    day     TEXT NOT NULL,
    letter  TEXT NOT NULL CHECK (length(letter) = 1),
    last    INTEGER NOT NULL CHECK (last > 0),
    PRIMARY KEY (day, letter)
) WITHOUT ROWID;

CREATE TABLE counter_states (
    number   INTEGER PRIMARY KEY,
    phase    TEXT NOT NULL,
    current  INTEGER REFERENCES tickets (id),
    paused   INTEGER NOT NULL CHECK (paused IN (0, 1))
);

CREATE TABLE events (
    seq   INTEGER PRIMARY KEY CHECK (seq > 0),
    at    INTEGER NOT NULL,
    type  TEXT NOT NULL,
    body  TEXT NOT NULL CHECK (json_valid(body))
);
CREATE TRIGGER events_seq_increases BEFORE INSERT ON events
WHEN NEW.seq <= (SELECT max(seq) FROM events)
BEGIN
    SELECT RAISE(ABORT, 'event seq must be greater than the last one');
END;
)sql";

// In order; version N takes a database from N-1 to N.
// v2: the audit log of staff and administrator actions (who, what, when).
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
)sql";

// v3: day boundaries (docs/operations.md, "Day boundaries").
//  - tickets.close_reason: why a ticket was closed other than at a counter
//    ('day_ended': still open when its day ended); '' for the rest.
//  - counter_states.day: the day a counter's state belongs to; a state from
//    another day is not restored (every counter starts a day idle, unpaused).
//  - appointments_by_status_start: the start-of-day sweep of past bookings
//    still booked or checked in reads only those.
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE tickets ADD COLUMN close_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE counter_states ADD COLUMN day TEXT NOT NULL DEFAULT '';
CREATE INDEX appointments_by_status_start ON appointments (status, start);
)sql";

constexpr std::array kMigrations{
    Migration{1, kSchemaV1},
    Migration{2, kSchemaV2},
    Migration{3, kSchemaV3},
};
static_assert(kMigrations.back().version == kSchemaVersion, "kSchemaVersion is the last migration");

std::int64_t pragma_int(Database& db, std::string_view sql) {
  Statement& statement = db.cached(sql);
  StatementUse use(statement);
  return statement.step() ? statement.column_int64(0) : 0;
}

}  // namespace

int schema_version(Database& db) { return static_cast<int>(pragma_int(db, "PRAGMA user_version")); }

void migrate(Database& db, int target) {
  // Read and write the version under the write lock, so two processes
  // opening a fresh file at once cannot both apply version 1.
  Transaction transaction(db);
  const int version = schema_version(db);
  const auto application_id = static_cast<std::int32_t>(pragma_int(db, "PRAGMA application_id"));

  if (version > kSchemaVersion) {
    throw StoreError("database '" + db.path() + "' has schema version " + std::to_string(version) +
                     ", newer than this server knows (" + std::to_string(kSchemaVersion) +
                     "): it was written by a newer Kezek server. Run that version, or restore "
                     "a backup made by this one; the file was not changed.");
  }
  const bool has_tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema") > 0;
  if ((application_id != 0 && application_id != kApplicationId) || (version == 0 && has_tables)) {
    throw StoreError("database '" + db.path() +
                     "' is not a Kezek database (other application id or tables without a "
                     "schema version); the file was not changed.");
  }

  for (const Migration& migration : kMigrations) {
    if (migration.version <= version || migration.version > target) {
      continue;
    }
    db.exec(migration.sql);
    // PRAGMAs take no bound parameters; the number is our own constant.
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
  }
  if (application_id == 0) {
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  }
  transaction.commit();
}

Database open_database(const std::string& path) {
  Database db(path);
  // A new file gives deleted rows' pages back to the file system (store/retention).
  // auto_vacuum is chosen before the first table; the VACUUM applies it, since
  // switching to WAL (Database's constructor) has already written the header.
  if (pragma_int(db, "SELECT count(*) FROM sqlite_schema") == 0) {
    db.exec("PRAGMA auto_vacuum = INCREMENTAL");
    db.exec("VACUUM");
  }
  migrate(db);
  return db;
}

}  // namespace kezek::store
