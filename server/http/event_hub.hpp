#pragma once
// Live events to WebSocket subscribers, without a gap, a duplicate or a reordering.
//
// The engine numbers every event (seq) and publishes it here in order. The hub keeps the
// last `replay_capacity` events in a ring. A subscriber that says "I have everything up
// to N" is served from the ring when the ring provably holds every event after N;
// otherwise it gets a snapshot from the engine first, then every event newer than the
// snapshot. One serialized event (a shared immutable string) goes to all subscribers.
//
// Back-pressure: each subscriber has at most `window` messages handed over and not yet
// written to its socket; it says written() after each, and the hub hands over the next
// from the ring. So a display resuming after thousands of events, or a batch larger
// than a session's queue, is fed as fast as it reads and never dropped for it. One that
// falls so far behind that the ring has forgotten its next event gets a fresh snapshot
// instead. One that stops reading altogether is closed by its session's write timeout.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/strand.hpp>

namespace kezek::http {

struct EventFrame {
  std::int64_t seq;
  std::shared_ptr<const std::string> json;  // one serialized event, sent as is
};

// Implemented by the engine.
class SnapshotSource {
 public:
  virtual ~SnapshotSource() = default;
  // Asynchronously produce {seq, snapshot_json} on the engine's own thread and deliver it
  // by calling `deliver` (the hub posts it onto its strand). Events with seq > the
  // snapshot's seq are published to the hub AFTER deliver is called, from the same
  // thread, so publish/deliver ordering on the hub's strand is FIFO.
  virtual void request_snapshot(
      std::function<void(std::int64_t seq, std::shared_ptr<const std::string> json)> deliver) = 0;
};

// What the hub sends messages to (a WebSocket session).
// Threading: deliver() is called on the hub's strand; it must only queue the message
// (post to the subscriber's own strand), never block.
class EventSubscriber {
 public:
  virtual ~EventSubscriber() = default;
  // Must be answered with EventHub::written() once the message is on the wire.
  virtual void deliver(std::shared_ptr<const std::string> message) = 0;
};

// Threading: lives on its own strand. publish(), subscribe() and unsubscribe() are safe
// from any thread: they post to the strand and return at once; each call's effect is
// ordered after the caller's earlier calls. The SnapshotSource and the hub must outlive
// the io_context's run() and every pending snapshot request.
class EventHub {
 public:
  // `window`: messages handed to one subscriber and not yet written (at least 1); keep
  // it below ServerLimits::ws_queue_limit.
  EventHub(boost::asio::any_io_executor executor, SnapshotSource& source, std::size_t replay_capacity = 4096,
           std::size_t window = 16);
  EventHub(const EventHub&) = delete;
  EventHub& operator=(const EventHub&) = delete;

  // Frames must come with increasing seq; a frame not newer than the last one is
  // dropped (and logged), so a subscriber never sees one twice.
  void publish(EventFrame frame);
  // `since`: the last seq the subscriber already has; nullopt asks for a snapshot.
  void subscribe(std::weak_ptr<EventSubscriber> subscriber, std::optional<std::int64_t> since);
  void unsubscribe(std::weak_ptr<EventSubscriber> subscriber);
  // The subscriber wrote one message it was given: the hub may hand over the next.
  void written(std::weak_ptr<EventSubscriber> subscriber);

 private:
  struct Subscription {
    std::weak_ptr<EventSubscriber> subscriber;
    bool live = false;           // false: waiting for the snapshot
    std::int64_t sent_upto = 0;  // highest seq sent (meaningful when live)
    std::size_t in_flight = 0;   // handed over, not yet written
  };

  // Strand only.
  void on_publish(EventFrame frame);
  void on_subscribe(std::weak_ptr<EventSubscriber> subscriber, std::optional<std::int64_t> since);
  void on_unsubscribe(const std::weak_ptr<EventSubscriber>& subscriber);
  void on_written(const std::weak_ptr<EventSubscriber>& subscriber);
  void on_snapshot(std::int64_t seq, std::shared_ptr<const std::string> json);
  bool ring_covers(std::int64_t since) const;
  // Hands `subscription` the ring's events after its sent_upto while its window has
  // room; asks for a snapshot instead when the ring no longer holds them.
  void pump(Subscription& subscription);
  void request_snapshot();

  boost::asio::strand<boost::asio::any_io_executor> strand_;
  SnapshotSource& source_;
  const std::size_t replay_capacity_;
  const std::size_t window_;

  // Strand only, from here on.
  std::deque<EventFrame> ring_;
  // The ring holds every event with seq > covered_after_. Unknown until the first
  // snapshot: before it the hub cannot tell which events it never saw.
  std::optional<std::int64_t> covered_after_;
  std::optional<std::int64_t> last_seq_;  // newest published or snapshotted seq
  std::vector<Subscription> subscriptions_;
  bool snapshot_pending_ = false;
};

}  // namespace kezek::http
