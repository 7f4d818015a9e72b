#include "bench/soak/soak_ledger.hpp"

namespace kezek::bench::soak {

void SoakLedger::add_ticket(std::int64_t id, IssuedTicket ticket) {
  std::lock_guard lock(mutex_);
  const auto [at, inserted] = contents_.tickets.emplace(id, ticket);
  if (!inserted) {
    // The same id acknowledged again is a contradiction unless it is the same ticket.
    if (!(at->second == ticket)) ++contents_.contradictions;
    return;
  }
  // A number is handed out once per day: a second ticket with it was reused.
  if (!numbers_.emplace(ticket.day, ticket.number).second) ++contents_.contradictions;
}

void SoakLedger::add_finished(std::int64_t id) {
  std::lock_guard lock(mutex_);
  contents_.finished.insert(id);
}

void SoakLedger::add_booking(const std::string& code, Booking booking) {
  std::lock_guard lock(mutex_);
  if (!contents_.bookings.emplace(code, std::move(booking)).second) ++contents_.contradictions;
}

void SoakLedger::add_check_in(const std::string& code, std::int64_t ticket_id, IssuedTicket ticket) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = contents_.bookings.find(code); it != contents_.bookings.end())
      it->second.checked_in = true;
    else
      ++contents_.contradictions;
  }
  add_ticket(ticket_id, std::move(ticket));
}

LedgerContents SoakLedger::snapshot() const {
  std::lock_guard lock(mutex_);
  return contents_;
}

}  // namespace kezek::bench::soak
