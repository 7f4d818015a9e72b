// Local time (UTC+5), ISO 8601 / date / HH:MM text forms, and the clocks.
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <thread>
#include <vector>

#include "shared/time/local_time.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_unit_time_local_time {

using namespace std::chrono;
using namespace kezek;

namespace {

Instant utc(Date d, seconds time_of_day) { return Instant{sys_days{d}} + time_of_day; }

}  // namespace

TEST_CASE("time: local time is UTC+5 across midnight") {
  const LocalDateTime morning = to_local(utc(2026y / November / 24, 5h));
  CHECK(morning.date == 2026y / November / 24);
  CHECK(morning.time_of_day == 10h);

  // 19:00 UTC is already the next local day.
  const LocalDateTime midnight = to_local(utc(2026y / November / 23, 19h));
  CHECK(midnight.date == 2026y / November / 24);
  CHECK(midnight.time_of_day == 0s);
  CHECK(local_date(utc(2026y / November / 23, 18h + 59min + 59s)) == 2026y / November / 23);

  CHECK(from_local(2026y / November / 24, 10h) == utc(2026y / November / 24, 5h));
  CHECK(from_local(2026y / November / 24, 0h) == utc(2026y / November / 23, 19h));
}

TEST_CASE("time: format_iso8601 writes local time with +05:00") {
  CHECK(format_iso8601(from_local(2026y / November / 24, 10h)) == "2026-11-24T10:00:00+05:00");
  CHECK(format_iso8601(utc(2025y / December / 31, 19h + 1min + 2s)) == "2026-01-01T00:01:02+05:00");
}

TEST_CASE("time: parse_iso8601 converts every offset to the same instant") {
  const Instant expected = utc(2026y / November / 24, 5h);
  CHECK(parse_iso8601("2026-11-24T05:00:00Z") == expected);
  CHECK(parse_iso8601("2026-11-24T10:00:00+05:00") == expected);
  CHECK(parse_iso8601("2026-11-24T11:00:00+06:00") == expected);
  CHECK(parse_iso8601("2026-11-24T01:30:00-03:30") == expected);
  CHECK(parse_iso8601("2026-11-24T05:00:00+00:00") == expected);
  CHECK(parse_iso8601("2026-11-24T05:00:00-00:00") == expected);
  // An offset that crosses the date line backwards.
  CHECK(parse_iso8601("2026-11-24T02:00:00+06:00") == utc(2026y / November / 23, 20h));
  CHECK(parse_iso8601("2028-02-29T12:00:00Z") == utc(2028y / February / 29, 12h));
}

TEST_CASE("time: ISO 8601 round-trips") {
  for (const Instant t :
       {utc(2026y / November / 24, 5h), utc(2025y / January / 1, 0s), utc(2027y / December / 31, 23h + 59min + 59s)}) {
    const auto back = parse_iso8601(format_iso8601(t));
    REQUIRE(back.has_value());
    CHECK(*back == t);
  }
}

TEST_CASE("time: parse_iso8601 rejects anything not strictly ISO 8601 with offset") {
  for (const char* bad : {
           "",
           "2026-11-24T10:00:00",         // no offset
           "2026-13-01T00:00:00Z",        // month 13
           "2026-00-01T00:00:00Z",        // month 0
           "2026-02-30T00:00:00Z",        // 30 February
           "2026-02-29T00:00:00Z",        // not a leap year
           "2026-11-24T24:00:00Z",        // hour 24
           "2026-11-24T10:60:00Z",        // minute 60
           "2026-11-24T10:00:60Z",        // no leap seconds
           "2026-11-24 10:00:00Z",        // space instead of T
           "2026-11-24t10:00:00z",        // lower case
           "2026-11-24T10:00:00.5Z",      // fractions
           "2026-11-24T10:00:00Zx",       // trailing junk
           "2026-11-24T10:00:00+05:00x",  // trailing junk
           "2026-11-24T10:00:00+05:00 ",  // trailing space
           "2026-11-24T10:00:00+0500",    // offset without colon
           "2026-11-24T10:00:00+5:00",    // one-digit offset
           "2026-11-24T10:00:00+05:60",   // offset minute 60
           "2026-11-24T10:00:00*05:00",   // not a sign
           "2026-1a-24T10:00:00Z",        // bad digit
           "+026-11-24T10:00:00Z",        // sign in the year
           "2026-11-24T1:00:00Z",         // short hour
       }) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso8601(bad).has_value());
  }
}

TEST_CASE("time: dates format and parse strictly") {
  CHECK(format_date(2026y / November / 24) == "2026-11-24");
  CHECK(format_date(2026y / March / 9) == "2026-03-09");
  CHECK(parse_date("2026-11-24") == std::optional<Date>(2026y / November / 24));
  CHECK(parse_date("2028-02-29") == std::optional<Date>(2028y / February / 29));
  for (const char* bad : {"", "2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026-01-05 ", " 2026-01-05",
                          "2026-00-10", "2026-13-10", "2026-01-32", "2026-02-29", "2026-01-0x", "2026-01-05T"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).has_value());
  }
}

