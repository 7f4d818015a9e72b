#pragma once
// RateLimiter: a token bucket per caller, so one runaway or hijacked kiosk
// cannot flood the Centre's queue (HTTP 429 past the limit, the bucket refills
// continuously).
//
// Threading: allow() is thread-safe.

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace kezek::server::api {

class RateLimiter {
 public:
  // `per_second` 0 turns the limit off.
  RateLimiter(double per_second, double burst) : rate_(per_second), burst_(burst) {}

  bool allow(const std::string& caller, std::chrono::steady_clock::time_point now);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point last;
  };
  double rate_;
  double burst_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace kezek::server::api
