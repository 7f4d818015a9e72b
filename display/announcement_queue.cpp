#include "display/announcement_queue.hpp"

#include <algorithm>

namespace kezek::display {

bool AnnouncementQueue::push(const Announcement& call) {
  if (std::find(waiting_.begin(), waiting_.end(), call) != waiting_.end()) return false;
  waiting_.push_back(call);
  while (waiting_.size() > kMaxWaiting) {
    waiting_.pop_front();
    ++dropped_;
  }
  return true;
}

std::optional<Announcement> AnnouncementQueue::pop() {
  if (waiting_.empty()) return std::nullopt;
  Announcement next = waiting_.front();
  waiting_.pop_front();
  return next;
}

}  // namespace kezek::display
