#pragma once
// Local time of the Centre and its text forms.
//
// All of Kazakhstan keeps one fixed offset, UTC+5 (Asia/Almaty), since
// 1 March 2024, with no daylight saving; so local time is plain arithmetic on
// the offset and needs no time-zone database (gcc 12 has no zoned_time).
// An Instant is a point on the UTC time line; dates and times of day are local.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kezek {

using Instant = std::chrono::sys_seconds;
using Date = std::chrono::year_month_day;

inline constexpr std::chrono::hours kUtcOffset{5};

// A local wall-clock reading: the date and the time since local midnight,
// in [0, 24h).
struct LocalDateTime {
  Date date;
  std::chrono::seconds time_of_day;
};

LocalDateTime to_local(Instant t);
// The instant when the local clock shows `time_of_day` on `date`. A
// time_of_day outside [0, 24h) simply runs into the neighbouring days.
Instant from_local(Date date, std::chrono::seconds time_of_day);
Date local_date(Instant t);

// "2026-11-24T10:00:00+05:00": always written in local time with its offset.
std::string format_iso8601(Instant t);
// Strict "YYYY-MM-DDTHH:MM:SS" followed by "Z", "+HH:MM" or "-HH:MM": the
// offset is required (a reading without one is ambiguous), no fractional
// seconds, no leap second, nothing after the offset. nullopt on any fault.
std::optional<Instant> parse_iso8601(std::string_view text);

// "2026-11-24"; parse_date is strict: exactly YYYY-MM-DD and a real date.
std::string format_date(Date date);
std::optional<Date> parse_date(std::string_view text);

// "09:00" from a time of day (seconds are dropped; wraps modulo 24h).
std::string format_hhmm(std::chrono::seconds time_of_day);
// Strict "HH:MM", 00:00 to 23:59.
std::optional<std::chrono::minutes> parse_hhmm(std::string_view text);

// Where "now" comes from, so that the core and the tests can be handed a
// time instead of reading the system clock.
//
// Threading: SystemClock, OffsetClock and ScaledClock hold no mutable state, so
// now() may be called from any number of threads at once. ManualClock is NOT thread-safe:
// set()/advance() and now() must not race (use it from one thread, e.g. a test
// or the simulator's loop).
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;
  // Seconds of this clock per real second: what waits measured in real time
  // (the server's tick, a kiosk's rate limit, a demo visitor's pace) divide or
  // multiply by, so that they keep their meaning in the Centre's time.
  virtual double rate() const { return 1.0; }
};

// The fastest a clock may run (a working day in about 9 s): beyond it a
// one-second Instant and the server's tick (server/engine/tick_interval.hpp)
// could no longer follow the day minute by minute.
inline constexpr double kMaxTimeScale = 3600;

class SystemClock final : public Clock {
 public:
  Instant now() const override;
};

// Starts at `start` and then runs in real time: for demos that must show a
// given day (a Friday before a holiday, lunch time) while the clock ticks.
class OffsetClock final : public Clock {
 public:
  explicit OffsetClock(Instant start);
  Instant now() const override;

 private:
  std::chrono::system_clock::duration offset_;
};

// Starts at `start` and runs `scale` times faster than real time (600: a
// working day in about a minute), so tests, the soak run and the demo can watch
// lunch, closing and the nights pass. Generalises OffsetClock (scale 1), but
// counts real time on the steady clock: a system clock set back or forward
// would otherwise jump the Centre's time by `scale` times as much.
class ScaledClock final : public Clock {
 public:
  // Throws std::invalid_argument unless 0 < scale <= kMaxTimeScale.
  ScaledClock(Instant start, double scale);
  Instant now() const override;
  double rate() const override { return scale_; }

 private:
  Instant start_;
  std::chrono::steady_clock::time_point real_start_;
  double scale_;
};

// Moves only when told: for tests and the day simulator.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Instant start) : now_(start) {}
  Instant now() const override { return now_; }
  void set(Instant t) { now_ = t; }
  void advance(std::chrono::seconds by) { now_ += by; }

 private:
  Instant now_;
};

}  // namespace kezek
