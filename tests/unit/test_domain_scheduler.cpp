// choose_next and queue_order on Tuesday 2026-11-24.
#include <doctest/doctest.h>

#include "shared/domain/scheduler.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_unit_domain_scheduler {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::domain;
using kezek::test_day::at;
using kezek::test_day::kDay;

namespace {

// Counters: 1 serves visa and iin, 2 serves iin only, 3 is a manager counter
// for visa. visa takes 30 minutes, iin 10.
struct SchedulerFixture {
  DayState day;
  ServiceTimes times;
  SchedulingPolicy policy;

  SchedulerFixture() {
    day.day = kDay;
    day.add_counter(CounterConfig{1, {"visa", "iin"}, false});
    day.add_counter(CounterConfig{2, {"iin"}, false});
    day.add_counter(CounterConfig{3, {"visa"}, true});
    times.seed("visa", 30min);
    times.seed("iin", 10min);
  }

  Ticket& ticket(TicketId id, std::string service, TicketTier tier, Instant issued) {
    Ticket t;
    t.id = id;
    t.day = kDay;
    t.service = std::move(service);
    t.tier = tier;
    t.issued_at = issued;
    return day.add_ticket(std::move(t));
  }

  Ticket& appointment_ticket(TicketId id, std::string service, Instant slot, Instant issued, int counter,
                             std::string code) {
    Ticket& t = ticket(id, service, TicketTier::appointment, issued);
    t.slot_start = slot;
    t.appointment_code = code;
    Appointment a;
    a.code = std::move(code);
    a.service = std::move(service);
    a.start = slot;
    a.counter = counter;
    a.status = AppointmentStatus::checked_in;
    a.ticket = id;
    day.add_appointment(std::move(a));
    return *day.find_ticket(id);
  }

  void booked(std::string code, std::string service, Instant start, int counter) {
    Appointment a;
    a.code = std::move(code);
    a.service = std::move(service);
    a.start = start;
    a.counter = counter;
    day.add_appointment(std::move(a));
  }

  std::optional<TicketId> next(int counter, Instant now) const { return choose_next(day, counter, now, times, policy); }
};

}  // namespace

TEST_CASE("domain scheduler: a counter calls only services among its skills") {
  SchedulerFixture f;
  f.ticket(1, "visa", TicketTier::standard, at(9, 0));
  f.ticket(2, "iin", TicketTier::standard, at(9, 5));
  CHECK(f.next(2, at(10)) == 2);  // counter 2 has no visa skill
  CHECK(f.next(1, at(10)) == 1);
}

TEST_CASE("domain scheduler: manager tickets only at manager counters") {
  SchedulerFixture f;
  f.ticket(1, "visa", TicketTier::manager, at(9, 0));
  CHECK_FALSE(f.next(1, at(10)).has_value());
  CHECK(f.next(3, at(10)) == 1);
  f.ticket(2, "visa", TicketTier::standard, at(8, 30));
  CHECK(f.next(1, at(10)) == 2);
}

TEST_CASE("domain scheduler: first come, first served within a tier") {
  SchedulerFixture f;
  f.ticket(3, "iin", TicketTier::standard, at(9, 10));
  f.ticket(1, "iin", TicketTier::standard, at(9, 5));
  f.ticket(2, "iin", TicketTier::standard, at(9, 5));  // same minute: the lower id first
  CHECK(f.next(2, at(10)) == 1);
  f.day.find_ticket(1)->status = TicketStatus::called;
  CHECK(f.next(2, at(10)) == 2);
  f.day.find_ticket(2)->status = TicketStatus::done;
  CHECK(f.next(2, at(10)) == 3);
  CHECK(queue_order(f.day, 2, at(10), f.times, f.policy) == std::vector<TicketId>{3});
}

TEST_CASE("domain scheduler: priority goes first, but ageing bounds it") {
  SchedulerFixture f;
  f.ticket(1, "iin", TicketTier::standard, at(9, 0));
  SUBCASE("issued 10 minutes later: ahead") {
    f.ticket(2, "iin", TicketTier::priority, at(9, 10));
    CHECK(f.next(2, at(10)) == 2);
  }
  SUBCASE("issued 19 minutes later: still ahead") {
    f.ticket(2, "iin", TicketTier::priority, at(9, 19));
    CHECK(f.next(2, at(10)) == 2);
  }
  SUBCASE("issued exactly the head start later: the tie goes to the older id") {
    f.ticket(2, "iin", TicketTier::priority, at(9, 20));
    CHECK(f.next(2, at(10)) == 1);
  }
  SUBCASE("issued 25 minutes later: the standard ticket has waited long enough") {
    f.ticket(2, "iin", TicketTier::priority, at(9, 25));
    CHECK(f.next(2, at(10)) == 1);
    CHECK(queue_order(f.day, 2, at(10), f.times, f.policy) == std::vector<TicketId>{1, 2});
  }
}

