// TicketRepository: every field round-trips; the database guards numbering.
#include <doctest/doctest.h>

#include <string>

#include "server/store/migrations.hpp"
#include "server/store/ticket_repository.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_server_store_ticket_repository {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;
using domain::Ticket;
using domain::TicketStatus;
using domain::TicketTier;
using kezek::store::testing::TempDir;

namespace {

using kezek::test_day::kDay;

Instant time_on(Date day, seconds time_of_day) { return from_local(day, time_of_day); }

Ticket ticket(std::string number, std::string service = "visa-extension", Date day = kDay) {
  Ticket t;
  t.day = day;
  t.number = std::move(number);
  t.service = std::move(service);
  t.issued_at = time_on(day, 9h + 5min);
  return t;
}

// A ticket with every optional set and text in three languages.
Ticket full_ticket() {
  Ticket t = ticket("P-007", "рабочая-виза");
  t.tier = TicketTier::priority;
  t.status = TicketStatus::serving;
  t.lang = "kk";
  t.called_at = time_on(kDay, 9h + 30min);
  t.started_at = time_on(kDay, 9h + 31min);
  t.finished_at = time_on(kDay, 9h + 50min);
  t.counter = 4;
  t.target_counter = 6;
  t.recalls = 2;
  t.appointment_code = "K7M4QX";
  t.slot_start = time_on(kDay, 9h + 20min);
  t.status_token = "tok-3f9a";
  t.transfer_reason = "Құжаттар толық емес — документы неполные";
  return t;
}

void check_same(const Ticket& a, const Ticket& b) {
  CHECK(a.id == b.id);
  CHECK(a.day == b.day);
  CHECK(a.number == b.number);
  CHECK(a.service == b.service);
  CHECK(a.tier == b.tier);
  CHECK(a.status == b.status);
  CHECK(a.lang == b.lang);
  CHECK(a.issued_at == b.issued_at);
  CHECK(a.called_at == b.called_at);
  CHECK(a.started_at == b.started_at);
  CHECK(a.finished_at == b.finished_at);
  CHECK(a.counter == b.counter);
  CHECK(a.target_counter == b.target_counter);
  CHECK(a.recalls == b.recalls);
  CHECK(a.appointment_code == b.appointment_code);
  CHECK(a.slot_start == b.slot_start);
  CHECK(a.status_token == b.status_token);
  CHECK(a.transfer_reason == b.transfer_reason);
}

// Appointment codes are foreign keys; the full ticket's must exist.
void add_appointment(Database& db, const std::string& code) {
  Statement insert = db.prepare(
      "INSERT INTO appointments (code, service, start, minutes, counter, applicant, status, "
      "created_at) VALUES (?1, 'visa', 0, 20, 1, 'A-1', 'booked', 0)");
  insert.bind(1, code);
  insert.run();
}

// A done ticket of `service` that took `minutes`, finished at `finish`.
Ticket done(const std::string& number, const std::string& service, int minutes, seconds finish) {
  Ticket t = ticket(number, service);
  t.status = TicketStatus::done;
  t.finished_at = time_on(kDay, finish);
  t.started_at = *t.finished_at - std::chrono::minutes(minutes);
  return t;
}

}  // namespace

TEST_CASE("store/tickets: every field round-trips through a file, optionals set and unset") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  Ticket full = full_ticket();
  Ticket bare = ticket("W-001");
  {
    Database db = open_database(path);
    TicketRepository tickets(db);
    Transaction transaction(db);
    add_appointment(db, "K7M4QX");
    full.id = tickets.insert(full);
    bare.id = tickets.insert(bare);
    transaction.commit();
    CHECK(full.id > 0);
    CHECK(bare.id > full.id);
  }
  Database db = open_database(path);
  TicketRepository tickets(db);
  const auto loaded_full = tickets.find(full.id);
  REQUIRE(loaded_full);
  check_same(*loaded_full, full);
  const auto loaded_bare = tickets.find(bare.id);
  REQUIRE(loaded_bare);
  check_same(*loaded_bare, bare);
  CHECK_FALSE(loaded_bare->called_at.has_value());
  CHECK_FALSE(loaded_bare->counter.has_value());
  CHECK_FALSE(loaded_bare->appointment_code.has_value());
  CHECK(loaded_bare->status_token.empty());
  CHECK_FALSE(tickets.find(9999).has_value());
}

