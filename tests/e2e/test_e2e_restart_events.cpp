// End to end: a restart resumes the day exactly as acknowledged; the event
// WebSocket gives a snapshot, then every change in order, and resumes.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "shared/net/event_stream.hpp"
#include "tests/support/api_session.hpp"

namespace kezek_e2e_restart_events {

using kezek::testing::Answer;
using kezek::testing::ApiSession;
namespace json = boost::json;

namespace {

json::object next_message(kezek::net::EventStream& stream) {
  auto text = stream.read(std::chrono::seconds(5));
  REQUIRE_MESSAGE(text.has_value(), "no event within 5 s");
  return json::parse(*text).as_object();
}

// Reads messages until one of `type` arrives (the "waiting" summaries and
// others may come between).
json::object next_of_type(kezek::net::EventStream& stream, std::string_view type) {
  for (int i = 0; i < 20; ++i) {
    json::object m = next_message(stream);
    if (m.at("type").as_string() == type) return m;
  }
  FAIL("no " << type << " event");
  return {};
}

}  // namespace

TEST_CASE("e2e restart: numbering continues and the counters' state survives") {
  ApiSession api;
  REQUIRE(api.issue("iin").ticket_str("number") == "O-001");
  REQUIRE(api.issue("iin").ticket_str("number") == "O-002");
  REQUIRE(api.counter(6, "call-next").ticket_str("number") == "O-001");
  api.restart();
  CHECK(api.issue("iin").ticket_str("number") == "O-003");
  const Answer view = api.get("counter:6", "/api/v1/counters/6");
  CHECK(view.object().at("phase").as_string() == "calling");
  CHECK(view.ticket_str("number") == "O-001");
  CHECK(api.counter(6, "start").status == 200);
  // After a kill -9 as well.
  api.crash_and_restart();
  CHECK(api.issue("iin").ticket_str("number") == "O-004");
  CHECK(api.get("counter:6", "/api/v1/counters/6").ticket_str("status") == "serving");
  CHECK(api.counter(6, "finish").ticket_str("status") == "done");
}

TEST_CASE("e2e events: snapshot first, then each change with increasing sequence numbers") {
  ApiSession api;
  kezek::net::EventStream stream(api.server().address(), api.server().token("display"));
  std::string error;
  REQUIRE_MESSAGE(stream.connect(std::nullopt, error), error);
  const json::object snapshot = next_message(stream);
  CHECK(snapshot.at("type").as_string() == "snapshot");
  const std::int64_t base = snapshot.at("seq").as_int64();
  CHECK(snapshot.at("board").as_object().contains("calls"));

  api.issue("iin");
  const json::object issued = next_of_type(stream, "ticket.issued");
  CHECK(issued.at("seq").as_int64() > base);
  CHECK(issued.at("ticket").as_object().at("number").as_string() == "O-001");
  api.counter(6, "call-next");
  const json::object called = next_of_type(stream, "ticket.called");
  CHECK(called.at("seq").as_int64() > issued.at("seq").as_int64());
  CHECK(called.at("counter").as_int64() == 6);
  CHECK(called.at("ticket").as_object().at("number").as_string() == "O-001");
  const std::int64_t last = called.at("seq").as_int64();
  stream.close();

  // While away: a recall. Reconnecting with the last number resumes from there.
  api.counter(6, "recall");
  REQUIRE(stream.connect(last, error));
  const json::object resumed = next_message(stream);
  CHECK(resumed.at("type").as_string() != "snapshot");
  CHECK(resumed.at("seq").as_int64() == last + 1);

  // An unknown token cannot subscribe.
  kezek::net::EventStream stranger(api.server().address(), "not-a-token");
  CHECK_FALSE(stranger.connect(std::nullopt, error));
}

TEST_CASE("e2e events: after a restart a client that resumes gets a fresh snapshot, and numbers keep rising") {
  ApiSession api;
  api.issue("iin");
  kezek::net::EventStream stream(api.server().address(), api.server().token("display"));
  std::string error;
  REQUIRE(stream.connect(std::nullopt, error));
  const std::int64_t before = next_message(stream).at("seq").as_int64();
  stream.close();
  api.restart();
  kezek::net::EventStream again(api.server().address(), api.server().token("display"));
  REQUIRE(again.connect(before, error));
  const json::object first = next_message(again);
  CHECK(first.at("seq").as_int64() >= before);
  api.issue("iin");
  CHECK(next_of_type(again, "ticket.issued").at("seq").as_int64() > before);
}

TEST_CASE("e2e events: a display offline while thousands of events happened resumes with every one of them") {
  // The failure this reproduces: more missed events than a session may queue, and
  // the display was dropped at once on every retry, frozen until the ring forgot N.
  ApiSession api(kezek::testing::at("2026-11-24T09:30:00+05:00"));
  kezek::net::EventStream stream(api.server().address(), api.server().token("display"));
  std::string error;
  REQUIRE(stream.connect(std::nullopt, error));
  const std::int64_t last = next_message(stream).at("seq").as_int64();
  stream.close();

  // While it is away counter 1 pauses and resumes 800 times: 1,600 events at
  // least (with the "waiting" summaries, about 3,200), over ten times the server's
  // per-session queue limit (ServerLimits) and within its replay ring (4,096).
  constexpr int pauses = 800;
  for (int i = 0; i < pauses; ++i) {
    REQUIRE(api.counter(1, "pause").status == 200);
    REQUIRE(api.counter(1, "resume").status == 200);
  }
  const std::int64_t newest = api.get("display", "/api/v1/board").object().at("seq").as_int64();
  REQUIRE(newest - last >= 2 * pauses);

  REQUIRE(stream.connect(last, error));
  std::int64_t seq = last;
  int paused = 0;
  while (seq < newest) {
    const json::object m = next_message(stream);
    REQUIRE(m.at("type").as_string() != "snapshot");  // every one, not a fresh start
    REQUIRE(m.at("seq").as_int64() == seq + 1);       // no gap, no duplicate
    seq = m.at("seq").as_int64();
    if (m.at("type").as_string() == "counter.paused") ++paused;
  }
  CHECK(paused == pauses);
  api.issue("iin");
  CHECK(next_of_type(stream, "ticket.issued").at("seq").as_int64() == newest + 1);
}

}  // namespace kezek_e2e_restart_events
