// forecast: the simulated day against hand-computed call times, and against a
// plain step-by-step replay with choose_next.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>

#include "shared/domain/forecast.hpp"
#include "tests/support/tuesday.hpp"

namespace kezek_unit_domain_forecast {

using namespace std::chrono;
using namespace kezek;
using namespace kezek::domain;
using kezek::test_day::at;
using kezek::test_day::kDay;

namespace {

struct ForecastFixture {
  DayState day;
  ServiceTimes times;
  SchedulingPolicy policy;
  WorkingCalendar calendar{OpeningHours{}, DayRules{}};

  ForecastFixture() {
    day.day = kDay;
    times.seed("iin", 10min);
    times.seed("visa", 20min);
  }

  void ticket(TicketId id, std::string service, Instant issued, TicketTier tier = TicketTier::standard) {
    Ticket t;
    t.id = id;
    t.day = kDay;
    t.service = std::move(service);
    t.tier = tier;
    t.issued_at = issued;
    day.add_ticket(std::move(t));
  }

  Forecasts run(Instant now) const { return forecast(day, now, times, policy, calendar); }
};

// A small deterministic generator, so the random days are the same every run.
struct Lcg {
  std::uint64_t state;
  std::uint32_t next(std::uint32_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>((state >> 33) % bound);
  }
};

// The forecast's model replayed naively: the earliest free counter (then the
// first listed) asks choose_next on a copy of the day, which is then updated.
// No booked-but-absent appointments here (those are the forecast's own model).
std::map<TicketId, std::pair<Instant, int>> replay(DayState day, Instant now, const ServiceTimes& times,
                                                   const SchedulingPolicy& policy, const WorkingCalendar& calendar) {
  const std::vector<Interval> intervals = calendar.working_intervals(day.day);
  std::vector<std::pair<Instant, std::size_t>> free;  // (free at, counter index)
  std::vector<int> calls(day.counters.size(), 0);
  for (std::size_t i = 0; i < day.counters.size(); ++i) {
    if (!day.counter_states[i].paused) {
      free.emplace_back(now, i);
    }
  }
  std::map<TicketId, std::pair<Instant, int>> out;
  while (!free.empty()) {
    const auto first = std::min_element(free.begin(), free.end());
    Instant t = first->first;
    for (const Interval& span : intervals) {
      if (t < span.end) {
        t = std::max(t, span.start);
        break;
      }
    }
    if (t != first->first) {
      first->first = t;
      continue;
    }
    const CounterConfig& counter = day.counters[first->second];
    const std::optional<TicketId> id = choose_next(day, counter.number, t, times, policy);
    if (!id) {
      free.erase(first);
      continue;
    }
    Ticket& ticket = *day.find_ticket(*id);
    int position = 0;
    for (std::size_t c = 0; c < day.counters.size(); ++c) {
      if (!day.counter_states[c].paused && can_serve(day.counters[c], ticket)) {
        position += calls[c];
      }
    }
    ++calls[first->second];
    ticket.status = TicketStatus::called;
    out[*id] = {t, position};
    first->first = t + times.call_overhead() + times.expected(ticket.service);
  }
  return out;
}

}  // namespace

TEST_CASE("domain forecast: one counter, known service times, exact call times") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"iin", "visa"}, false});
  f.ticket(1, "iin", at(9, 50));
  f.ticket(2, "visa", at(9, 51));
  f.ticket(3, "iin", at(9, 52));
  SUBCASE("idle counter") {
    const Forecasts out = f.run(at(10));
    REQUIRE(out.size() == 3);
    CHECK(out.at(1).call_at == at(10, 0));
    CHECK(out.at(2).call_at == at(10, 10));
    CHECK(out.at(3).call_at == at(10, 30));
    CHECK(out.at(1).position == 0);
    CHECK(out.at(2).position == 1);
    CHECK(out.at(3).position == 2);
    CHECK(out.at(3).today);
    CHECK_FALSE(out.at(3).after_lunch);
  }
  SUBCASE("busy counter: free at the expected end of its current ticket") {
    Ticket current;
    current.id = 99;
    current.service = "visa";
    current.status = TicketStatus::serving;
    current.called_at = at(9, 50);
    current.started_at = at(9, 52);
    f.day.add_ticket(current);
    f.day.counter_state(1)->current = 99;
    f.day.counter_state(1)->phase = CounterPhase::serving;
    const Forecasts out = f.run(at(10));
    CHECK(out.size() == 3);  // only waiting tickets
    CHECK(out.at(1).call_at == at(10, 12));
    CHECK(out.at(3).call_at == at(10, 42));
  }
  SUBCASE("each call also costs the learned walk up") {
    for (int i = 0; i < 40; ++i) f.times.observe_call(60s);  // converges on a minute
    REQUIRE(f.times.call_overhead() == 60s);
    Ticket current;  // called at 9:58, not yet at the counter
    current.id = 99;
    current.service = "iin";
    current.status = TicketStatus::called;
    current.called_at = at(9, 58);
    f.day.add_ticket(current);
    f.day.counter_state(1)->current = 99;
    f.day.counter_state(1)->phase = CounterPhase::calling;
    const Forecasts out = f.run(at(10));
    CHECK(out.at(1).call_at == at(10, 9));   // 9:58 + 1 min walk + 10 min iin
    CHECK(out.at(2).call_at == at(10, 20));  // + 1 + 10
    CHECK(out.at(3).call_at == at(10, 41));  // + 1 + 20
  }
}

