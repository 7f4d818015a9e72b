// free_slots and assign_counter on Tuesday 2026-11-24.
#include <doctest/doctest.h>

#include <algorithm>

#include "shared/domain/slots.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_unit_domain_slots {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::domain;
using kezek::test_day::at;
using kezek::test_day::kDay;

namespace {

// Counters 1 and 2 serve visa (20 min) and counter 1 also iin (7 min: a
// 15-minute slot); counter 3 is a manager counter for visa and "pm".
struct SlotsFixture {
  std::vector<CounterConfig> counters{{1, {"visa", "iin"}, false}, {2, {"visa"}, false}, {3, {"visa", "pm"}, true}};
  std::vector<Appointment> appointments;
  WorkingCalendar calendar{OpeningHours{}, DayRules{}};
  ServiceTimes times;
  SlotPolicy policy;
  Instant now = from_local(2026y / November / 23, 12h);  // the day before

  SlotsFixture() {
    times.seed("visa", 20min);
    times.seed("iin", 7min);
    times.seed("trp", 23min);
    times.seed("pm", 40min);
    counters.push_back({4, {"trp"}, false});
  }

  void book(int counter, Instant start, int minutes = 20, AppointmentStatus status = AppointmentStatus::booked) {
    Appointment a;
    a.code = "A" + std::to_string(appointments.size());
    a.service = "visa";
    a.start = start;
    a.minutes = minutes;
    a.counter = counter;
    a.status = status;
    appointments.push_back(a);
  }

  std::vector<Slot> slots(std::string_view service, Date date = kDay) const {
    return free_slots(service, date, counters, appointments, calendar, times, policy, now);
  }

