// Live events over WebSocket against the real server and hub: snapshot then events,
// replay from the ring with back-pressure, fan-out, resynchronising a subscriber the
// ring left behind, dropping one that stops reading, and shutdown.
#include <doctest/doctest.h>

#include "tests/server/test_http_support.hpp"

namespace kezek::http::test {
namespace server_http_websocket {
namespace {

// Reads messages until one with seq `last` (an event), checking they run on from `after`
// without a gap, a duplicate or a reordering.
asio::awaitable<bool> read_events_through(WsStream& ws, std::int64_t after, std::int64_t last) {
  for (std::int64_t expected = after + 1; expected <= last; ++expected) {
    const Message message = decode(co_await ws_read(ws));
    if (message.snapshot || message.seq != expected) co_return false;
  }
  co_return true;
}

}  // namespace

TEST_CASE("http websocket: a new subscriber gets the snapshot, then events in order") {
  ServerFixture fixture;
  Client client;
  fixture.engine.emit(5);
  REQUIRE(fixture.engine.sync());

  auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  const Message first = decode(client.run(ws_read(*ws)));
  CHECK(first.snapshot);
  CHECK(first.seq == 5);
  fixture.engine.emit(5);
  CHECK(client.run(read_events_through(*ws, 5, 10)));
}

TEST_CASE("http websocket: no gap and no duplicate while events keep coming") {
  ServerFixture fixture;
  Client client;
  fixture.engine.emit(400, 0, 1ms);  // still publishing while the subscribers join
  REQUIRE(wait_until([&] { return fixture.engine.published() >= 50; }, 10s));
  auto first = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(wait_until([&] { return fixture.engine.published() >= 100; }, 10s));
  auto second = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  for (auto* ws : {first.get(), second.get()}) {
    const Message snapshot = decode(client.run(ws_read(*ws)));
    CHECK(snapshot.snapshot);
    CHECK(client.run(read_events_through(*ws, snapshot.seq, 400), 10s));
  }
}

TEST_CASE("http websocket: reconnecting with since=N replays from the ring") {
  ServerFixture fixture;
  Client client;
  std::int64_t seen = 0;
  {
    auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
    const Message snapshot = decode(client.run(ws_read(*ws)));
    REQUIRE(snapshot.snapshot);
    fixture.engine.emit(4);
    REQUIRE(client.run(read_events_through(*ws, snapshot.seq, 4)));
    seen = 4;
    client.run(ws->async_close(beast::websocket::close_code::normal, asio::use_awaitable));
  }
  const int snapshots_before = fixture.engine.snapshot_requests();
  fixture.engine.emit(6);  // while disconnected
  REQUIRE(fixture.engine.sync());

  auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=" + std::to_string(seen)));
  CHECK(client.run(read_events_through(*ws, seen, 10)));  // no snapshot first
  fixture.engine.emit(2);
  CHECK(client.run(read_events_through(*ws, 10, 12)));
  CHECK(fixture.engine.snapshot_requests() == snapshots_before);

  SUBCASE("since equal to the last event: nothing to replay, then live") {
    auto caught_up = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=12"));
    fixture.engine.emit(1);
    CHECK(client.run(read_events_through(*caught_up, 12, 13)));
    CHECK(fixture.engine.snapshot_requests() == snapshots_before);
  }
}

TEST_CASE("http websocket: since older than the ring, or unknown, gets a snapshot") {
  ServerFixture fixture{test_limits(), 8};  // the ring keeps 8 events
  Client client;
  // The first subscriber's snapshot is what starts the ring's coverage.
  auto watcher = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(decode(client.run(ws_read(*watcher))).snapshot);
  fixture.engine.emit(30);
  REQUIRE(fixture.engine.sync());
  REQUIRE(wait_until([&] { return fixture.engine.published() == 30; }, 10s));

  SUBCASE("evicted from the ring") {
    auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=5"));
    const Message first = decode(client.run(ws_read(*ws)));
    CHECK(first.snapshot);
    CHECK(first.seq == 30);
    fixture.engine.emit(1);
    CHECK(client.run(read_events_through(*ws, 30, 31)));
  }
  SUBCASE("still in the ring") {
    auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=25"));
    CHECK(client.run(read_events_through(*ws, 25, 30)));
  }
  SUBCASE("newer than anything published") {
    auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=1000"));
    const Message first = decode(client.run(ws_read(*ws)));
    CHECK(first.snapshot);
    CHECK(first.seq == 30);
  }
}

TEST_CASE("http websocket: resuming after thousands of missed events gets every one, whatever the queue limit") {
  // The failure this reproduces: a display offline while more events happened than
  // its session may queue (ws_queue_limit, 32 here) reconnected with since=N and was
  // dropped at once, on every retry, with nothing sent.
  ServerFixture fixture{test_limits(), 10000};
  Client client;
  auto watcher = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(decode(client.run(ws_read(*watcher))).snapshot);
  fixture.engine.emit(3);
  REQUIRE(client.run(read_events_through(*watcher, 0, 3)));
  client.run(watcher->async_close(beast::websocket::close_code::normal, asio::use_awaitable));

  fixture.engine.emit(3000);  // while it is away
  REQUIRE(fixture.engine.sync());
  const int snapshots_before = fixture.engine.snapshot_requests();
  auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events?since=3"));
  CHECK(client.run(read_events_through(*ws, 3, 3003), 30s));
  CHECK(fixture.engine.snapshot_requests() == snapshots_before);  // every one from the ring
  fixture.engine.emit(1);
  CHECK(client.run(read_events_through(*ws, 3003, 3004)));
}

TEST_CASE("http websocket: one batch larger than a subscriber's queue does not drop it") {
  ServerFixture fixture;  // ws_queue_limit 32
  Client client;
  auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(decode(client.run(ws_read(*ws))).snapshot);
  fixture.engine.emit(500);  // published back to back, faster than any socket drains them
  CHECK(client.run(read_events_through(*ws, 0, 500), 30s));
  CHECK(fixture.connections() == 1);
}

TEST_CASE("http websocket: a subscriber that falls behind the ring gets a snapshot and goes on") {
  // The write timeout (idle_timeout) must outlast publishing 50 MB, which takes longer
  // than the usual 5 s under ThreadSanitizer: the subscriber here lags, it is not gone.
  ServerLimits limits = test_limits();
  limits.idle_timeout = 300s;
  ServerFixture fixture{limits, 8};  // the ring keeps 8 events
  Client client;
  // A tiny receive buffer and large events: the server's writes wait while it does not read.
  auto lagging = client.run(ws_connect(fixture.endpoint, "/api/v1/events", 16 * 1024));
  REQUIRE(decode(client.run(ws_read(*lagging))).snapshot);
  constexpr int events = 200;  // ~50 MB: far more than the kernel's buffers hold
  fixture.engine.emit(events, 256 * 1024);
  // Generous: 50 MB of events take a while in the sanitizer trees.
  REQUIRE(fixture.engine.sync(120s));
  REQUIRE(wait_until([&] { return fixture.engine.published() == events; }, 120s));

  // It reads again (well within the write timeout): the events it was handed, in
  // order, then a snapshot at or after the last of them, then live events.
  std::int64_t seq = 0;
  Message message;
  for (;;) {
    message = decode(client.run(ws_read(*lagging), 10s));
    if (message.snapshot) break;
    CHECK(message.seq == seq + 1);
    seq = message.seq;
  }
  CHECK(seq < events);  // it did fall behind
  CHECK(message.seq == events);
  fixture.engine.emit(1);
  CHECK(client.run(read_events_through(*lagging, events, events + 1)));
}

TEST_CASE("http websocket: two subscribers get the same events") {
  ServerFixture fixture;
  Client client;
  auto a = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  auto b = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  CHECK(decode(client.run(ws_read(*a))).snapshot);
  CHECK(decode(client.run(ws_read(*b))).snapshot);
  fixture.engine.emit(20);
  std::vector<std::string> from_a, from_b;
  for (int i = 0; i < 20; ++i) from_a.push_back(client.run(ws_read(*a)));
  for (int i = 0; i < 20; ++i) from_b.push_back(client.run(ws_read(*b)));
  CHECK(from_a == from_b);
  CHECK(decode(from_a.front()).seq == 1);
  CHECK(decode(from_a.back()).seq == 20);
}

TEST_CASE("http websocket: a subscriber that stops reading is dropped, others go on") {
  ServerLimits limits = test_limits();
  limits.idle_timeout = 2s;  // how long a write may wait for a client that does not read
  ServerFixture fixture{limits};
  Client client;
  // A tiny receive buffer, so the kernel cannot hide the stall for long.
  auto slow = client.run(ws_connect(fixture.endpoint, "/api/v1/events", 16 * 1024));
  auto fast = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(decode(client.run(ws_read(*slow))).snapshot);
  REQUIRE(decode(client.run(ws_read(*fast))).snapshot);
  REQUIRE(fixture.connections() == 2);

  // ~50 MB in all. Published in batches far below the queue limit, each read by the
  // fast subscriber before the next, so only the stalled one can fall behind — however
  // the machine schedules the threads.
  constexpr int batch = 8;
  constexpr int events = 200;
  for (int done = 0; done < events; done += batch) {
    fixture.engine.emit(batch, 256 * 1024);
    REQUIRE(client.run(read_events_through(*fast, done, done + batch), 10s));
  }

  // The stalled write times out and the server closes it; only then does it read.
  CHECK(wait_until([&] { return fixture.connections() == 1; }, 10s));
  const WsEnd end = client.run(ws_read_until_error(*slow), 10s);
  CHECK(end.error);
  CHECK(end.messages < events);

  fixture.engine.emit(1);
  CHECK(client.run(read_events_through(*fast, events, events + 1)));
}

TEST_CASE("http websocket: stopping the server closes subscribers") {
  ServerFixture fixture;
  Client client;
  auto ws = client.run(ws_connect(fixture.endpoint, "/api/v1/events"));
  REQUIRE(decode(client.run(ws_read(*ws))).snapshot);
  fixture.server.stop();
  const WsEnd end = client.run(ws_read_until_error(*ws), 5s);
  CHECK(end.error == beast::websocket::error::closed);
  CHECK(ws->reason().code == beast::websocket::close_code::going_away);
  CHECK(fixture.stop_and_wait(5s));
}

TEST_CASE("http websocket: refused upgrades are answered over HTTP") {
  ServerFixture fixture;
  Client client;
  auto upgrade_status = [&](const std::string& target) {
    return client.run([&]() -> asio::awaitable<unsigned> {
      WsStream ws{co_await asio::this_coro::executor};
      co_await connect(ws.next_layer(), fixture.endpoint);
      beast::websocket::response_type response;
      auto [error] = co_await ws.async_handshake(response, "127.0.0.1", target, asio::as_tuple(asio::use_awaitable));
      CHECK(error);
      co_return response.result_int();
    }());
  };
  CHECK(upgrade_status("/somewhere/else") == 404);
  CHECK(upgrade_status("/api/v1/events?since=abc") == 400);
  CHECK(upgrade_status("/api/v1/events?since=-1") == 400);
}

}  // namespace server_http_websocket
}  // namespace kezek::http::test
