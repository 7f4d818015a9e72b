#pragma once
// How long the engine waits for more commands before running the next batch.
//
// When flushes are slow, the clients a batch answers send their next requests
// while the following batch (only those who came during the flush) is already
// running: two cohorts alternate, each paying a whole flush. A short wait for
// the queue to fill as far as the last batch did lets one flush serve them
// all. With fast flushes (under 1 ms), or a batch of one, there is no wait;
// otherwise a quarter of the last commit, at most 1 ms, so a lone request is
// never held longer than that.
//
// Threading: a pure function.
#include <algorithm>
#include <chrono>
#include <cstddef>

namespace kezek::server {

inline std::chrono::microseconds gather_wait(std::size_t last_batch_commands,
                                             std::chrono::steady_clock::duration last_commit) {
  using namespace std::chrono;
  if (last_batch_commands < 2 || last_commit < milliseconds(1)) return microseconds(0);
  return std::min(duration_cast<microseconds>(last_commit / 4), microseconds(1000));
}

}  // namespace kezek::server
