#pragma once
// What one server event means for the console, read from the decoded frame
// (shared/protocol/event_frame.hpp), so the console refetches only the views
// the event can have changed: an event naming another counter leaves this
// counter's view alone (its effect on the shared queue arrives as the same
// batch's "waiting" event); the supervisor's figures follow every event.
//
// Threading: a pure function.

#include <optional>

#include "shared/protocol/event_frame.hpp"

namespace kezek::staff {

struct EventScope {
  bool counter = false;     // refetch this counter's view
  bool supervisor = false;  // refetch the board and the day's report
};

EventScope event_scope(const protocol::Frame& frame, std::optional<int> my_counter, bool supervisor);

}  // namespace kezek::staff
