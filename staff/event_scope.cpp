#include "staff/event_scope.hpp"

namespace kezek::staff {

EventScope event_scope(const boost::json::object& message, std::optional<int> my_counter, bool supervisor) {
  EventScope scope;
  scope.supervisor = supervisor;
  if (!my_counter) return scope;
  const boost::json::value* counter = message.if_contains("counter");
  // A snapshot, the queue, the Centre's hours, a new day: anything without a
  // counter of its own may concern ours.
  scope.counter = counter == nullptr || !counter->is_int64() || counter->as_int64() == *my_counter;
  return scope;
}

}  // namespace kezek::staff
