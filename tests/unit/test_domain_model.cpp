// The model's text forms and DayState's lookups.
#include <doctest/doctest.h>

#include "shared/domain/day_state.hpp"
#include "shared/domain/model.hpp"

namespace kezek_unit_domain_model {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::domain;

TEST_CASE("domain model: every enumerator round-trips through its name") {
  for (const TicketTier v :
       {TicketTier::appointment, TicketTier::manager, TicketTier::priority, TicketTier::standard}) {
    CHECK(parse_ticket_tier(to_string(v)) == v);
  }
  for (const TicketStatus v : {TicketStatus::waiting, TicketStatus::called, TicketStatus::serving, TicketStatus::done,
                               TicketStatus::no_show, TicketStatus::cancelled}) {
    CHECK(parse_ticket_status(to_string(v)) == v);
  }
  for (const AppointmentStatus v : {AppointmentStatus::booked, AppointmentStatus::checked_in, AppointmentStatus::served,
                                    AppointmentStatus::cancelled, AppointmentStatus::missed}) {
    CHECK(parse_appointment_status(to_string(v)) == v);
  }
  CHECK(to_string(TicketStatus::no_show) == "no_show");
  CHECK(to_string(AppointmentStatus::checked_in) == "checked_in");
  CHECK(to_string(TicketTier::priority) == "priority");
  CHECK(to_string(CounterPhase::idle) == "idle");
  CHECK(to_string(CounterPhase::calling) == "calling");
  CHECK(to_string(CounterPhase::serving) == "serving");
}

TEST_CASE("domain model: parsing is exact") {
  CHECK_FALSE(parse_ticket_tier("Standard").has_value());
  CHECK_FALSE(parse_ticket_tier("").has_value());
  CHECK_FALSE(parse_ticket_status("no-show").has_value());
  CHECK_FALSE(parse_appointment_status("checked_in ").has_value());
}

TEST_CASE("domain day state: tickets, counters and appointments by key") {
  DayState day;
  day.day = 2026y / November / 24;
  for (TicketId id : {101, 102, 105}) {
    Ticket t;
    t.id = id;
    t.number = "W-" + std::to_string(id);
    day.add_ticket(t);
  }
  REQUIRE(day.find_ticket(102) != nullptr);
  CHECK(day.find_ticket(102)->number == "W-102");
  CHECK(day.find_ticket(103) == nullptr);
  day.find_ticket(105)->status = TicketStatus::called;
  const DayState& view = day;
  CHECK(view.find_ticket(105)->status == TicketStatus::called);

  // Appended behind the index's back: still found, and again after reindex().
  Ticket late;
  late.id = 200;
  day.tickets.push_back(late);
  CHECK(day.find_ticket(200) != nullptr);
  CHECK(day.find_ticket(999) == nullptr);
  day.reindex();
  CHECK(day.find_ticket(200) == &day.tickets.back());

  day.add_counter(CounterConfig{3, {"iin"}, false});
  day.add_counter(CounterConfig{7, {"visa"}, true});
  REQUIRE(day.counter(7) != nullptr);
  CHECK(day.counter(7)->manager);
  CHECK(day.counter(4) == nullptr);
  REQUIRE(day.counter_state(3) != nullptr);
  CHECK(day.counter_state(3)->number == 3);
  CHECK(day.counter_states.size() == day.counters.size());

  Appointment a;
  a.code = "K7M4QX";
  day.add_appointment(a);
  REQUIRE(day.find_appointment("K7M4QX") != nullptr);
  day.find_appointment("K7M4QX")->status = AppointmentStatus::checked_in;
  CHECK(day.appointments[0].status == AppointmentStatus::checked_in);
  CHECK(day.find_appointment("K7M-4QX") == nullptr);
}

TEST_CASE("domain day state: open tickets skip only the settled prefix") {
  DayState day;
  const TicketStatus statuses[] = {TicketStatus::done, TicketStatus::no_show, TicketStatus::called,
                                   TicketStatus::cancelled, TicketStatus::waiting};
  TicketId id = 1;
  for (TicketStatus status : statuses) {
    Ticket t;
    t.id = id++;
    t.status = status;
    day.add_ticket(t);
  }
  CHECK(day.max_ticket_id() == 5);
  // Settled tickets after an open one stay in the span: only the prefix is skipped.
  REQUIRE(day.open_tickets().size() == 3);
  CHECK(day.open_tickets().front().id == 3);

  // The called ticket is transferred back to waiting, then finished: the prefix grows.
  day.find_ticket(3)->status = TicketStatus::waiting;
  CHECK(day.open_tickets().size() == 3);
  day.find_ticket(3)->status = TicketStatus::done;
  REQUIRE(day.open_tickets().size() == 1);
  CHECK(day.open_tickets().front().id == 5);
  day.find_ticket(5)->status = TicketStatus::done;
  CHECK(day.open_tickets().empty());

  Ticket later;
  later.id = 9;
  day.add_ticket(later);
  REQUIRE(day.open_tickets().size() == 1);
  CHECK(day.open_tickets().front().id == 9);
  CHECK(day.max_ticket_id() == 9);
  // A vector filled behind add_ticket's back is still right about the largest id.
  Ticket direct;
  direct.id = 12;
  day.tickets.push_back(direct);
  CHECK(day.max_ticket_id() == 12);
}

TEST_CASE("domain day state: counters by skill follow added counters") {
  DayState day;
  day.add_counter(CounterConfig{1, {"iin", "visa"}, false});
  day.add_counter(CounterConfig{2, {"visa"}, true});
  CHECK(day.counters_with_skill("visa") == std::vector<int>{0, 1});
  CHECK(day.counters_with_skill("iin") == std::vector<int>{0});
  CHECK(day.counters_with_skill("trp").empty());
  day.add_counter(CounterConfig{3, {"trp"}, false});
  CHECK(day.counters_with_skill("trp") == std::vector<int>{2});
  // Edited in place: reindex() says so.
  day.counters[0].services.insert("trp");
  day.reindex();
  CHECK(day.counters_with_skill("trp") == std::vector<int>{0, 2});
}

}  // namespace kezek_unit_domain_model
