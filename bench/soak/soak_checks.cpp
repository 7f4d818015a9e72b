#include "bench/soak/soak_checks.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>

namespace kezek::bench::soak {
namespace {

// A read-only connection: the soak must never change what it checks.
class ReadOnlyDb {
 public:
  explicit ReadOnlyDb(const std::filesystem::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      const std::string why = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw std::runtime_error(file.string() + ": cannot open read-only: " + why);
    }
    sqlite3_busy_timeout(db_, 5000);
  }
  ~ReadOnlyDb() { sqlite3_close(db_); }
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  // Runs `sql` with text parameters, calling `row` for each result row.
  template <typename Row>
  void query(const std::string& sql, const std::vector<std::string>& params, Row&& row) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
      throw std::runtime_error("soak check: " + std::string(sqlite3_errmsg(db_)) + " in: " + sql);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    for (std::size_t i = 0; i < params.size(); ++i)
      sqlite3_bind_text(raw, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
    for (int rc = sqlite3_step(raw);; rc = sqlite3_step(raw)) {
      if (rc == SQLITE_DONE) return;
      if (rc != SQLITE_ROW) throw std::runtime_error("soak check: " + std::string(sqlite3_errmsg(db_)) + " in: " + sql);
      row(raw);
    }
  }

  std::int64_t count(const std::string& sql, const std::vector<std::string>& params) {
    std::int64_t n = 0;
    query(sql, params, [&](sqlite3_stmt* s) { n = sqlite3_column_int64(s, 0); });
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
};

std::string text_at(sqlite3_stmt* s, int column) {
  const unsigned char* t = sqlite3_column_text(s, column);
  return t != nullptr ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

std::vector<std::string> check_database(const std::filesystem::path& database, const LedgerContents& ledger,
                                        Date today) {
  std::vector<std::string> faults;
  ReadOnlyDb db(database);
  // One read transaction: every query sees the same committed state.
  db.query("BEGIN", {}, [](sqlite3_stmt*) {});
  db.query(
      "SELECT day, number, count(*) FROM tickets GROUP BY day, number HAVING count(*) > 1", {}, [&](sqlite3_stmt* s) {
        faults.push_back("ticket " + text_at(s, 1) + " was handed out " + text_at(s, 2) + " times on " + text_at(s, 0));
      });

  std::map<std::int64_t, std::pair<IssuedTicket, std::string>> stored;  // id -> ((day, number), status)
  db.query("SELECT id, day, number, status FROM tickets", {}, [&](sqlite3_stmt* s) {
    stored[sqlite3_column_int64(s, 0)] = {IssuedTicket{text_at(s, 1), text_at(s, 2)}, text_at(s, 3)};
  });
  for (const auto& [id, ticket] : ledger.tickets) {
    const auto it = stored.find(id);
    if (it == stored.end())
      faults.push_back("acknowledged ticket " + ticket.number + " of " + ticket.day + " (id " + std::to_string(id) +
                       ") is not in the database");
    else if (!(it->second.first == ticket))
      faults.push_back("ticket id " + std::to_string(id) + " was acknowledged as " + ticket.number + " of " +
                       ticket.day + " but is stored as " + it->second.first.number + " of " + it->second.first.day);
  }
  for (std::int64_t id : ledger.finished) {
    const auto it = stored.find(id);
    if (it == stored.end() || it->second.second != "done")
      faults.push_back("ticket id " + std::to_string(id) + " was acknowledged finished but is " +
                       (it == stored.end() ? std::string("missing") : it->second.second));
  }

  std::map<std::string, std::string> appointments;  // code -> status
  db.query("SELECT code, status FROM appointments", {},
           [&](sqlite3_stmt* s) { appointments[text_at(s, 0)] = text_at(s, 1); });
  for (const auto& [code, booking] : ledger.bookings) {
    const auto it = appointments.find(code);
    if (it == appointments.end()) {
      faults.push_back("acknowledged booking " + code + " for " + booking.start + " is not in the database");
    } else if (booking.checked_in && it->second == "booked") {
      // (A checked-in visitor whose ticket was a no-show is "missed": no fault.)
      faults.push_back("booking " + code + " was acknowledged checked in but is " + it->second);
    }
  }

  const std::string day = format_date(today);
  const std::string day_start = std::to_string(from_local(today, std::chrono::seconds(0)).time_since_epoch().count());
  if (const auto n =
          db.count("SELECT count(*) FROM tickets WHERE day < ?1 AND status IN ('waiting', 'called', 'serving')", {day});
      n > 0)
    faults.push_back(std::to_string(n) + " tickets of days before " + day + " are still waiting, called or serving");
  if (const auto n = db.count(
          "SELECT count(*) FROM appointments WHERE start < CAST(?1 AS INTEGER) AND status IN ('booked', 'checked_in')",
          {day_start});
      n > 0)
    faults.push_back(std::to_string(n) + " bookings of days before " + day + " are still booked or checked in");
  db.query("COMMIT", {}, [](sqlite3_stmt*) {});
  return faults;
}

std::vector<std::string> compare_boards(const protocol::Board& display, const protocol::Board& server) {
  std::vector<std::string> faults;
  const std::string at = " (seq " + std::to_string(server.seq) + ")";
  if (display.seq != server.seq)
    faults.push_back("the display is at seq " + std::to_string(display.seq) + ", the server at " +
                     std::to_string(server.seq));
  if (display.status.state != server.status.state || display.status.day != server.status.day)
    faults.push_back("the display shows another state or day of the Centre than the server" + at);
  // Two calls in the same second (common at --time-scale 3600: a second is
  // 0.3 ms of real time) have no order on the server: GET /api/v1/board sorts
  // by called_at alone, while the display keeps the order the events came in.
  // Compare them in one order within each second: the server keeps no call
  // sequence to break such ties with (docs/benchmarks.md, kezek-soak).
  // For the same reason, when the board is full, which of the calls of its
  // oldest second made the cut is the server's arbitrary choice: leave that
  // second out.
  std::optional<Instant> cut;
  for (const auto* calls : {&display.calls, &server.calls})
    if (calls->size() >= protocol::kBoardCalls && (!cut || calls->back().called_at > *cut))
      cut = calls->back().called_at;
  const auto in_one_order = [&cut](std::vector<protocol::BoardCall> calls) {
    if (cut) std::erase_if(calls, [&cut](const protocol::BoardCall& c) { return c.called_at <= *cut; });
    std::stable_sort(calls.begin(), calls.end(), [](const protocol::BoardCall& a, const protocol::BoardCall& b) {
      return a.called_at != b.called_at ? a.called_at > b.called_at : a.number < b.number;
    });
    return calls;
  };
  if (in_one_order(display.calls) != in_one_order(server.calls)) {
    const auto call_text = [](const std::vector<protocol::BoardCall>& calls) {
      std::string out;
      for (const auto& c : calls)
        out += " " + c.number + "@" + std::to_string(c.counter) + ":" + std::string(domain::to_string(c.status)) + ":" +
               format_iso8601(c.called_at) + "/" + std::to_string(c.recalls);
      return out;
    };
    faults.push_back("the display's calls differ from the server's" + at + ": display" + call_text(display.calls) +
                     "; server" + call_text(server.calls));
  }
  if (display.counters != server.counters) faults.push_back("the display's counters differ from the server's" + at);
  bool waiting_equal = display.waiting.size() == server.waiting.size();
  for (std::size_t i = 0; waiting_equal && i < display.waiting.size(); ++i)
    waiting_equal =
        display.waiting[i].group == server.waiting[i].group && display.waiting[i].count == server.waiting[i].count;
  if (!waiting_equal) faults.push_back("the display's waiting counts differ from the server's" + at);
  return faults;
}

std::int64_t resident_kb(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key == "VmRSS:") {
      std::int64_t kb = 0;
      in >> kb;
      return kb;
    }
    in.ignore(1 << 20, '\n');
  }
  return -1;
}

std::uintmax_t database_bytes(const std::filesystem::path& database) {
  std::uintmax_t total = 0;
  for (const char* suffix : {"", "-wal"}) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(database.string() + suffix, ec);
    if (!ec) total += size;
  }
  return total;
}

}  // namespace kezek::bench::soak