  std::optional<int> assign(std::string_view service, Instant start) const {
    return assign_counter(service, start, counters, appointments, calendar, times, policy, now);
  }
};

const Slot* find(const std::vector<Slot>& slots, Instant start) {
  const auto it = std::find_if(slots.begin(), slots.end(), [start](const Slot& s) { return s.start == start; });
  return it == slots.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("domain slots: lengths are the expected time rounded up to 5 minutes") {
  SlotsFixture f;
  CHECK(slot_minutes("visa", f.times, f.policy) == 20);
  CHECK(slot_minutes("trp", f.times, f.policy) == 25);
  CHECK(slot_minutes("iin", f.times, f.policy) == 15);  // the minimum
}

TEST_CASE("domain slots: a grid from 09:00 and 14:00, clear of lunch and closing") {
  SlotsFixture f;
  const std::vector<Slot> visa = f.slots("visa");
  REQUIRE(visa.size() == 24);  // 12 in each four-hour half
  CHECK(visa.front().start == at(9));
  CHECK(visa[11].start == at(12, 40));
  CHECK(visa[12].start == at(14));
  CHECK(visa.back().start == at(17, 40));
  CHECK(visa.front().minutes == 20);
  CHECK(visa.front().free == 2);  // counters 1 and 2; not the manager counter

  const std::vector<Slot> trp = f.slots("trp");  // 25-minute slots
  REQUIRE(trp.size() == 18);
  CHECK(trp[8].start == at(12, 20));  // ends 12:45; 12:45 would end 13:10
  CHECK(trp[9].start == at(14));
  CHECK(trp.back().start == at(17, 20));
  for (const Slot& s : trp) {
    const Instant end = s.start + minutes{s.minutes};
    CHECK((end <= at(13) || s.start >= at(14)));
    CHECK(end <= at(18));
  }
}

TEST_CASE("domain slots: a booked slot disappears from its counter") {
  SlotsFixture f;
  f.counters.erase(f.counters.begin() + 1);  // counter 1 alone serves visa
  f.book(1, at(10));
  const std::vector<Slot> slots = f.slots("visa");
  CHECK(find(slots, at(10)) == nullptr);
  CHECK(find(slots, at(9, 40)) != nullptr);
  CHECK(find(slots, at(10, 20)) != nullptr);
  // An off-grid appointment of another service blocks every slot it overlaps.
  f.book(1, at(11, 10), 15);
  CHECK(find(f.slots("visa"), at(11)) == nullptr);
  CHECK(find(f.slots("visa"), at(11, 20)) == nullptr);
  CHECK(find(f.slots("visa"), at(11, 40)) != nullptr);
  // A cancelled booking frees its time.
  f.appointments[0].status = AppointmentStatus::cancelled;
  CHECK(find(f.slots("visa"), at(10)) != nullptr);
}

TEST_CASE("domain slots: with two counters a booking leaves one free") {
  SlotsFixture f;
  f.book(2, at(10));
  const std::vector<Slot> slots = f.slots("visa");
  const Slot* slot = find(slots, at(10));
  REQUIRE(slot != nullptr);
  CHECK(slot->free == 1);
  CHECK(f.assign("visa", at(10)) == 1);
}

TEST_CASE("domain slots: the walk-in share caps bookings") {
  SlotsFixture f;
  // 480 working minutes, half kept for walk-ins: 240 bookable per counter.
  for (int i = 0; i < 12; ++i) {
    f.book(2, at(14) + minutes{20 * i});
  }
  CHECK(f.slots("visa").size() == 24);  // counter 1 still takes every slot
  for (const Slot& s : f.slots("visa")) {
    CHECK(s.free == 1);  // counter 2 is full for the day, mornings too
  }
  for (int i = 0; i < 11; ++i) {
    f.book(1, at(14) + minutes{20 * i});
  }
  // Counter 1 has 220 minutes booked: one 20-minute slot left, and only in
  // the morning (its afternoon is taken but for 17:40).
  const std::vector<Slot> left = f.slots("visa");
  CHECK(left.size() == 13);
  f.book(1, at(9));
  CHECK(f.slots("visa").empty());

  SlotsFixture g;
  g.policy.walk_in_share = 0.75;  // 120 minutes: six 20-minute bookings
  for (int i = 0; i < 6; ++i) {
    g.book(1, at(9) + minutes{20 * i});
  }
  for (const Slot& s : g.slots("visa")) {
    CHECK(s.free == 1);
  }
}

TEST_CASE("domain slots: none on closed days, in the past or within the lead") {
  SlotsFixture f;
  CHECK(f.slots("visa", 2026y / November / 28).empty());  // Saturday
  SlotsFixture holiday;
  holiday.calendar = WorkingCalendar(OpeningHours{}, DayRules{{kDay}, {}});
  CHECK(holiday.slots("visa").empty());

  f.now = at(11, 30);
  const std::vector<Slot> later = f.slots("visa");
  REQUIRE_FALSE(later.empty());
  CHECK(later.front().start == at(12, 40));  // 12:20 is within the hour's lead
  f.now = at(17, 0);
  CHECK(f.slots("visa").empty());
  f.now = from_local(2026y / November / 25, 9h);
  CHECK(f.slots("visa").empty());
}

TEST_CASE("domain slots: assign_counter picks the least booked free counter") {
  SlotsFixture f;
  CHECK(f.assign("visa", at(10)) == 1);  // a tie: the lower number
  f.book(1, at(15));
  CHECK(f.assign("visa", at(10)) == 2);  // 1 has more booked
  f.book(2, at(16));
  f.book(2, at(16, 20));
  CHECK(f.assign("visa", at(10)) == 1);
  CHECK(f.assign("visa", at(16)) == 1);                  // 2 is busy then
  CHECK(f.assign("visa", at(15)) == 2);                  // 1 is busy then
  CHECK_FALSE(f.assign("visa", at(10, 5)).has_value());  // off the grid
  CHECK_FALSE(f.assign("visa", at(13)).has_value());     // lunch
  CHECK_FALSE(f.assign("unknown", at(10)).has_value());
  CHECK(f.assign("pm", at(9, 40)) == 3);  // 40-minute grid; only a manager counter serves it
}

}  // namespace kezek_unit_domain_slots
