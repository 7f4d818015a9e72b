#pragma once
// Latency samples and their percentiles. Every sample is kept (a few million
// 8-byte values at most), so the percentiles are exact, not binned.
//
// Threading: a plain value; one thread at a time. Merge per-thread recorders
// after the threads are done.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kezek::bench {

struct LatencySummary {
  std::size_t count = 0;
  double mean_us = 0, p50_us = 0, p99_us = 0, p999_us = 0, max_us = 0;
};

class LatencyRecorder {
 public:
  void add(std::chrono::nanoseconds d) { samples_ns_.push_back(d.count()); }
  void merge(const LatencyRecorder& other) {
    samples_ns_.insert(samples_ns_.end(), other.samples_ns_.begin(), other.samples_ns_.end());
  }
  std::size_t count() const { return samples_ns_.size(); }
  LatencySummary summary() const;

 private:
  std::vector<std::int64_t> samples_ns_;
};

// The p-th percentile (0..100) of `sorted` by the nearest-rank rule; 0 when empty.
double percentile_of_sorted(const std::vector<double>& sorted, double p);

// "0.123" style microsecond figures as milliseconds with 3 decimals.
std::string ms(double microseconds);

}  // namespace kezek::bench