TEST_CASE("domain forecast: nothing is called during lunch") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"iin"}, false});
  for (TicketId id = 1; id <= 4; ++id) {
    f.ticket(id, "iin", at(12, static_cast<int>(id)));
  }
  const Forecasts out = f.run(at(12, 35));
  CHECK(out.at(1).call_at == at(12, 35));
  CHECK(out.at(3).call_at == at(12, 55));
  CHECK_FALSE(out.at(3).after_lunch);
  CHECK(out.at(4).call_at == at(14, 0));  // 13:05 falls in the break
  CHECK(out.at(4).after_lunch);
  CHECK(out.at(4).today);
  // Asked during lunch, the first call is at 14:00 but is not "after lunch" news.
  const Forecasts during = f.run(at(13, 20));
  CHECK(during.at(1).call_at == at(14, 0));
  CHECK(during.at(2).call_at == at(14, 10));
  CHECK(during.at(1).after_lunch);
  // Asked before opening, calls start at 09:00.
  CHECK(f.run(at(8, 0)).at(1).call_at == at(9, 0));
}

TEST_CASE("domain forecast: a call at or after closing is not today") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"iin"}, false});
  for (TicketId id = 1; id <= 4; ++id) {
    f.ticket(id, "iin", at(17, static_cast<int>(id)));
  }
  const Forecasts out = f.run(at(17, 30));
  CHECK(out.at(3).call_at == at(17, 50));
  CHECK(out.at(3).today);
  CHECK(out.at(4).call_at == at(18, 0));  // exactly at closing
  CHECK_FALSE(out.at(4).today);
  CHECK(out.at(4).position == 3);
  // A closed day: nothing is today.
  ForecastFixture sat;
  sat.day.day = 2026y / November / 28;
  sat.day.add_counter(CounterConfig{1, {"iin"}, false});
  sat.ticket(1, "iin", from_local(sat.day.day, 10h));
  CHECK_FALSE(sat.run(from_local(sat.day.day, 10h)).at(1).today);
}

TEST_CASE("domain forecast: paused counters do not serve") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"iin"}, false});
  f.day.add_counter(CounterConfig{2, {"iin"}, false});
  for (TicketId id = 1; id <= 4; ++id) {
    f.ticket(id, "iin", at(9, static_cast<int>(id)));
  }
  const Forecasts both = f.run(at(10));
  CHECK(both.at(2).call_at == at(10, 0));
  CHECK(both.at(4).call_at == at(10, 10));
  CHECK(both.at(4).position == 3);

  f.day.counter_state(2)->paused = true;
  const Forecasts one = f.run(at(10));
  CHECK(one.at(2).call_at == at(10, 10));
  CHECK(one.at(4).call_at == at(10, 30));

  f.day.counter_state(1)->paused = true;
  const Forecasts none = f.run(at(10));
  CHECK(none.at(1).call_at == Instant::max());
  CHECK(none.at(1).position == -1);
  CHECK_FALSE(none.at(1).today);
}

TEST_CASE("domain forecast: a booked appointment keeps its slot") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"visa"}, false});
  Appointment a;
  a.code = "K7M4QX";
  a.service = "visa";
  a.start = at(10);
  a.counter = 1;
  f.day.add_appointment(a);
  f.ticket(1, "visa", at(9, 0));
  f.ticket(2, "visa", at(9, 1));
  const Forecasts out = f.run(at(9, 45));  // 9:45 + 20 min would run past 10:00
  CHECK(out.at(1).call_at == at(10, 20));
  CHECK(out.at(2).call_at == at(10, 40));
  CHECK(f.run(at(9, 30)).at(1).call_at == at(9, 30));  // fits before it
}

