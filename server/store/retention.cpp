#include "server/store/retention.hpp"

#include "server/store/write_guard.hpp"

namespace kezek::store {
namespace {

constexpr std::string_view kEvents = "DELETE FROM events WHERE at < ?1 AND seq < (SELECT max(seq) FROM events)";
// A counter idle since then may still name one of those tickets as its last.
constexpr std::string_view kCounterTickets =
    "UPDATE counter_states SET current = NULL WHERE current IN (SELECT id FROM tickets WHERE day < ?1)";
// Bookings first: they refer to their tickets.
constexpr std::string_view kAppointments = "DELETE FROM appointments WHERE start < ?1";
constexpr std::string_view kTickets = "DELETE FROM tickets WHERE day < ?1";
constexpr std::string_view kSequences = "DELETE FROM day_sequences WHERE day < ?1";
constexpr std::string_view kAudit = "DELETE FROM audit_log WHERE at < ?1";

}  // namespace

Retention::Retention(Database& db) : db_(db) {}

Deleted Retention::delete_before(Instant events_cutoff, Instant records_cutoff) {
  require_transaction(db_, "Retention::delete_before");
  const Date records_day = local_date(records_cutoff);
  auto run = [this](std::string_view sql, auto value) {
    Statement& statement = db_.cached(sql);
    StatementUse use(statement);
    statement.bind(1, value);
    statement.run();
    return db_.changes();
  };
  Deleted deleted;
  deleted.events = run(kEvents, events_cutoff);
  run(kCounterTickets, records_day);
  deleted.appointments = run(kAppointments, records_cutoff);
  deleted.tickets = run(kTickets, records_day);
  run(kSequences, records_day);
  deleted.audit_entries = run(kAudit, records_cutoff);
  if (deleted != Deleted{}) db_.exec("PRAGMA incremental_vacuum");
  return deleted;
}

}  // namespace kezek::store
