#pragma once
// SoakLedger: every change the server acknowledged during a soak run, as the
// server's answers said it (a ticket's id, day and number; a booking's code; a
// check-in's ticket; a finished ticket), so the checks can find each one in the
// database after restarts, a kill -9 and days of running.
//
// Threading: add_*() from any thread (the visitor threads and the driver);
// snapshot() returns a copy to read at leisure.
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace kezek::bench::soak {

struct IssuedTicket {
  std::string day;  // YYYY-MM-DD, from issued_at
  std::string number;
  bool operator==(const IssuedTicket&) const = default;
};

struct Booking {
  std::string day;    // YYYY-MM-DD of its slot
  std::string start;  // ISO 8601, the slot
  bool checked_in = false;
};

struct LedgerContents {
  std::map<std::int64_t, IssuedTicket> tickets;  // by id
  std::set<std::int64_t> finished;               // ticket ids a counter finished
  std::map<std::string, Booking> bookings;       // by code
  // Two acknowledgements of the same id or (day, number) with different
  // contents: the server handed out a number or an id twice.
  int contradictions = 0;
};

class SoakLedger {
 public:
  void add_ticket(std::int64_t id, IssuedTicket ticket);
  void add_finished(std::int64_t id);
  void add_booking(const std::string& code, Booking booking);
  void add_check_in(const std::string& code, std::int64_t ticket_id, IssuedTicket ticket);
  LedgerContents snapshot() const;

 private:
  mutable std::mutex mutex_;
  LedgerContents contents_;
  std::set<std::pair<std::string, std::string>> numbers_;  // (day, number) handed out
};

}  // namespace kezek::bench::soak
