// AppointmentRepository: round-trip, ranges, the active booking, retention.
#include <doctest/doctest.h>

#include <string>

#include "server/store/appointment_repository.hpp"
#include "server/store/migrations.hpp"
#include "server/store/ticket_repository.hpp"
#include "server/store/transaction.hpp"
#include "tests/server/test_store_temp_dir.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_server_store_appointment_repository {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::store;
using domain::Appointment;
using domain::AppointmentStatus;
using kezek::store::testing::TempDir;

namespace {

using kezek::test_day::kDay;

Instant slot_at(seconds time_of_day, Date day = kDay) { return from_local(day, time_of_day); }

Appointment appointment(std::string code, seconds start, std::string applicant = "APP-1",
                        std::string service = "visa-extension") {
  Appointment a;
  a.code = std::move(code);
  a.service = std::move(service);
  a.start = slot_at(start);
  a.applicant = std::move(applicant);
  a.counter = 3;
  a.created_at = slot_at(12h, 2026y / November / 20);
  return a;
}

void check_same(const Appointment& a, const Appointment& b) {
  CHECK(a.code == b.code);
  CHECK(a.service == b.service);
  CHECK(a.start == b.start);
  CHECK(a.minutes == b.minutes);
  CHECK(a.counter == b.counter);
  CHECK(a.applicant == b.applicant);
  CHECK(a.status == b.status);
  CHECK(a.ticket == b.ticket);
  CHECK(a.created_at == b.created_at);
}

}  // namespace

TEST_CASE("store/appointments: every field round-trips through a file") {
  TempDir dir;
  const std::string path = dir.file("kezek.db");
  Appointment checked_in = appointment("K7M4QX", 10h, "ЗАЯВКА-№42 Əлия", "рабочая-виза");
  checked_in.minutes = 40;
  checked_in.status = AppointmentStatus::checked_in;
  const Appointment booked = appointment("P3R8TT", 11h);
  {
    Database db = open_database(path);
    AppointmentRepository appointments(db);
    TicketRepository tickets(db);
    Transaction transaction(db);
    domain::Ticket ticket;
    ticket.day = kDay;
    ticket.number = "A-001";
    ticket.service = checked_in.service;
    ticket.appointment_code = checked_in.code;
    appointments.insert(checked_in);
    checked_in.ticket = tickets.insert(ticket);
    appointments.update(checked_in);
    appointments.insert(booked);
    transaction.commit();
  }
  Database db = open_database(path);
  AppointmentRepository appointments(db);
  const auto loaded = appointments.find("K7M4QX");
  REQUIRE(loaded);
  CHECK(loaded->ticket.has_value());
  check_same(*loaded, checked_in);
  const auto plain = appointments.find("P3R8TT");
  REQUIRE(plain);
  check_same(*plain, booked);
  CHECK_FALSE(plain->ticket.has_value());
  CHECK_FALSE(appointments.find("NOSUCH").has_value());
}

TEST_CASE("store/appointments: codes are unique, tickets must exist, updates need a row") {
  Database db = open_database(std::string(Database::kInMemory));
  AppointmentRepository appointments(db);
  Transaction transaction(db);
  appointments.insert(appointment("K7M4QX", 10h));
  CHECK_THROWS_AS(appointments.insert(appointment("K7M4QX", 11h)), StoreError);
  Appointment dangling = appointment("Q2W3E4", 11h);
  dangling.ticket = 12345;
  try {
    appointments.insert(dangling);
    FAIL("a reference to a missing ticket should be refused");
  } catch (const StoreError& e) {
    CHECK(e.is_constraint_violation());
    CHECK(std::string(e.what()).find("FOREIGN KEY") != std::string::npos);
  }
  CHECK_THROWS_AS(appointments.update(appointment("ZZZZZZ", 10h)), StoreError);
}

TEST_CASE("store/appointments: load_range is half-open, ordered, and keeps every status") {
  Database db = open_database(std::string(Database::kInMemory));
  AppointmentRepository appointments(db);
  Transaction transaction(db);
  appointments.insert(appointment("C-0900", 9h));
  appointments.insert(appointment("B-1000", 10h));
  appointments.insert(appointment("A-1000", 10h));
  Appointment cancelled = appointment("D-1100", 11h);
  cancelled.status = AppointmentStatus::cancelled;
  appointments.insert(cancelled);
  appointments.insert(appointment("E-1200", 12h));

  const auto range = appointments.load_range(slot_at(10h), slot_at(12h));
  REQUIRE(range.size() == 3);
  CHECK(range[0].code == "A-1000");
  CHECK(range[1].code == "B-1000");
  CHECK(range[2].code == "D-1100");
  CHECK(range[2].status == AppointmentStatus::cancelled);
  CHECK(appointments.load_range(slot_at(13h), slot_at(18h)).empty());
}

TEST_CASE("store/appointments: find_active finds a booked or checked-in appointment only") {
  Database db = open_database(std::string(Database::kInMemory));
  AppointmentRepository appointments(db);
  Transaction transaction(db);
  Appointment served = appointment("S1", 9h);
  served.status = AppointmentStatus::served;
  appointments.insert(served);
  Appointment missed = appointment("M1", 9h + 20min);
  missed.status = AppointmentStatus::missed;
  appointments.insert(missed);
  CHECK_FALSE(appointments.find_active("APP-1", "visa-extension").has_value());

  Appointment later = appointment("L1", 15h);
  appointments.insert(later);
  Appointment sooner = appointment("N1", 11h);
  sooner.status = AppointmentStatus::checked_in;
  appointments.insert(sooner);
  appointments.insert(appointment("O1", 10h, "APP-2"));
  appointments.insert(appointment("P1", 10h, "APP-1", "iin"));

  const auto active = appointments.find_active("APP-1", "visa-extension");
  REQUIRE(active);
  CHECK(active->code == "N1");
  CHECK(appointments.find_active("APP-2", "visa-extension")->code == "O1");
  CHECK_FALSE(appointments.find_active("APP-3", "visa-extension").has_value());
}

TEST_CASE("store/appointments: purge_applicants_before blanks only older references") {
  Database db = open_database(std::string(Database::kInMemory));
  AppointmentRepository appointments(db);
  Transaction transaction(db);
  appointments.insert(appointment("OLD1", 9h, "APP-1"));
  appointments.insert(appointment("OLD2", 10h, "APP-2"));
  appointments.insert(appointment("NEW1", 14h, "APP-3"));

  CHECK(appointments.purge_applicants_before(slot_at(12h)) == 2);
  CHECK(appointments.find("OLD1")->applicant.empty());
  CHECK(appointments.find("OLD2")->applicant.empty());
  CHECK(appointments.find("NEW1")->applicant == "APP-3");
  CHECK(appointments.find("OLD1")->service == "visa-extension");  // the rest stays
  CHECK_FALSE(appointments.find_active("", "visa-extension").has_value());
  CHECK(appointments.purge_applicants_before(slot_at(12h)) == 0);
}

}  // namespace kezek_server_store_appointment_repository
