#pragma once
// How long a visitor is expected to spend at the counter, per service: the
// figure behind every estimated wait, every slot length and the scheduler's
// "does this walk-in fit before the appointment" check.
//
// Seeded from the catalog (Service::counter_minutes), then learned from the
// Centre's own completed tickets with an exponentially weighted moving average:
//
//     estimate <- estimate + kWeight * (observation - estimate),  kWeight = 0.2
//
// so the latest ticket counts 20 %, the one before 16 %, ... (a half-life of
// about 3 tickets, ~90 % of the weight on the last 10): it follows a counter
// that gets faster over the morning without being thrown by one odd visitor.
// Each observation is first clamped to [kMinimum, kMaximum] and to at most
// kOutlierFactor times the current estimate (a ticket left open over lunch
// moves the estimate by at most 0.2 * (4 - 1) = +60 %, not by hours), and the
// estimate stays within [kMinimum, kMaximum].
//
// Threading: a plain value; no internal synchronisation.
#include <chrono>
#include <map>
#include <string>
#include <string_view>

namespace kezek::domain {

class ServiceTimes {
 public:
  static constexpr double kWeight = 0.2;
  static constexpr double kOutlierFactor = 4.0;
  static constexpr std::chrono::seconds kMinimum{std::chrono::minutes{1}};
  static constexpr std::chrono::seconds kMaximum{std::chrono::hours{2}};
  static constexpr std::chrono::seconds kDefault{std::chrono::minutes{15}};

  // `fallback` is the estimate for a service never seeded nor observed
  // (clamped to the bounds).
  explicit ServiceTimes(std::chrono::seconds fallback = kDefault);

  // The current estimate; the fallback for an unknown service.
  std::chrono::seconds expected(std::string_view service) const;
  // Learns from one completed ticket (started_at to finished_at). An unknown
  // service starts from the fallback. A negative or zero time is ignored.
  void observe(std::string_view service, std::chrono::seconds actual);
  // Sets the estimate outright (clamped): the catalog's figure, or a value
  // restored from the store at start-up.
  void seed(std::string_view service, std::chrono::seconds estimate);

  std::chrono::seconds fallback() const;

  // The time a counter spends on a call before serving starts: the visitor
  // walking up, or the wait for one who never comes. Starts at zero and is
  // learned with the same moving average over every call (any service);
  // observations are clamped to [0, kMaximumCall]. The forecast counts it once
  // per call, on top of expected(service).
  static constexpr std::chrono::seconds kMaximumCall{std::chrono::minutes{15}};
  std::chrono::seconds call_overhead() const;
  void observe_call(std::chrono::seconds from_call_to_start);

 private:
  double fallback_seconds_;
  std::map<std::string, double, std::less<>> seconds_;  // the estimates, unrounded
  double call_seconds_ = 0;
};

}  // namespace kezek::domain
