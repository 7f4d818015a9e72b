// Retention: what is older than its period is deleted, what is newer stays, the
// newest event always stays (sequence numbers never go back), and a new file gives
// the freed pages back.
#include <doctest/doctest.h>

#include <string>

#include "server/store/appointment_repository.hpp"
#include "server/store/audit_log.hpp"
#include "server/store/event_log.hpp"
#include "server/store/migrations.hpp"
#include "server/store/retention.hpp"
#include "server/store/ticket_repository.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_retention {

using namespace kezek;
using namespace kezek::store;
using namespace std::chrono;
using kezek::store::testing::TempDir;

namespace {

Instant instant(const char* iso) { return *parse_iso8601(iso); }

std::int64_t count(Database& db, const std::string& table) {
  Statement s = db.prepare("SELECT count(*) FROM " + table);
  REQUIRE(s.step());
  return s.column_int64(0);
}

std::int64_t pragma_number(Database& db, const char* sql) {
  Statement s = db.prepare(sql);
  REQUIRE(s.step());
  return s.column_int64(0);
}

// One day's records: a ticket, its booking, an audit entry and a sequence.
void a_day(Database& db, const char* day_iso, const char* code, std::int64_t seq) {
  const Instant when = instant(day_iso);
  domain::Ticket ticket;
  ticket.day = local_date(when);
  ticket.number = "O-001";
  ticket.service = "iin";
  ticket.issued_at = when;
  ticket.status = domain::TicketStatus::done;
  const domain::TicketId id = TicketRepository(db).insert(ticket);
  domain::Appointment booking;
  booking.code = code;
  booking.service = "iin";
  booking.start = when;
  booking.counter = 6;
  booking.applicant = "P-1";
  booking.status = domain::AppointmentStatus::served;
  booking.ticket = id;
  booking.created_at = when - hours(24);
  AppointmentRepository(db).insert(booking);
  AuditLog(db).append(when, "counter:6", "finish", "O-001", "");
  EventLog(db).append(seq, when, "ticket.finished", R"({"pad":")" + std::string(2000, 'x') + R"("})");
  db.exec("INSERT INTO day_sequences (day, letter, last) VALUES ('" + format_date(ticket.day) + "', 'O', 1)");
}

}  // namespace

TEST_CASE("store retention: older than its period is deleted, newer stays, the newest event always") {
  TempDir dir;
  Database db = open_database(dir.file("kezek.db"));
  CHECK(pragma_number(db, "PRAGMA auto_vacuum") == 2);  // incremental, chosen for a new file
  {
    Transaction tx(db);
    a_day(db, "2025-06-02T10:00:00+05:00", "AAAAAA", 1);  // a year and a half ago
    for (int i = 0; i < 200; ++i)                         // enough pages to give back
      EventLog(db).append(2 + i, instant("2026-11-02T10:00:00+05:00"), "waiting",
                          std::string(R"({"pad":")") + std::string(2000, 'y') + "\"}");
    a_day(db, "2026-11-23T10:00:00+05:00", "BBBBBB", 300);  // yesterday
    tx.commit();
  }
  const std::int64_t pages_before = pragma_number(db, "PRAGMA page_count");
  const Instant now = instant("2026-11-24T09:00:00+05:00");
  Deleted deleted;
  {
    Transaction tx(db);
    deleted = Retention(db).delete_before(now - days(7), now - days(365));
    tx.commit();
  }
  CHECK(deleted.events == 201);  // the old day's and the month-old ones
  CHECK(deleted.tickets == 1);
  CHECK(deleted.appointments == 1);
  CHECK(deleted.audit_entries == 1);
  CHECK(count(db, "events") == 1);
  CHECK(EventLog(db).last_seq() == 300);
  CHECK(count(db, "tickets") == 1);
  CHECK(AppointmentRepository(db).find("BBBBBB").has_value());
  CHECK_FALSE(AppointmentRepository(db).find("AAAAAA").has_value());
  CHECK(count(db, "day_sequences") == 1);
  CHECK(count(db, "audit_log") == 1);
  CHECK(pragma_number(db, "PRAGMA freelist_count") == 0);  // the pages went back to the file system
  CHECK(pragma_number(db, "PRAGMA page_count") < pages_before);

  SUBCASE("the newest event stays however old it is") {
    Transaction tx(db);
    CHECK(Retention(db).delete_before(now + days(30), now - days(365)).events == 0);
    CHECK(EventLog(db).last_seq() == 300);
  }
}

TEST_CASE("store retention: deleting needs a transaction") {
  Database db = open_database(std::string(Database::kInMemory));
  CHECK_THROWS_AS(Retention(db).delete_before(Instant{}, Instant{}), StoreError);
}

}  // namespace kezek_server_store_retention
