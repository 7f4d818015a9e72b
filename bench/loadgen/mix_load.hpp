#pragma once
// The Centre's own traffic against a running kezek-server: each connection
// repeats issue a ticket (kiosk) → call-next → finish (a counter), over
// keep-alive HTTP, and every answer is checked: issues get distinct ticket
// numbers, no ticket is called twice, every called ticket was issued.
//
// Counters are handed to connections from a pool (per client thread), so more
// connections than counters take turns instead of racing for one counter.
#include <boost/asio/ip/tcp.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "bench/common/latency.hpp"
#include "bench/loadgen/load_options.hpp"

namespace kezek::bench {

struct MixTarget {
  boost::asio::ip::tcp::endpoint endpoint;
  std::string kiosk_token;
  std::vector<std::string> counter_tokens;  // [n - 1] is counter n's token
  std::vector<std::string> services;        // issued in turn, tier standard
};

struct MixResult {
  double window_s = 0;
  LatencyRecorder all, issue, call, finish;
  LatencyRecorder from_send;  // paced runs: from when it was really sent (client lateness excluded)
  std::size_t requests = 0;   // measured (in the window)
  std::size_t issued = 0, called = 0, finished = 0, empty_calls = 0;  // measured
  std::size_t tickets_total = 0;                                      // issued over the whole run, warm-up included
  std::size_t refused = 0;  // issues refused with 409/429 (not_today, day_full)
  std::size_t errors = 0;   // other answers, broken connections
  std::size_t duplicate_numbers = 0, duplicate_calls = 0, calls_of_unknown = 0;
  std::vector<std::string> problems;    // the first few, verbatim
  std::vector<std::size_t> per_second;  // measured requests ended in each second

  double requests_per_s() const { return window_s > 0 ? static_cast<double>(requests) / window_s : 0; }
  double issues_per_s() const { return window_s > 0 ? static_cast<double>(issued) / window_s : 0; }
  bool checks_passed() const {
    return errors == 0 && duplicate_numbers == 0 && duplicate_calls == 0 && calls_of_unknown == 0;
  }
};

MixResult run_closed_mix(const MixTarget& target, const ClosedLoopOptions& options);
// Needs options.connections <= counters: each paced connection owns one counter.
MixResult run_fixed_rate_mix(const MixTarget& target, const FixedRateOptions& options);

}  // namespace kezek::bench
