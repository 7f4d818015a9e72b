#pragma once
// What the clients make of one text message of the event WebSocket: the JSON
// object the server sent and its sequence number, if it has one. The bytes come
// from the network, so anything may arrive; this is the one place that decodes
// them (EventFeed, and the fuzz target tests/fuzz/fuzz_event_feed.cpp).
//
// Threading: pure.

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace kezek::net {

struct EventMessage {
  boost::json::object message;
  // "seq" when it is a whole number from 0 to INT64_MAX: the feed resumes with
  // ?since=SEQ, which the server refuses for anything else, so a bad number
  // from the wire must not become the feed's resume point.
  std::optional<std::int64_t> seq;
};

// nullopt for text that is not a JSON object: not ours to show. Never throws
// for any input (only std::bad_alloc).
std::optional<EventMessage> decode_event_message(std::string_view text);

}  // namespace kezek::net