TEST_CASE("store/tickets: update writes what changes after issue, never the issue itself") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  add_appointment(db, "K7M4QX");
  Ticket t = full_ticket();
  t.status = TicketStatus::waiting;
  t.called_at.reset();
  t.started_at.reset();
  t.finished_at.reset();
  t.counter.reset();
  t.recalls = 0;
  t.transfer_reason.clear();
  t.id = tickets.insert(t);

  // Everything a counter or a transfer changes is written...
  Ticket changed = full_ticket();
  changed.id = t.id;
  changed.service = "iin";
  tickets.update(changed);
  check_same(*tickets.find(t.id), changed);

  changed.called_at.reset();
  changed.counter.reset();
  changed.target_counter.reset();
  changed.transfer_reason.clear();
  changed.status = TicketStatus::waiting;
  tickets.update(changed);
  check_same(*tickets.find(t.id), changed);

  // ...while what the ticket was issued as stays as issued.
  Ticket forged = changed;
  forged.number = "W-999";
  forged.tier = TicketTier::standard;
  forged.lang = "en";
  forged.issued_at = time_on(kDay, 17h);
  forged.status_token = "other";
  forged.appointment_code.reset();
  forged.slot_start.reset();
  tickets.update(forged);
  check_same(*tickets.find(t.id), changed);

  Ticket missing = changed;
  missing.id = t.id + 100;
  CHECK_THROWS_AS(tickets.update(missing), StoreError);
}

TEST_CASE("store/tickets: UNIQUE(day, number) refuses a number issued twice in a day") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  tickets.insert(ticket("W-001"));
  try {
    tickets.insert(ticket("W-001", "iin"));
    FAIL("a duplicate number should be refused");
  } catch (const StoreError& e) {
    CHECK(e.is_constraint_violation());
    CHECK(std::string(e.what()).find("tickets.day, tickets.number") != std::string::npos);
  }
  // The same number on another day, and tickets without a token, are fine.
  CHECK_NOTHROW(tickets.insert(ticket("W-001", "iin", 2026y / November / 25)));
  CHECK_NOTHROW(tickets.insert(ticket("W-002")));
  CHECK(tickets.load_day(kDay).size() == 2);
}

TEST_CASE("store/tickets: status tokens are unique and found") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  Ticket t = ticket("W-001");
  t.status_token = "abc";
  t.id = tickets.insert(t);
  Ticket twin = ticket("W-002");
  twin.status_token = "abc";
  CHECK_THROWS_AS(tickets.insert(twin), StoreError);

  const auto found = tickets.find_by_status_token("abc");
  REQUIRE(found);
  CHECK(found->id == t.id);
  CHECK_FALSE(tickets.find_by_status_token("abd").has_value());
  CHECK_FALSE(tickets.find_by_status_token("").has_value());
}

TEST_CASE("store/tickets: load_day returns that day's tickets in id order") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  tickets.insert(ticket("W-001"));
  tickets.insert(ticket("W-001", "iin", 2026y / November / 23));
  tickets.insert(ticket("A-001"));
  tickets.insert(ticket("W-002"));
  const auto day = tickets.load_day(kDay);
  REQUIRE(day.size() == 3);
  CHECK(day[0].number == "W-001");
  CHECK(day[1].number == "A-001");
  CHECK(day[2].number == "W-002");
  CHECK(day[0].id < day[1].id);
  CHECK(day[1].id < day[2].id);
  CHECK(tickets.load_day(2026y / November / 22).empty());
}

