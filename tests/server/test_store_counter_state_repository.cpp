// CounterStateRepository: one row per counter, restored after a restart.
#include <doctest/doctest.h>

#include <string>

#include "server/store/counter_state_repository.hpp"
#include "server/store/migrations.hpp"
#include "server/store/ticket_repository.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_store_counter_state_repository {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;
using domain::CounterPhase;
using domain::CounterState;
using kezek::store::testing::TempDir;

TEST_CASE("store/counters: states are saved, replaced and loaded by number, for their day only") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  domain::TicketId serving_ticket = 0;
  {
    Database db = open_database(path);
    CounterStateRepository counters(db);
    TicketRepository tickets(db);
    Transaction transaction(db);
    domain::Ticket ticket;
    ticket.day = 2026y / November / 24;
    ticket.number = "W-001";
    ticket.service = "iin";
    serving_ticket = tickets.insert(ticket);

    const Date day = 2026y / November / 24;
    counters.save({5, CounterPhase::idle, std::nullopt, true}, day);
    counters.save({2, CounterPhase::calling, serving_ticket, false}, day);
    counters.save({2, CounterPhase::serving, serving_ticket, false}, day);  // replaces
    counters.save({3, CounterPhase::idle, std::nullopt, false}, day);
    counters.save({7, CounterPhase::idle, std::nullopt, true}, 2026y / November / 23);  // paused yesterday
    transaction.commit();
  }
  Database db = open_database(path);
  CounterStateRepository counters(db);
  const auto states = counters.load_day(2026y / November / 24);
  REQUIRE(states.size() == 3);  // not counter 7: its state was the day before's
  CHECK(states[0].number == 2);
  CHECK(states[0].phase == CounterPhase::serving);
  CHECK(states[0].current == serving_ticket);
  CHECK_FALSE(states[0].paused);
  CHECK(states[1].number == 3);
  CHECK(states[1].phase == CounterPhase::idle);
  CHECK_FALSE(states[1].current.has_value());
  CHECK(states[2].number == 5);
  CHECK(states[2].paused);
  CHECK(counters.load_day(2026y / November / 25).empty());  // the next day starts from nothing
}

TEST_CASE("store/counters: a current ticket must exist, and saves need a transaction") {
  Database db = open_database(std::string(Database::kInMemory));
  CounterStateRepository counters(db);
  const Date day = 2026y / November / 24;
  CHECK_THROWS_AS(counters.save({1, CounterPhase::idle, std::nullopt, false}, day), StoreError);
  Transaction transaction(db);
  CHECK_THROWS_AS(counters.save({1, CounterPhase::calling, 777, false}, day), StoreError);
  CHECK(counters.load_day(day).empty());
}

TEST_CASE("store/counters: an unknown phase in the file is reported, not guessed") {
  Database db = open_database(std::string(Database::kInMemory));
  db.exec(
      "INSERT INTO counter_states (number, phase, current, paused, day) VALUES (1, 'lunch', NULL, 0, '2026-11-24')");
  CounterStateRepository counters(db);
  try {
    (void)counters.load_day(2026y / November / 24);
    FAIL("an unknown phase should be refused");
  } catch (const StoreError& e) {
    CHECK(std::string(e.what()).find("unknown counter phase 'lunch'") != std::string::npos);
  }
}

}  // namespace kezek_server_store_counter_state_repository
