// ServiceTimes: seeding and the moving average (the weights are argued in the
// header).
#include "shared/domain/service_times.hpp"

#include <algorithm>
#include <cmath>

namespace kezek::domain {
namespace {

using std::chrono::seconds;

double clamp_seconds(double s) {
  return std::clamp(s, static_cast<double>(ServiceTimes::kMinimum.count()),
                    static_cast<double>(ServiceTimes::kMaximum.count()));
}

}  // namespace

ServiceTimes::ServiceTimes(seconds fallback)
    : fallback_seconds_(clamp_seconds(static_cast<double>(fallback.count()))) {}

seconds ServiceTimes::expected(std::string_view service) const {
  const auto found = seconds_.find(service);
  const double s = found == seconds_.end() ? fallback_seconds_ : found->second;
  return seconds{std::llround(s)};
}

void ServiceTimes::observe(std::string_view service, seconds actual) {
  if (actual <= seconds::zero()) {
    return;  // a clock step or a ticket closed without being started
  }
  auto found = seconds_.find(service);
  if (found == seconds_.end()) {
    found = seconds_.emplace(std::string(service), fallback_seconds_).first;
  }
  double& estimate = found->second;
  const double observed = clamp_seconds(std::min(static_cast<double>(actual.count()), kOutlierFactor * estimate));
  estimate = clamp_seconds(estimate + kWeight * (observed - estimate));
}

void ServiceTimes::seed(std::string_view service, seconds estimate) {
  const double s = clamp_seconds(static_cast<double>(estimate.count()));
  const auto found = seconds_.find(service);
  if (found == seconds_.end()) {
    seconds_.emplace(std::string(service), s);
  } else {
    found->second = s;
  }
}

seconds ServiceTimes::fallback() const { return seconds{std::llround(fallback_seconds_)}; }

seconds ServiceTimes::call_overhead() const { return seconds{std::llround(call_seconds_)}; }

void ServiceTimes::observe_call(seconds from_call_to_start) {
  const double observed =
      std::clamp(static_cast<double>(from_call_to_start.count()), 0.0, static_cast<double>(kMaximumCall.count()));
  call_seconds_ += kWeight * (observed - call_seconds_);
}

}  // namespace kezek::domain
