#pragma once
// BackgroundWorker: one thread that runs jobs in the order they were submitted —
// the GUI programs' network thread. A job does its (blocking) I/O there and posts
// what it learned to an Inbox for the UI thread; the UI never waits on it.
//
// Threading: submit() from any thread. The destructor finishes the job that is
// running, drops the ones still queued, and joins.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace kezek::net {

class BackgroundWorker {
 public:
  BackgroundWorker();
  ~BackgroundWorker();
  BackgroundWorker(const BackgroundWorker&) = delete;
  BackgroundWorker& operator=(const BackgroundWorker&) = delete;

  void submit(std::function<void()> job);
  // Jobs queued and not yet started (for "busy" indicators and tests).
  std::size_t pending() const;

 private:
  void run();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kezek::net