TEST_CASE("time: HH:MM formats and parses strictly") {
  CHECK(format_hhmm(9h) == "09:00");
  CHECK(format_hhmm(13h + 59min + 59s) == "13:59");
  CHECK(format_hhmm(0s) == "00:00");
  CHECK(parse_hhmm("09:00") == std::optional<minutes>(9h));
  CHECK(parse_hhmm("23:59") == std::optional<minutes>(23h + 59min));
  for (const char* bad : {"", "9:00", "09:0", "24:00", "12:60", "12:5a", "12:000", "12-00", " 09:00", "09:00 "}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_hhmm(bad).has_value());
  }
}

TEST_CASE("time: ManualClock moves only when told") {
  const Instant start = from_local(2026y / March / 20, 17h + 59min);
  ManualClock clock(start);
  const Clock& as_clock = clock;
  CHECK(as_clock.now() == start);
  clock.advance(1min);
  CHECK(format_iso8601(as_clock.now()) == "2026-03-20T18:00:00+05:00");
  clock.set(from_local(2026y / March / 26, 9h));
  CHECK(format_iso8601(as_clock.now()) == "2026-03-26T09:00:00+05:00");
}

TEST_CASE("time: OffsetClock starts at the given instant and then runs") {
  const Instant start = from_local(2026y / May / 6, 17h + 59min + 30s);
  const OffsetClock clock(start);
  const Instant first = clock.now();
  CHECK(first >= start);
  CHECK(first - start <= 2s);
  CHECK(clock.now() >= first);
}

TEST_CASE("time: ScaledClock starts at the given instant and runs scale times faster") {
  const Instant start = from_local(2026y / December / 11, 12h + 59min);
  const auto real_before = steady_clock::now();
  const ScaledClock clock(start, 3600);
  const Clock& as_clock = clock;
  CHECK(as_clock.rate() == 3600);
  CHECK(clock.now() >= start);
  // A simulated minute passes in about 17 real milliseconds: lunch comes.
  REQUIRE(kezek::testing::wait_until([&] { return clock.now() >= start + 1min; }, 10s, 1ms));
  const double real = duration<double>(steady_clock::now() - real_before).count();
  // Never faster than the scale: a minute needs at least 60/3600 s of real time.
  CHECK(real >= 60.0 / 3600);
  // Never slower either: what it reads now is no more than the real time since
  // construction times the scale (plus the second it floors to).
  const Instant read = clock.now();
  const double real_after = duration<double>(steady_clock::now() - real_before).count();
  CHECK(duration<double>(read - start).count() <= real_after * 3600 + 1);
}

TEST_CASE("time: ScaledClock at scale 1 runs in real time like OffsetClock") {
  const Instant start = from_local(2026y / May / 6, 17h + 59min + 30s);
  const ScaledClock clock(start, 1);
  CHECK(clock.rate() == 1);
  CHECK(clock.now() - start <= 2s);
  CHECK(OffsetClock(start).rate() == 1);
  CHECK(SystemClock().rate() == 1);
  CHECK(ManualClock(start).rate() == 1);
}

TEST_CASE("time: ScaledClock refuses a scale that is not above 0 and at most kMaxTimeScale") {
  const Instant start = from_local(2026y / May / 6, 9h);
  CHECK_THROWS_AS(ScaledClock(start, 0), std::invalid_argument);
  CHECK_THROWS_AS(ScaledClock(start, -2), std::invalid_argument);
  CHECK_THROWS_AS(ScaledClock(start, kMaxTimeScale + 1), std::invalid_argument);
  CHECK_THROWS_AS(ScaledClock(start, std::nan("")), std::invalid_argument);
  CHECK_NOTHROW(ScaledClock(start, kMaxTimeScale));
  CHECK_NOTHROW(ScaledClock(start, 0.5));
}

TEST_CASE("time: ScaledClock is read from many threads at once and never goes back") {
  const Instant start = from_local(2026y / May / 6, 9h);
  const ScaledClock clock(start, 600);
  std::vector<int> backwards(4, 0);
  std::vector<std::thread> readers;
  for (std::size_t i = 0; i < backwards.size(); ++i) {
    readers.emplace_back([&clock, &backwards, i] {
      Instant last = clock.now();
      for (int n = 0; n < 20000; ++n) {
        const Instant t = clock.now();
        if (t < last) ++backwards[i];
        last = t;
      }
    });
  }
  for (auto& t : readers) t.join();
  for (int count : backwards) CHECK(count == 0);
}

TEST_CASE("time: SystemClock reads the system clock") {
  const SystemClock clock;
  const auto before = floor<seconds>(system_clock::now());
  const Instant now = clock.now();
  CHECK(now >= before);
  CHECK(now - before <= 2s);
}

}  // namespace kezek_unit_time_local_time
