// The day simulator (bench/model): repeatable from a seed, nobody lost, the
// Centre's hours kept, and Kezek's rules visible against the FCFS baseline.
#include <doctest/doctest.h>

#include "bench/model/day_report.hpp"
#include "bench/model/day_simulator.hpp"
#include "bench/model/visitor_model.hpp"
#include "shared/catalog/catalog_loader.hpp"

namespace kezek_bench_day_simulator {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::bench;

namespace {

constexpr Date kTuesday = 2026y / November / 24;
constexpr Date kSaturday = 2026y / November / 28;

struct Centre {
  catalog::Catalog catalog =
      catalog::load_catalog(std::filesystem::path(KEZEK_ASSETS_DIR) / "catalog" / "catalog.json");
  WorkingCalendar calendar =
      WorkingCalendar::load(std::filesystem::path(KEZEK_ASSETS_DIR) / "calendar" / "kz-holidays.json");
  std::vector<domain::CounterConfig> counters = centre_counters(catalog);
  SimSettings settings;

  DayDemand demand(Date date, int walk_ins, int bookings, std::uint64_t seed) const {
    DemandOptions options;
    options.walk_ins = walk_ins;
    options.bookings = bookings;
    return VisitorModel(catalog).draw(date, calendar, options, seed);
  }
  SimOutcome run(const DayDemand& d, Policy policy) const {
    const BookedDay booked = book_appointments(d, counters, calendar, catalog, settings);
    return simulate_day(catalog, calendar, counters, d, booked, policy, settings);
  }
};

}  // namespace

TEST_CASE("the same seed gives the same day") {
  const Centre c;
  const SimOutcome a = c.run(c.demand(kTuesday, 200, 60, 7), Policy::kezek);
  const SimOutcome b = c.run(c.demand(kTuesday, 200, 60, 7), Policy::kezek);
  REQUIRE(a.tickets.size() == b.tickets.size());
  for (std::size_t i = 0; i < a.tickets.size(); ++i) {
    CHECK(a.tickets[i].service == b.tickets[i].service);
    CHECK(a.tickets[i].called == b.tickets[i].called);
    CHECK(a.tickets[i].counter == b.tickets[i].counter);
  }
  CHECK(c.demand(kTuesday, 200, 60, 8).walk_ins.front().arrival !=
        c.demand(kTuesday, 200, 60, 7).walk_ins.front().arrival);
}

TEST_CASE("every walk-in is sold a ticket or told not today while FCFS sells them all") {
  const Centre c;
  const DayDemand d = c.demand(kTuesday, 600, 40, 3);  // more than the counters can serve
  const SimOutcome kezek = c.run(d, Policy::kezek);
  const SimOutcome fcfs = c.run(d, Policy::fcfs);
  const DayFigures k = figures_of(kezek);
  const DayFigures f = figures_of(fcfs);
  const int walk_ins = static_cast<int>(d.walk_ins.size()) + kezek.booking_too_late;
  CHECK(k.walk_ins.tickets + k.walk_ins.turned_away == walk_ins);
  CHECK(k.walk_ins.turned_away > 0);
  CHECK(f.walk_ins.turned_away == 0);
  CHECK(f.walk_ins.tickets == static_cast<int>(d.walk_ins.size()) + fcfs.booking_too_late);
  // A plain queue leaves people waiting at closing; Kezek sold only what it could serve.
  CHECK(k.waiting_at_close < f.waiting_at_close);
}

TEST_CASE("nobody is called at lunch or after closing") {
  const Centre c;
  for (Policy policy : {Policy::kezek, Policy::fcfs}) {
    const SimOutcome day = c.run(c.demand(kTuesday, 400, 80, 5), policy);
    for (const SimTicket& t : day.tickets) {
      if (!t.called) continue;
      const auto local = to_local(*t.called).time_of_day;
      CHECK(local >= 9h);
      CHECK(local < 18h);
      CHECK_FALSE((local >= 13h && local < 14h));
      CHECK(*t.called >= t.issued);
    }
  }
}

TEST_CASE("on an ordinary day Kezek keeps appointments on time, FCFS does not") {
  const Centre c;
  const DayDemand d = c.demand(kTuesday, 200, 100, 1);
  const DayFigures k = figures_of(c.run(d, Policy::kezek));
  const DayFigures f = figures_of(c.run(d, Policy::fcfs));
  REQUIRE(k.checked_in_by_slot > 20);
  CHECK(k.on_time_share >= 0.9);
  CHECK(k.on_time_share > f.on_time_share);
  CHECK(k.walk_ins.promise_mae_min < f.walk_ins.promise_mae_min);
  CHECK(k.utilisation > 0.3);
  CHECK(k.utilisation <= 1.2);
}

TEST_CASE("a closed day has no visitors") {
  const Centre c;
  const DayDemand d = c.demand(kSaturday, 300, 30, 1);
  CHECK(d.walk_ins.empty());
  const SimOutcome day = c.run(d, Policy::kezek);
  CHECK(day.tickets.empty());
  CHECK(day.appointments == 0);
}

}  // namespace kezek_bench_day_simulator
