// The engine's idle wake-up: half a second on a real clock, and on a fast
// clock short enough that lunch, closing and no-shows are noticed within half
// a minute of the Centre's time (server/engine/tick_interval.hpp).
#include <doctest/doctest.h>

#include "server/engine/tick_interval.hpp"

namespace kezek_server_engine_tick_interval {

using kezek::server::tick_interval;
using namespace std::chrono_literals;

TEST_CASE("engine tick interval: bounded in the Centre's time on a fast clock") {
  CHECK(tick_interval(1) == 500ms);  // the real clock, as before
  CHECK(tick_interval(0.5) == 500ms);
  CHECK(tick_interval(60) == 500ms);  // exactly 30 s of the Centre's time
  CHECK(tick_interval(600) == 50ms);
  CHECK(tick_interval(1000) == 30ms);
  // The fastest clock is bounded below so the worker never spins.
  CHECK(tick_interval(3600) == 10ms);
  CHECK(tick_interval(1e9) == 10ms);
  CHECK(tick_interval(0) == 500ms);
}

}  // namespace kezek_server_engine_tick_interval
