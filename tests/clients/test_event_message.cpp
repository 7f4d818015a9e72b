// What the clients make of one event WebSocket frame (shared/net/event_message):
// a JSON object and its sequence number, which the feed resumes from.
#include <doctest/doctest.h>

#include <cstdint>

#include "shared/net/event_message.hpp"

namespace kezek_clients_event_message {

using kezek::net::decode_event_message;

TEST_CASE("event message: a JSON object with its sequence number") {
  const auto message = decode_event_message(R"({"seq":42,"type":"ticket.called","counter":3})");
  REQUIRE(message);
  CHECK(message->seq == 42);
  CHECK(message->message.at("counter").as_int64() == 3);
  CHECK(decode_event_message(R"({"seq":9223372036854775807})")->seq == INT64_MAX);
  CHECK_FALSE(decode_event_message(R"({"type":"snapshot"})")->seq);
}

TEST_CASE("event message: anything but a JSON object is dropped") {
  CHECK_FALSE(decode_event_message("not json"));
  CHECK_FALSE(decode_event_message("[1,2]"));
  CHECK_FALSE(decode_event_message(""));
  CHECK_FALSE(decode_event_message(R"({"seq":1)"));
}

TEST_CASE("event message: a sequence number the server would refuse to resume from is not taken") {
  // Found by tests/fuzz/fuzz_event_feed.cpp: {"seq":-1} became the feed's resume
  // point, and the server refuses ?since=-1 with 400 on every reconnection.
  CHECK_FALSE(decode_event_message(R"({"seq":-1,"type":"ticket.called"})")->seq);
  CHECK_FALSE(decode_event_message(R"({"seq":18446744073709551615})")->seq);
  CHECK_FALSE(decode_event_message(R"({"seq":1.5})")->seq);
  CHECK_FALSE(decode_event_message(R"({"seq":"7"})")->seq);
}

}  // namespace kezek_clients_event_message
