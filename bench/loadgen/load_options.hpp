#pragma once
// The shape of one load run, shared by the request mixes.
#include <chrono>

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

}  // namespace kezek::bench