TEST_CASE("store/tickets: close_open_before cancels earlier days' open tickets only") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  const Date yesterday = 2026y / November / 23;
  const Instant morning = time_on(kDay, 8h);
  auto add = [&](const char* number, Date day, TicketStatus status) {
    Ticket t = ticket(number, "iin", day);
    t.status = status;
    return tickets.insert(t);
  };
  const auto waiting = add("W-001", yesterday, TicketStatus::waiting);
  const auto called = add("W-002", yesterday, TicketStatus::called);
  const auto serving = add("W-003", yesterday, TicketStatus::serving);
  const auto finished = add("W-004", yesterday, TicketStatus::done);
  const auto no_show = add("W-005", yesterday, TicketStatus::no_show);
  const auto today = add("W-001", kDay, TicketStatus::waiting);
  const auto older = add("W-001", 2026y / October / 1, TicketStatus::waiting);

  CHECK(tickets.close_open_before(kDay, morning) == 4);
  for (const auto id : {waiting, called, serving, older}) {
    const auto t = tickets.find(id);
    CHECK(t->status == TicketStatus::cancelled);
    CHECK(t->finished_at == morning);
  }
  CHECK(tickets.find(finished)->status == TicketStatus::done);
  CHECK_FALSE(tickets.find(finished)->finished_at.has_value());
  CHECK(tickets.find(no_show)->status == TicketStatus::no_show);
  CHECK(tickets.find(today)->status == TicketStatus::waiting);
  CHECK(tickets.close_open_before(kDay, morning) == 0);  // nothing left
}

TEST_CASE("store/tickets: recent_service_seconds averages each service's last N done tickets") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  Transaction transaction(db);
  // iin: 40 min long ago, then 10, 20, 30 min; the last three average 20 min.
  tickets.insert(done("I-001", "iin", 40, 9h + 30min));
  tickets.insert(done("I-002", "iin", 10, 10h + 30min));
  tickets.insert(done("I-003", "iin", 20, 11h + 30min));
  tickets.insert(done("I-004", "iin", 30, 12h + 30min));
  tickets.insert(done("V-001", "visa", 15, 10h));
  // Not done, or without a start: never counted.
  Ticket serving = done("I-005", "iin", 90, 12h + 45min);
  serving.status = TicketStatus::serving;
  tickets.insert(serving);
  Ticket unstarted = done("I-006", "iin", 90, 12h + 50min);
  unstarted.started_at.reset();
  tickets.insert(unstarted);
  Ticket cancelled = done("F-001", "fingerprints", 5, 11h);
  cancelled.status = TicketStatus::cancelled;
  tickets.insert(cancelled);

  const auto means = tickets.recent_service_seconds(3);
  REQUIRE(means.size() == 2);
  CHECK(means[0].first == "iin");
  CHECK(means[0].second == doctest::Approx(20 * 60));
  CHECK(means[1].first == "visa");
  CHECK(means[1].second == doctest::Approx(15 * 60));

  const auto all = tickets.recent_service_seconds(10);
  REQUIRE(all.size() == 2);
  CHECK(all[0].second == doctest::Approx(25 * 60));
  CHECK(tickets.recent_service_seconds(1)[0].second == doctest::Approx(30 * 60));
  CHECK(tickets.recent_service_seconds(0).empty());
}

TEST_CASE("store/tickets: writes outside a transaction are refused") {
  Database db = open_database(std::string(Database::kInMemory));
  TicketRepository tickets(db);
  CHECK_THROWS_AS(tickets.insert(ticket("W-001")), StoreError);
  CHECK_THROWS_AS(tickets.close_open_before(kDay, time_on(kDay, 8h)), StoreError);
  CHECK(tickets.load_day(kDay).empty());
}

}  // namespace kezek_server_store_ticket_repository
