#pragma once
// One request, repeated: the closed loop of mix_load.hpp without the Centre's
// logic, for the transport's own ceiling (a bare Beast server, or the Kezek
// server's /healthz which never reaches the engine).
#include <boost/asio/ip/tcp.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "bench/common/latency.hpp"
#include "bench/loadgen/http_connection.hpp"
#include "bench/loadgen/load_options.hpp"

namespace kezek::bench {

struct PlainResult {
  double window_s = 0;
  LatencyRecorder all;
  LatencyRecorder from_send;  // paced runs: from when it was really sent
  std::size_t requests = 0;
  std::size_t errors = 0;  // answers other than 200, broken connections
  std::vector<std::string> problems;

  double requests_per_s() const { return window_s > 0 ? static_cast<double>(requests) / window_s : 0; }
};

PlainResult run_closed_plain(boost::asio::ip::tcp::endpoint endpoint, const HttpRequest& request,
                             const ClosedLoopOptions& options);
// The same request at a fixed rate, latency counted from when each was due.
PlainResult run_fixed_rate_plain(boost::asio::ip::tcp::endpoint endpoint, const HttpRequest& request,
                                 const FixedRateOptions& options);

}  // namespace kezek::bench
