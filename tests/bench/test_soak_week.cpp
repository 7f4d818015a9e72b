// The soak run's short form (issue 13): the real kezek-server at
// --time-scale 3600 from Friday 11 December 2026 to Wednesday 16 December,
// Independence Day: a working day, a weekend, two working days, a holiday.
// Visitors walk in and are served, bookings made days ahead are checked in
// (some never come), a counter is left paused at closing, a display stays
// subscribed (four hours offline on the first day), the server is restarted
// cleanly and kill -9'd mid-day, and after every day the invariants are
// checked through the API and the database (bench/soak/soak_checks.hpp).
// The month is `kezek-soak --days 30` (docs/benchmarks.md).
#include <doctest/doctest.h>

#include <iostream>

#include "bench/soak/soak_run.hpp"

namespace kezek_bench_soak_week {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::bench::soak;

TEST_CASE("soak: six days through a weekend and a holiday keep every invariant") {
  SoakOptions o;
  o.start = 2026y / December / 11;  // a Friday
  o.days = 6;
  o.time_scale = 3600;
  o.fast_nights = true;
  o.log = [](const std::string& line) { MESSAGE(line); };
  const SoakResult r = run_soak(o);

  REQUIRE(r.days.size() == 6);
  for (const DayResult& day : r.days) {
    INFO(describe(day));
    CHECK(day.faults.empty());
  }
  for (const auto& f : r.final_faults) FAIL_CHECK(f);
  // The week had what it was meant to have: work on Friday, Monday and
  // Tuesday, nothing on the weekend and the holiday.
  const std::vector<bool> working = {true, false, false, true, true, false};
  for (std::size_t i = 0; i < working.size(); ++i) {
    INFO(r.days[i].date);
    CHECK(r.days[i].working_day == working[i]);
    if (working[i]) {
      CHECK(r.days[i].issued > 50);
      CHECK(r.days[i].finished > 0);
    } else {
      CHECK(r.days[i].issued == 0);
    }
  }
  CHECK(r.days[0].checked_in > 0);
  CHECK(r.days[0].episodes.find("display offline") != std::string::npos);
  CHECK(r.days[3].episodes.find("clean restart") != std::string::npos);
  CHECK(r.days[4].episodes.find("kill -9") != std::string::npos);
  CHECK(r.kills == 1);
  // The display heard the events and came back after each restart.
  CHECK(r.display.events > 100);
  CHECK(r.display.connects >= r.restarts + r.kills + 1);
  CHECK(r.display.errors == 0);
}

}  // namespace kezek_bench_soak_week