TEST_CASE("domain forecast: a ticket not yet issued") {
  ForecastFixture f;
  f.day.add_counter(CounterConfig{1, {"iin"}, false});
  f.ticket(1, "iin", at(9, 50));
  f.ticket(2, "iin", at(9, 55));
  const TicketForecast standard =
      forecast_new_ticket(f.day, "iin", TicketTier::standard, at(10), f.times, f.policy, f.calendar);
  CHECK(standard.call_at == at(10, 20));
  CHECK(standard.position == 2);
  const TicketForecast priority =
      forecast_new_ticket(f.day, "iin", TicketTier::priority, at(10), f.times, f.policy, f.calendar);
  CHECK(priority.call_at == at(10));
  CHECK(priority.position == 0);
  CHECK(f.day.tickets.size() == 2);
  const TicketForecast nobody =
      forecast_new_ticket(f.day, "visa", TicketTier::standard, at(10), f.times, f.policy, f.calendar);
  CHECK(nobody.position == -1);
}

TEST_CASE("domain forecast: agrees with a step-by-step replay of choose_next") {
  const std::vector<std::string> services{"iin", "visa", "trp", "eds", "fp"};
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    Lcg rng{seed};
    ForecastFixture f;
    f.times.seed("trp", 25min);
    f.times.seed("eds", 7min);
    f.times.seed("fp", 5min);
    f.times.observe_call(seconds{rng.next(300)});  // some days, calls cost a walk up
    const int counters = 1 + static_cast<int>(rng.next(5));
    for (int c = 1; c <= counters; ++c) {
      CounterConfig config{c, {}, rng.next(4) == 0};
      for (const std::string& s : services) {
        if (rng.next(2) == 0) {
          config.services.insert(s);
        }
      }
      f.day.add_counter(config);
      f.day.counter_states.back().paused = rng.next(6) == 0;
    }
    const Instant now = at(9) + minutes{rng.next(8 * 60)};
    const int tickets = 1 + static_cast<int>(rng.next(60));
    for (TicketId id = 1; id <= tickets; ++id) {
      const std::string& service = services[rng.next(5)];
      const auto tier = static_cast<TicketTier>(rng.next(4));
      f.ticket(id, service, now - minutes{rng.next(120)}, tier);
      Ticket& t = f.day.tickets.back();
      if (rng.next(10) == 0) {
        t.target_counter = 1 + static_cast<int>(rng.next(static_cast<std::uint32_t>(counters)));
      }
      if (t.tier == TicketTier::appointment) {
        // Checked in, with a slot at a counter that serves it (when one does).
        t.slot_start = now + minutes{static_cast<int>(rng.next(150)) - 30};
        for (const CounterConfig& c : f.day.counters) {
          if (!t.target_counter && can_serve(c, t)) {
            Appointment a;
            a.code = "A" + std::to_string(id);
            a.service = service;
            a.start = *t.slot_start;
            a.counter = c.number;
            a.status = AppointmentStatus::checked_in;
            a.ticket = id;
            f.day.add_appointment(a);
            break;
          }
        }
      }
    }
    const Forecasts out = f.run(now);
    const auto expected = replay(f.day, now, f.times, f.policy, f.calendar);
    REQUIRE(out.size() == static_cast<std::size_t>(tickets));
    for (const auto& [id, forecast] : out) {
      CAPTURE(id);
      const auto found = expected.find(id);
      if (found == expected.end()) {
        CHECK(forecast.position == -1);
      } else {
        CHECK(forecast.call_at == found->second.first);
        CHECK(forecast.position == found->second.second);
      }
    }
  }
}

TEST_CASE("domain forecast: 3000 tickets on 12 counters") {
  ForecastFixture f;
  const std::vector<std::string> services{"iin", "visa", "trp", "eds", "fp", "tax", "pr"};
  Lcg rng{2026};
  for (int c = 1; c <= 12; ++c) {
    CounterConfig config{c, {}, c > 10};
    for (const std::string& s : services) {
      // Every service somewhere; the two manager counters serve all of them.
      if (config.manager || rng.next(2) == 0 || s == services[static_cast<std::size_t>(c) % services.size()]) {
        config.services.insert(s);
      }
    }
    f.day.add_counter(config);
  }
  for (TicketId id = 1; id <= 3000; ++id) {
    const auto tier =
        rng.next(10) == 0 ? TicketTier::priority : (rng.next(30) == 0 ? TicketTier::manager : TicketTier::standard);
    f.ticket(id, services[rng.next(static_cast<std::uint32_t>(services.size()))], at(9) + seconds{id * 6}, tier);
  }
  const Forecasts out = f.run(at(9, 30));
  CHECK(out.size() == 3000);
  int today = 0;
  for (const auto& [id, forecast] : out) {
    CHECK(forecast.position >= 0);
    today += forecast.today ? 1 : 0;
  }
  CHECK(today > 0);
  CHECK(today < 3000);
}

}  // namespace kezek_unit_domain_forecast
