#pragma once
// The shape of one load run, shared by the request mixes.
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace kezek::bench {

using SteadyClock = std::chrono::steady_clock;

// Closed loop: every connection sends its next request as soon as the last
// one is answered. Only requests that start after the warm-up and end before
// the window closes are measured.
struct ClosedLoopOptions {
  int connections = 8;
  int threads = 1;  // client threads (each its own io_context)
  double warmup_s = 0.5;
  double seconds = 5;
};

// Open loop at a fixed rate: request k is due at start + k / rate whoever is
// free to send it, and its latency counts from when it was due (so a slow
// answer that delays the next ones is charged to them too: no coordinated
// omission).
struct FixedRateOptions {
  double rate = 1000;  // requests per second, all connections together
  int connections = 8;
  double warmup_s = 1;
  double seconds = 10;
};

// The measured interval of a run.
struct Window {
  SteadyClock::time_point from, until;
  bool contains(SteadyClock::time_point start, SteadyClock::time_point end) const {
    return start >= from && end <= until;
  }
  double seconds() const { return std::chrono::duration<double>(until - from).count(); }
};

inline SteadyClock::duration seconds_to_duration(double s) {
  return std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(s));
}

// The open loop's clock, shared by a run's connections: request `next` is due at
// start + next × interval, whichever connection takes it.
struct Pace {
  SteadyClock::time_point start;
  SteadyClock::duration interval;
  std::size_t next = 0;
};

// The services the loads take tickets for: quick and long ones, from every group.
inline const std::vector<std::string>& load_services() {
  static const std::vector<std::string> services = {"iin",        "digital_signature",        "work_visa_in_country",
                                                    "trp_labour", "business_long_invitation", "arrival_notification"};
  return services;
}

}  // namespace kezek::bench
