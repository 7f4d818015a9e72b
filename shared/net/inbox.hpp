#pragma once
// Inbox: results from background threads, waiting for the UI thread. Network
// threads post closures; the UI thread drains them once per frame and runs them
// there, so the view model is only ever touched by the UI thread (Tracy's
// RunQueue: swap the queue out under the lock, run it outside).
//
// Threading: post() from any thread; drain() from the UI thread only.

#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

namespace kezek::net {

class Inbox {
 public:
  void post(std::function<void()> task) {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
  }

  // Runs every task posted so far; how many there were (non-zero: the screen
  // may have changed).
  std::size_t drain() {
    std::vector<std::function<void()>> tasks;
    {
      std::lock_guard lock(mutex_);
      tasks.swap(tasks_);
    }
    for (auto& task : tasks) task();
    return tasks.size();
  }

  bool empty() const {
    std::lock_guard lock(mutex_);
    return tasks_.empty();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::function<void()>> tasks_;
};

}  // namespace kezek::net
