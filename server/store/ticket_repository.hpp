#pragma once
// Tickets in the `tickets` table: every field of domain::Ticket, one row each.
//
// Writes (insert, update, close_open_before) must run inside the caller's
// Transaction or Savepoint; they throw StoreError otherwise. A ticket's empty
// status_token is stored as NULL (UNIQUE applies only to real tokens) and
// read back as "".
//
// Threading: used only from the engine thread (as its Database). The Database
// must outlive the repository, which keeps its statements prepared.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/store/database.hpp"
#include "shared/domain/model.hpp"

namespace kezek::store {

class TicketRepository {
 public:
  explicit TicketRepository(Database& db);

  // Stores a new ticket and returns the id the database gave it (ticket.id
  // is ignored). A second ticket with the same day and number is refused
  // with a StoreError whose is_constraint_violation() is true.
  domain::TicketId insert(const domain::Ticket& ticket);
  // Writes what changes after issue — status, service, called/started/
  // finished times, counter, target counter, recalls, transfer reason — to
  // the row with ticket.id; throws StoreError if there is none. What the
  // ticket was issued as (day, number, tier, lang, issued_at, appointment,
  // slot, status token) is never rewritten: leaving those columns out keeps
  // SQLite from touching their indexes on every call and finish.
  void update(const domain::Ticket& ticket);

  // The tickets issued for `day`, in id (issue) order.
  std::vector<domain::Ticket> load_day(Date day);
  std::optional<domain::Ticket> find(domain::TicketId id);
  // nullopt for an unknown or empty token.
  std::optional<domain::Ticket> find_by_status_token(std::string_view token);

  // At start of day: tickets of days before `day` still waiting, called or
  // serving become cancelled with close_reason domain::kClosedDayEnded;
  // finished_at is set to `at` where it was empty. Returns how many were closed.
  int close_open_before(Date day, Instant at);

  // Per service, the mean of (finished_at - started_at) in seconds over its
  // last `per_service_limit` done tickets (by finished_at), sorted by
  // service id. Services with no done ticket are absent.
  std::vector<std::pair<std::string, double>> recent_service_seconds(int per_service_limit);

 private:
  std::optional<domain::Ticket> find_one(Statement& query);

  Database& db_;
  Statement insert_;
  Statement update_;
  Statement load_day_;
  Statement find_;
  Statement find_by_token_;
  Statement close_open_;
  Statement recent_seconds_;
};

}  // namespace kezek::store
