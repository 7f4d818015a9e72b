// ServiceTimes: seeds, the moving average and its bounds.
#include <doctest/doctest.h>

#include "shared/domain/service_times.hpp"

namespace kezek_unit_domain_service_times {

using namespace std::chrono;
using namespace kezek::domain;

TEST_CASE("domain service times: seeded, default and bounded") {
  ServiceTimes times(12min);
  CHECK(times.expected("unknown") == 12min);
  times.seed("iin", 10min);
  CHECK(times.expected("iin") == 10min);
  times.seed("fast", 10s);
  CHECK(times.expected("fast") == ServiceTimes::kMinimum);
  times.seed("slow", 5h);
  CHECK(times.expected("slow") == ServiceTimes::kMaximum);
  CHECK(ServiceTimes(0s).expected("x") == ServiceTimes::kMinimum);
}

TEST_CASE("domain service times: learning is an EWMA with weight 0.2") {
  ServiceTimes times;
  times.seed("iin", 600s);
  times.observe("iin", 1200s);  // 600 + 0.2 * 600
  CHECK(times.expected("iin") == 720s);
  times.observe("iin", 720s);
  CHECK(times.expected("iin") == 720s);
  // A ticket left open for ten hours counts as 4 x 720 s at most.
  times.observe("iin", 10h);
  CHECK(times.expected("iin") == 1152s);  // 720 + 0.2 * (2880 - 720)
  times.observe("iin", 0s);               // ignored
  times.observe("iin", -5s);
  CHECK(times.expected("iin") == 1152s);
  // An unseeded service learns from the default.
  times.observe("visa", ServiceTimes::kDefault + 100s);
  CHECK(times.expected("visa") == ServiceTimes::kDefault + 20s);
}

TEST_CASE("domain service times: the cost of a call is learned over every call") {
  ServiceTimes times;
  CHECK(times.call_overhead() == 0s);
  times.observe_call(100s);
  CHECK(times.call_overhead() == 20s);  // 0 + 0.2 * 100
  times.observe_call(0s);               // a visitor already at the counter
  CHECK(times.call_overhead() == 16s);
  times.observe_call(-30s);                                // a clock step counts as no time
  CHECK(times.call_overhead() == 13s);                     // 16 * 0.8 = 12.8
  times.observe_call(10h);                                 // a call left open: at most 15 minutes
  CHECK(times.call_overhead() == 190s);                    // 12.8 + 0.2 * (900 - 12.8)
  CHECK(times.expected("iin") == ServiceTimes::kDefault);  // service times untouched
}

}  // namespace kezek_unit_domain_service_times
