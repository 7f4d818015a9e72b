#include "server/store/ticket_repository.hpp"

#include "server/store/enum_columns.hpp"
#include "server/store/write_guard.hpp"
#include "shared/domain/day_end.hpp"

namespace kezek::store {
namespace {

using domain::Ticket;
using domain::TicketStatus;

// The column order read_ticket() expects.
constexpr std::string_view kTicketColumns =
    "id, day, number, service, tier, status, lang, issued_at, called_at, started_at, "
    "finished_at, counter, target_counter, recalls, appointment_code, slot_start, "
    "status_token, transfer_reason, close_reason";

// Parameters ?1..?18 are the fields; update adds the id as ?19.
constexpr std::string_view kInsertTicket =
    "INSERT INTO tickets (day, number, service, tier, status, lang, issued_at, called_at, "
    "started_at, finished_at, counter, target_counter, recalls, appointment_code, slot_start, "
    "status_token, transfer_reason, close_reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
// Only the columns that change after issue (see the header); the same
// parameter numbers as kInsertTicket, so bind_fields serves both.
constexpr std::string_view kUpdateTicket =
    "UPDATE tickets SET service = ?3, status = ?5, called_at = ?8, started_at = ?9, "
    "finished_at = ?10, counter = ?11, target_counter = ?12, recalls = ?13, "
    "transfer_reason = ?17, close_reason = ?18 WHERE id = ?19";

// "SELECT <kTicketColumns> FROM tickets <rest>", built once per repository.
std::string select_tickets(std::string_view rest) {
  return "SELECT " + std::string(kTicketColumns) + " FROM tickets " + std::string(rest);
}

constexpr std::string_view kCloseOpen =
    "UPDATE tickets SET status = ?1, finished_at = coalesce(finished_at, ?2), close_reason = ?7 "
    "WHERE day < ?3 AND status IN (?4, ?5, ?6)";

// Window function: number each service's done tickets from the latest, keep
// the first N, average them. Tickets with a missing or negative duration (a
// clock fault) are left out rather than skew the estimate.
constexpr std::string_view kRecentSeconds =
    "SELECT service, avg(finished_at - started_at) FROM ("
    "  SELECT service, started_at, finished_at,"
    "         row_number() OVER (PARTITION BY service ORDER BY finished_at DESC, id DESC) AS recent"
    "  FROM tickets"
    "  WHERE status = ?1 AND started_at IS NOT NULL AND finished_at IS NOT NULL"
    "    AND finished_at >= started_at"
    ") WHERE recent <= ?2 GROUP BY service ORDER BY service";

void bind_fields(Statement& s, const Ticket& t) {
  s.bind(1, t.day);
  s.bind(2, std::string_view(t.number));
  s.bind(3, std::string_view(t.service));
  s.bind(4, domain::to_string(t.tier));
  s.bind(5, domain::to_string(t.status));
  s.bind(6, std::string_view(t.lang));
  s.bind(7, t.issued_at);
  s.bind(8, t.called_at);
  s.bind(9, t.started_at);
  s.bind(10, t.finished_at);
  s.bind(11, t.counter);
  s.bind(12, t.target_counter);
  s.bind(13, t.recalls);
  s.bind(14, t.appointment_code);
  s.bind(15, t.slot_start);
  if (t.status_token.empty()) {
    s.bind(16, std::nullopt);
  } else {
    s.bind(16, std::string_view(t.status_token));
  }
  s.bind(17, std::string_view(t.transfer_reason));
  s.bind(18, std::string_view(t.close_reason));
}

Ticket read_ticket(const Statement& row) {
  Ticket t;
  t.id = row.column_int64(0);
  t.day = row.column_date(1);
  t.number = row.column_text(2);
  t.service = row.column_text(3);
  t.tier = column_ticket_tier(row, 4);
  t.status = column_ticket_status(row, 5);
  t.lang = row.column_text(6);
  t.issued_at = row.column_instant(7);
  t.called_at = row.column_optional_instant(8);
  t.started_at = row.column_optional_instant(9);
  t.finished_at = row.column_optional_instant(10);
  t.counter = row.column_optional_int(11);
  t.target_counter = row.column_optional_int(12);
  t.recalls = row.column_int(13);
  t.appointment_code = row.column_optional_text(14);
  t.slot_start = row.column_optional_instant(15);
  t.status_token = row.column_text(16);  // NULL reads as ""
  t.transfer_reason = row.column_text(17);
  t.close_reason = row.column_text(18);
  return t;
}

}  // namespace

TicketRepository::TicketRepository(Database& db)
    : db_(db),
      insert_(db.prepare(kInsertTicket)),
      update_(db.prepare(kUpdateTicket)),
      load_day_(db.prepare(select_tickets("WHERE day = ?1 ORDER BY id"))),
      find_(db.prepare(select_tickets("WHERE id = ?1"))),
      find_by_token_(db.prepare(select_tickets("WHERE status_token = ?1"))),
      close_open_(db.prepare(kCloseOpen)),
      recent_seconds_(db.prepare(kRecentSeconds)) {}

domain::TicketId TicketRepository::insert(const Ticket& ticket) {
  require_transaction(db_, "TicketRepository::insert");
  StatementUse use(insert_);
  bind_fields(insert_, ticket);
  insert_.run();
  return db_.last_insert_rowid();
}

void TicketRepository::update(const Ticket& ticket) {
  require_transaction(db_, "TicketRepository::update");
  StatementUse use(update_);
  bind_fields(update_, ticket);
  update_.bind(19, ticket.id);
  update_.run();
  if (db_.changes() == 0) {
    throw StoreError("TicketRepository::update: no ticket with id " + std::to_string(ticket.id));
  }
}

std::vector<Ticket> TicketRepository::load_day(Date day) {
  StatementUse use(load_day_);
  load_day_.bind(1, day);
  std::vector<Ticket> tickets;
  while (load_day_.step()) {
    tickets.push_back(read_ticket(load_day_));
  }
  return tickets;
}

std::optional<Ticket> TicketRepository::find_one(Statement& query) {
  if (!query.step()) {
    return std::nullopt;
  }
  return read_ticket(query);
}

std::optional<Ticket> TicketRepository::find(domain::TicketId id) {
  StatementUse use(find_);
  find_.bind(1, id);
  return find_one(find_);
}

std::optional<Ticket> TicketRepository::find_by_status_token(std::string_view token) {
  if (token.empty()) {
    return std::nullopt;  // stored as NULL, which matches nothing anyway
  }
  StatementUse use(find_by_token_);
  find_by_token_.bind(1, token);
  return find_one(find_by_token_);
}

int TicketRepository::close_open_before(Date day, Instant at) {
  require_transaction(db_, "TicketRepository::close_open_before");
  StatementUse use(close_open_);
  close_open_.bind(1, domain::to_string(TicketStatus::cancelled));
  close_open_.bind(2, at);
  close_open_.bind(3, day);  // 'YYYY-MM-DD' text orders as the dates do
  close_open_.bind(4, domain::to_string(TicketStatus::waiting));
  close_open_.bind(5, domain::to_string(TicketStatus::called));
  close_open_.bind(6, domain::to_string(TicketStatus::serving));
  close_open_.bind(7, domain::kClosedDayEnded);
  close_open_.run();
  return db_.changes();
}

std::vector<std::pair<std::string, double>> TicketRepository::recent_service_seconds(int per_service_limit) {
  std::vector<std::pair<std::string, double>> means;
  if (per_service_limit <= 0) {
    return means;
  }
  StatementUse use(recent_seconds_);
  recent_seconds_.bind(1, domain::to_string(TicketStatus::done));
  recent_seconds_.bind(2, per_service_limit);
  while (recent_seconds_.step()) {
    means.emplace_back(recent_seconds_.column_text(0), recent_seconds_.column_double(1));
  }
  return means;
}

}  // namespace kezek::store
