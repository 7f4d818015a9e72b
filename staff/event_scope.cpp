#include "staff/event_scope.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::staff {

EventScope event_scope(const protocol::Frame& frame, std::optional<int> my_counter, bool supervisor) {
  EventScope scope;
  scope.supervisor = supervisor;
  if (!my_counter) return scope;
  const auto* event = std::get_if<protocol::EventFrame>(&frame);
  if (event == nullptr) {  // a snapshot: everything may have changed
    scope.counter = true;
    return scope;
  }
  // The queue, the Centre's hours, a new day: anything without a counter of
  // its own may concern ours; so does a counter we cannot read.
  std::optional<int> counter;
  try {
    counter = protocol::fields::optional_int32(event->payload, "counter");
  } catch (const protocol::DecodeError&) {
  }
  scope.counter = !counter || *counter == *my_counter;
  return scope;
}

}  // namespace kezek::staff
