// Fuzzes the server side of the event WebSocket that untrusted bytes reach
// without a socket: the subscription's query (parse_since, server/http/
// events_query) and what the EventHub (server/http/event_hub) does with the
// `since` a client sends, against a stand-in engine that keeps the
// SnapshotSource contract. The WebSocket session itself (handshake, frames:
// Beast) needs a live socket and is covered by tests/server/test_http_websocket.cpp,
// not here; it ignores what clients send after the upgrade.
//
// Input: FuzzedDataProvider operations on one hub with a small replay ring:
// publish the next event, answer the pending snapshot requests, subscribe with
// a request target such as /api/v1/events?since=3 (read by parse_since; a
// refused query subscribes nobody, as the server answers 400), subscribe
// "since N events ago", drop a subscriber, run the queued work.
// Invariants (abort on violation):
//   - parse_since never throws; a `since` it accepts is >= 0 and reads back the same;
//   - every subscriber receives either a snapshot of seq S then events S+1, S+2, ...,
//     or (resuming after N) events N+1, N+2, ... — no gap, no duplicate, no
//     reordering; a later snapshot only when the ring left it behind (back-pressure:
//     it acknowledges each message with written(), as a session does once the bytes
//     are on the wire), and never one older than what it already has;
//   - once every snapshot request is answered and the work is run, every
//     subscriber still there has caught up with the last event.
#include <fuzzer/FuzzedDataProvider.h>

#include <boost/asio/io_context.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "server/http/event_hub.hpp"
#include "server/http/events_query.hpp"

namespace {

using namespace kezek::http;

[[noreturn]] void violated(const std::string& what) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n", what.c_str());
  std::abort();
}

using Deliver = std::function<void(std::int64_t, std::shared_ptr<const std::string>)>;

// The engine's side of the contract: a snapshot has the seq of the last event
// published before it; later events are published after it is delivered.
struct Engine final : SnapshotSource {
  std::int64_t seq = 0;
  std::vector<Deliver> pending;
  void request_snapshot(Deliver deliver) override { pending.push_back(std::move(deliver)); }
  void answer() {
    auto waiting = std::move(pending);
    pending.clear();
    for (auto& deliver : waiting) deliver(seq, std::make_shared<const std::string>("s" + std::to_string(seq)));
  }
};

struct Subscriber final : EventSubscriber, std::enable_shared_from_this<Subscriber> {
  std::optional<std::int64_t> since;
  std::vector<std::string> got;
  EventHub* hub = nullptr;
  void deliver(std::shared_ptr<const std::string> message) override {
    got.push_back(*message);
    hub->written(weak_from_this());  // "on the wire" at once: the hub may hand over the next
  }

  // The seq this subscriber is at after what it received; aborts on a bad stream.
  std::int64_t position() const {
    std::optional<std::int64_t> at = since;
    for (std::size_t i = 0; i < got.size(); ++i) {
      const std::string& m = got[i];
      const std::int64_t n = std::stoll(m.substr(1));
      if (m[0] == 's') {
        if (i != 0 && at && n < *at) violated("a snapshot older than what the subscriber had: " + m);
        at = n;
      } else {
        if (!at) violated("an event before any snapshot, with no since: " + m);
        if (n != *at + 1) violated("event " + m + " after seq " + std::to_string(*at) + " (gap or duplicate)");
        at = n;
      }
    }
    return at.value_or(-1);
  }
};

std::optional<std::int64_t> query_since(const std::string& target, bool& valid) {
  SinceQuery query;
  try {
    query = parse_since(target);
  } catch (...) {
    violated("parse_since threw on " + target);
  }
  valid = query.valid;
  if (!query.valid) return std::nullopt;
  if (query.since) {
    if (*query.since < 0) violated("parse_since accepted a negative since in " + target);
    const SinceQuery again = parse_since("/api/v1/events?since=" + std::to_string(*query.since));
    if (!again.valid || again.since != query.since) violated("since does not read back: " + target);
  }
  return query.since;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  boost::asio::io_context io;
  Engine engine;
  EventHub hub(io.get_executor(), engine, input.ConsumeIntegralInRange<std::size_t>(1, 8));
  std::vector<std::shared_ptr<Subscriber>> subscribers;

  auto subscribe = [&](const std::string& target) {
    bool valid = false;
    const auto since = query_since(target, valid);
    if (!valid) return;  // the server answers 400; nobody subscribes
    auto subscriber = std::make_shared<Subscriber>();
    subscriber->since = since;
    subscriber->hub = &hub;
    hub.subscribe(subscriber, since);
    subscribers.push_back(std::move(subscriber));
  };

  for (int op = 0; op < 200 && input.remaining_bytes() > 0; ++op) {
    switch (input.ConsumeIntegralInRange(0, 5)) {
      case 0:
        ++engine.seq;
        hub.publish(EventFrame{engine.seq, std::make_shared<const std::string>("e" + std::to_string(engine.seq))});
        break;
      case 1: engine.answer(); break;
      case 2: subscribe(input.ConsumeRandomLengthString(80)); break;
      case 3: {
        const auto back = input.ConsumeIntegralInRange<std::int64_t>(-3, 12);
        subscribe("/api/v1/events?since=" + std::to_string(engine.seq - back));
        break;
      }
      case 4:
        if (!subscribers.empty()) {
          const auto i = input.ConsumeIntegralInRange<std::size_t>(0, subscribers.size() - 1);
          subscribers[i]->position();  // what it got so far was in order
          hub.unsubscribe(subscribers[i]);
          subscribers.erase(subscribers.begin() + static_cast<std::ptrdiff_t>(i));
        }
        break;
      default:
        io.restart();  // poll() does nothing once the context ran out of work
        io.poll();
        break;
    }
  }
  // Let everything settle: answer snapshot requests until none is left.
  for (;;) {
    io.restart();
    io.poll();
    if (engine.pending.empty()) break;
    engine.answer();
  }
  for (const auto& subscriber : subscribers) {
    if (subscriber->position() != engine.seq)
      violated("a subscriber stopped at seq " + std::to_string(subscriber->position()) + ", the last event is " +
               std::to_string(engine.seq));
  }
  return 0;
}
