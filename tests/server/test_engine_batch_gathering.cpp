// The engine's wait for a fuller batch: only after a slow flush of a real
// batch, and never long.
#include <doctest/doctest.h>

#include "server/engine/batch_gathering.hpp"

namespace kezek_server_engine_batch_gathering {

using kezek::server::gather_wait;
using namespace std::chrono_literals;

TEST_CASE("engine batch gathering: waits only after a slow flush of several commands") {
  CHECK(gather_wait(0, 10ms) == 0us);    // nothing ran
  CHECK(gather_wait(1, 10ms) == 0us);    // a lone client: never held back
  CHECK(gather_wait(32, 200us) == 0us);  // fast flushes: no wait
  CHECK(gather_wait(32, 999us) == 0us);
  CHECK(gather_wait(32, 1ms) == 250us);  // a quarter of the flush
  CHECK(gather_wait(2, 2ms) == 500us);
  CHECK(gather_wait(128, 4ms) == 1000us);  // at most 1 ms
  CHECK(gather_wait(128, 40ms) == 1000us);
}

}  // namespace kezek_server_engine_batch_gathering
