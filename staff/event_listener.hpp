#pragma once
// EventListener: a thread that keeps the server's event WebSocket open
// (shared/net/event_stream.hpp), resuming after the last sequence number it
// saw, and reconnecting with back-off (1 s, 2 s, 4 s ... 30 s) when the server
// goes away. Every message and every change of the connection is posted to the
// Inbox, so the callbacks run on the UI thread.
//
// Threading: construct and destroy on the UI thread; the destructor stops the
// thread within a read timeout (a fraction of a second) and joins it.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "shared/net/inbox.hpp"

namespace kezek::staff {

struct Connection {
  enum class State { connecting, live, retrying };
  State state = State::connecting;
  std::string error;                               // why the last attempt failed
  std::chrono::steady_clock::time_point retry_at{};  // when retrying
};

class EventListener {
 public:
  struct Callbacks {
    std::function<void(const std::string& type)> on_event;   // UI thread
    std::function<void(const Connection&)> on_connection;    // UI thread
  };

  EventListener(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake,
                Callbacks callbacks);
  ~EventListener();
  EventListener(const EventListener&) = delete;
  EventListener& operator=(const EventListener&) = delete;

 private:
  void run();
  void post_connection(Connection connection);
  // Sleeps up to `how_long`; false when told to stop meanwhile.
  bool pause(std::chrono::milliseconds how_long);

  std::string server_, token_;
  net::Inbox& inbox_;
  std::function<void()> wake_;
  Callbacks callbacks_;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace kezek::staff
