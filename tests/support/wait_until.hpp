#pragma once
// wait_until: a test waits for a condition, never for a guessed time. Polls
// `done` every `step` until it holds or `limit` passes; says which.
#include <chrono>
#include <thread>

namespace kezek::testing {

template <typename Predicate>
bool wait_until(Predicate&& done, std::chrono::milliseconds limit,
                std::chrono::milliseconds step = std::chrono::milliseconds(5)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(step);
  }
}

}  // namespace kezek::testing
