#pragma once
// LinkState: what a client shows about its event link to the server — live,
// connecting, or down and retrying at a known time — folded from EventFeed's
// on_link and on_retry reports (event_feed.hpp).
//
// Threading: a plain value, kept by the UI thread.

#include <chrono>
#include <string>

namespace kezek::net {

struct LinkState {
  enum class State { connecting, live, retrying };
  State state = State::connecting;
  std::string error;                                 // why the last attempt failed
  std::chrono::steady_clock::time_point retry_at{};  // when retrying

  bool live() const { return state == State::live; }
};

}  // namespace kezek::net
