#pragma once
// The fixture the domain::Queue suites share: the small test catalog
// (work_visa_invitation W 20 min standard only; work_visa_extension W 15 min
// standard + manager; iin O 10 min every tier), the default calendar (09-18,
// lunch 13-14) on a Tuesday, and two counters: 1 serves iin and
// work_visa_invitation, 2 serves iin. Nobody serves work_visa_extension.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/catalog_loader.hpp"
#include "shared/domain/queue.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek::domain::test {

using namespace std::chrono;

using test_day::at;
using test_day::kDay;
using test_day::kNextDay;

// Counts what a store would hand out, and remembers what it was asked for.
struct TestSupply final : QueueSupply {
  int sequences = 0;
  int tokens = 0;
  TicketId last_id = 100;
  std::optional<std::string> code = std::string("K7M4QX");
  int next_ticket_sequence(Date, char) override { return ++sequences; }
  std::string new_status_token() override { return "token-" + std::to_string(++tokens); }
  TicketId store_new_ticket(const Ticket&) override { return ++last_id; }
  std::optional<std::string> new_booking_code() override { return code; }
};

inline Appointment appointment(std::string code, std::string service, Instant start, int counter = 1) {
  Appointment a;
  a.code = std::move(code);
  a.service = std::move(service);
  a.start = start;
  a.minutes = 15;
  a.counter = counter;
  a.applicant = "APP-1";
  return a;
}

struct QueueFixture {
  catalog::Catalog catalog = catalog::load_catalog(KEZEK_TEST_DATA_DIR "/catalog/small_catalog.json");
  WorkingCalendar calendar{OpeningHours{}, DayRules{}};
  Queue queue;
  TestSupply supply;

  explicit QueueFixture(QueueRules rules = {}, std::vector<Appointment> appointments = {})
      : queue(catalog, calendar, rules) {
    DayState day;
    day.day = kDay;
    day.add_counter(CounterConfig{1, {"iin", "work_visa_invitation"}, false});
    day.add_counter(CounterConfig{2, {"iin"}, false});
    for (Appointment& a : appointments) day.add_appointment(std::move(a));
    queue.load(std::move(day));
  }

  TicketId issue(std::string service, Instant when, TicketTier tier = TicketTier::standard) {
    const QueueResult r = queue.apply(IssueTicket{std::move(service), tier, "en"}, when, supply);
    REQUIRE(r.ok());
    return *r.ticket;
  }
  const Ticket& ticket(TicketId id) const { return *queue.state().find_ticket(id); }
  const CounterState& counter(int number) const { return *queue.state().counter_state(number); }
  const Appointment& booking(std::string_view code) const { return *queue.state().find_appointment(code); }
  // Calls at counter 1 and expects a ticket.
  TicketId call(Instant when, int number = 1) {
    const QueueResult r = queue.apply(CallNext{number}, when);
    REQUIRE(r.ok());
    REQUIRE(r.ticket.has_value());
    return *r.ticket;
  }
};

inline Refusal reason(const QueueResult& r) {
  REQUIRE(r.refusal.has_value());
  return r.refusal->reason;
}

inline bool has_event(const QueueResult& r, QueueEventKind kind) {
  for (const QueueEvent& e : r.events)
    if (e.kind == kind) return true;
  return false;
}

}  // namespace kezek::domain::test
