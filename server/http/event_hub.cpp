#include "server/http/event_hub.hpp"

#include <algorithm>
#include <exception>
#include <string>
#include <utility>

#include <boost/asio/post.hpp>

#include "server/http/transport_log.hpp"

namespace kezek::http {
namespace {

bool same_subscriber(const std::weak_ptr<EventSubscriber>& a, const std::weak_ptr<EventSubscriber>& b) {
  // Owner equivalence still holds after the subscriber is gone, and never confuses a
  // new subscriber allocated at a dead one's address.
  return !a.owner_before(b) && !b.owner_before(a);
}

}  // namespace

EventHub::EventHub(boost::asio::any_io_executor executor, SnapshotSource& source, std::size_t replay_capacity,
                   std::size_t window)
    : strand_(boost::asio::make_strand(std::move(executor))),
      source_(source),
      replay_capacity_(std::max<std::size_t>(replay_capacity, 1)),
      window_(std::max<std::size_t>(window, 1)) {}

void EventHub::publish(EventFrame frame) {
  boost::asio::post(strand_, [this, frame = std::move(frame)]() mutable { on_publish(std::move(frame)); });
}

void EventHub::subscribe(std::weak_ptr<EventSubscriber> subscriber, std::optional<std::int64_t> since) {
  boost::asio::post(strand_, [this, subscriber = std::move(subscriber), since]() mutable {
    on_subscribe(std::move(subscriber), since);
  });
}

void EventHub::unsubscribe(std::weak_ptr<EventSubscriber> subscriber) {
  boost::asio::post(strand_, [this, subscriber = std::move(subscriber)] { on_unsubscribe(subscriber); });
}

void EventHub::written(std::weak_ptr<EventSubscriber> subscriber) {
  boost::asio::post(strand_, [this, subscriber = std::move(subscriber)] { on_written(subscriber); });
}

void EventHub::on_publish(EventFrame frame) {
  if (!frame.json) {
    log_transport("event hub", "event " + std::to_string(frame.seq) + " has no body; dropped");
    return;
  }
  if (last_seq_ && frame.seq <= *last_seq_) {
    log_transport("event hub", "event " + std::to_string(frame.seq) + " is not newer than " +
                                   std::to_string(*last_seq_) + "; dropped");
    return;
  }
  last_seq_ = frame.seq;
  ring_.push_back(std::move(frame));

  std::erase_if(subscriptions_, [](const Subscription& s) { return s.subscriber.expired(); });
  for (auto& subscription : subscriptions_) pump(subscription);

  while (ring_.size() > replay_capacity_) {
    // Evicting an event shrinks what the ring can replay; a subscriber still behind it
    // gets a snapshot at its next pump.
    if (covered_after_) covered_after_ = std::max(*covered_after_, ring_.front().seq);
    ring_.pop_front();
  }
}

bool EventHub::ring_covers(std::int64_t since) const {
  return covered_after_ && last_seq_ && since >= *covered_after_ && since <= *last_seq_;
}

void EventHub::pump(Subscription& subscription) {
  if (!subscription.live || subscription.in_flight >= window_) return;
  if (!last_seq_ || subscription.sent_upto >= *last_seq_) return;  // nothing newer
  auto target = subscription.subscriber.lock();
  if (!target) return;
  if (!ring_covers(subscription.sent_upto)) {
    // So far behind that the ring forgot its next event: start it again from a snapshot.
    subscription.live = false;
    request_snapshot();
    return;
  }
  auto next = std::upper_bound(ring_.begin(), ring_.end(), subscription.sent_upto,
                               [](std::int64_t seq, const EventFrame& frame) { return seq < frame.seq; });
  for (; next != ring_.end() && subscription.in_flight < window_; ++next) {
    target->deliver(next->json);
    subscription.sent_upto = next->seq;
    ++subscription.in_flight;
  }
}

void EventHub::on_written(const std::weak_ptr<EventSubscriber>& subscriber) {
  for (auto& subscription : subscriptions_) {
    if (!same_subscriber(subscription.subscriber, subscriber)) continue;
    if (subscription.in_flight > 0) --subscription.in_flight;
    pump(subscription);
    return;
  }
}

void EventHub::on_subscribe(std::weak_ptr<EventSubscriber> subscriber, std::optional<std::int64_t> since) {
  auto target = subscriber.lock();
  if (!target) return;
  Subscription subscription{std::move(subscriber), false, 0, 0};
  if (since && ring_covers(*since)) {
    subscription.live = true;
    subscription.sent_upto = *since;
    subscriptions_.push_back(std::move(subscription));
    pump(subscriptions_.back());
    return;
  }
  subscriptions_.push_back(std::move(subscription));
  request_snapshot();
}

void EventHub::on_unsubscribe(const std::weak_ptr<EventSubscriber>& subscriber) {
  std::erase_if(subscriptions_, [&](const Subscription& s) {
    return s.subscriber.expired() || same_subscriber(s.subscriber, subscriber);
  });
}

void EventHub::request_snapshot() {
  // Subscribers that arrive while a request is in flight share its answer: every event
  // published before the snapshot is delivered is already in it (the source's contract).
  if (snapshot_pending_) return;
  snapshot_pending_ = true;
  try {
    source_.request_snapshot([this](std::int64_t seq, std::shared_ptr<const std::string> json) {
      boost::asio::post(strand_, [this, seq, json = std::move(json)]() mutable { on_snapshot(seq, std::move(json)); });
    });
  } catch (const std::exception& e) {
    // Waiting subscribers stay waiting; the next subscriber retries the request.
    snapshot_pending_ = false;
    log_transport("event hub: snapshot request", e.what());
  }
}

void EventHub::on_snapshot(std::int64_t seq, std::shared_ptr<const std::string> json) {
  snapshot_pending_ = false;
  if (!json) {
    log_transport("event hub", "snapshot has no body; ignored");
    return;
  }
  // Every event after `seq` is published after this point, so from now on the ring
  // holds every event after `seq` (or after an earlier bound it already had).
  if (!covered_after_) covered_after_ = seq;
  if (!last_seq_ || *last_seq_ < seq) last_seq_ = seq;

  std::erase_if(subscriptions_, [](const Subscription& s) { return s.subscriber.expired(); });
  for (auto& subscription : subscriptions_) {
    if (subscription.live) continue;
    auto target = subscription.subscriber.lock();
    if (!target) continue;
    target->deliver(json);
    subscription.live = true;
    subscription.sent_upto = seq;
    ++subscription.in_flight;
    // Normally nothing: events newer than the snapshot come after it. Sent if present.
    pump(subscription);
  }
}

}  // namespace kezek::http