TEST_CASE("domain scheduler: a transfer to a counter goes there and only there") {
  SchedulerFixture f;
  f.ticket(1, "visa", TicketTier::standard, at(9, 0)).target_counter = 2;
  f.ticket(2, "visa", TicketTier::standard, at(9, 5));
  CHECK(f.next(1, at(10)) == 2);  // counter 1 serves visa, but 1 was sent to counter 2
  CHECK(f.next(2, at(10)) == 1);  // counter 2 has no visa skill, but takes the transfer
  CHECK(f.next(3, at(10)) == 2);
}

TEST_CASE("domain scheduler: a checked-in appointment is called near its slot") {
  SchedulerFixture f;
  f.ticket(1, "iin", TicketTier::standard, at(9, 0));
  f.ticket(2, "iin", TicketTier::priority, at(9, 10));
  f.appointment_ticket(3, "iin", at(10), at(9, 20), 2, "K7M4QX");
  CHECK(f.next(2, at(9, 30)) == 2);  // 10:00 is far: walk-ins first (they fit before it)
  CHECK(f.next(2, at(9, 54)) == 3);  // 9:54 + 10 min would run past 10:00: called early
  CHECK(f.next(2, at(9, 55)) == 3);  // within the lead: due
  // Due appointments come first at any counter that serves them.
  CHECK(f.next(1, at(9, 56)) == 3);
  CHECK(queue_order(f.day, 1, at(9, 56), f.times, f.policy) == std::vector<TicketId>{3, 2, 1});
  CHECK(queue_order(f.day, 1, at(9, 30), f.times, f.policy) == std::vector<TicketId>{2, 1, 3});
}

TEST_CASE("domain scheduler: a walk-in that would make the next appointment late waits") {
  SchedulerFixture f;
  f.booked("K7M4QX", "visa", at(10), 1);                // booked at counter 1, not checked in yet
  f.ticket(1, "visa", TicketTier::standard, at(9, 0));  // 30 min
  f.ticket(2, "iin", TicketTier::standard, at(9, 10));  // 10 min
  CHECK(f.next(1, at(9, 30)) == 1);                     // 9:30 + 30 = 10:00: just fits
  CHECK(f.next(1, at(9, 40)) == 2);                     // visa would end 10:10; iin ends 9:50
  CHECK(f.next(1, at(9, 51)) == std::nullopt);          // neither fits now
  CHECK(f.next(1, at(10, 10)) == std::nullopt);         // holding the slot within the grace
  CHECK(f.next(1, at(10, 16)) == 1);                    // 16 minutes late: the slot is given up
  CHECK(f.next(2, at(9, 51)) == 2);                     // another counter is not held by it
  // Once served, it protects nothing.
  f.day.find_appointment("K7M4QX")->status = AppointmentStatus::served;
  CHECK(f.next(1, at(9, 51)) == 1);
}

TEST_CASE("domain scheduler: an appointment may be called early when nobody else waits") {
  SchedulerFixture f;
  f.appointment_ticket(1, "visa", at(11), at(9), 1, "K7M4QX");
  CHECK(f.next(1, at(9, 5)) == 1);
  CHECK(f.next(3, at(9, 5)) == 1);
  f.ticket(2, "visa", TicketTier::standard, at(9, 1));
  CHECK(f.next(1, at(9, 5)) == 2);
}

TEST_CASE("domain scheduler: nothing eligible gives nullopt") {
  SchedulerFixture f;
  CHECK_FALSE(f.next(1, at(10)).has_value());
  f.ticket(1, "visa", TicketTier::standard, at(9)).status = TicketStatus::done;
  f.ticket(2, "fingerprints", TicketTier::standard, at(9));
  CHECK_FALSE(f.next(1, at(10)).has_value());
  CHECK_FALSE(f.next(42, at(10)).has_value());  // no such counter
  CHECK(queue_order(f.day, 1, at(10), f.times, f.policy).empty());
}

}  // namespace kezek_unit_domain_scheduler
