#pragma once
// Event fan-out: `subscribers` WebSocket clients on /api/v1/events (display
// token), and a counter that calls a ticket every `interval_ms`. For each call
// and each subscriber: the time from the call-next reply reaching the counter
// to the ticket.called event reaching the subscriber, and from the call-next
// request leaving (which includes the commit).
#include <boost/asio/ip/tcp.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "bench/common/latency.hpp"

namespace kezek::bench {

struct FanoutOptions {
  int subscribers = 200;
  int rounds = 100;
  int interval_ms = 20;
};

struct FanoutTokens {
  std::string display, kiosk, counter;  // counter: counter 1's token
};

struct FanoutResult {
  int subscribers = 0;           // connected and snapshotted
  int rounds = 0;                // calls made
  LatencyRecorder from_reply;    // event received - reply received (negative: the event came first)
  LatencyRecorder from_request;  // event received - request sent
  LatencyRecorder spread;        // per call: last subscriber's event - first subscriber's
  LatencyRecorder call_latency;  // the call-next request itself
  std::size_t before_reply = 0;  // events that arrived before the reply did
  std::size_t missing = 0;       // (subscriber, call) pairs with no event
  std::vector<std::string> problems;
};

FanoutResult run_fanout(boost::asio::ip::tcp::endpoint endpoint, const FanoutTokens& tokens,
                        const FanoutOptions& options);

}  // namespace kezek::bench
