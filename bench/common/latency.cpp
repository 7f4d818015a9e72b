// LatencyRecorder: exact percentiles by sorting a copy of the samples.
#include "bench/common/latency.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kezek::bench {

double percentile_of_sorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  // Nearest rank: the smallest value with at least p % of the samples at or below it.
  const double rank = std::ceil(p / 100.0 * static_cast<double>(sorted.size()));
  const std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
  return sorted[std::min(index, sorted.size() - 1)];
}

LatencySummary LatencyRecorder::summary() const {
  LatencySummary s;
  s.count = samples_ns_.size();
  if (s.count == 0) return s;
  std::vector<double> us;
  us.reserve(s.count);
  double total = 0;
  for (std::int64_t ns : samples_ns_) {
    us.push_back(static_cast<double>(ns) / 1000.0);
    total += us.back();
  }
  std::sort(us.begin(), us.end());
  s.mean_us = total / static_cast<double>(s.count);
  s.p50_us = percentile_of_sorted(us, 50);
  s.p99_us = percentile_of_sorted(us, 99);
  s.p999_us = percentile_of_sorted(us, 99.9);
  s.max_us = us.back();
  return s;
}

std::string ms(double microseconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", microseconds / 1000.0);
  return text;
}

}  // namespace kezek::bench
