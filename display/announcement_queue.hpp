#pragma once
// AnnouncementQueue: calls waiting to be spoken, in the order they came. Calls
// that come together are each spoken in turn; a call already waiting is not
// queued twice (a recall pressed before the first call was even spoken), but a
// recall after it was spoken is spoken again. When the hall falls far behind
// (the queue is full), the oldest waiting call is dropped: it is on the screen.
//
// Threading: none of its own; the Announcer guards it with its mutex.

#include <cstddef>
#include <deque>
#include <optional>

#include "display/announcement.hpp"

namespace kezek::display {

class AnnouncementQueue {
 public:
  static constexpr std::size_t kMaxWaiting = 6;

  // False when the same call is already waiting.
  bool push(const Announcement& call);
  std::optional<Announcement> pop();
  std::size_t size() const { return waiting_.size(); }
  std::size_t dropped() const { return dropped_; }

 private:
  std::deque<Announcement> waiting_;
  std::size_t dropped_ = 0;
};

}  // namespace kezek::display
