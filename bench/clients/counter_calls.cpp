// CounterCalls: issue, start + finish the current visitor, call-next.
#include "bench/clients/counter_calls.hpp"

#include <stdexcept>

namespace kezek::bench {
namespace {

void expect(const net::HttpResult& r, unsigned status, const std::string& what) {
  if (r.status != status)
    throw std::runtime_error(what + ": HTTP " + std::to_string(r.status) + " " + r.error_message());
}

}  // namespace

CounterCalls::CounterCalls(const LaunchedServer& server, int counter, std::string service)
    : kiosk_(server.address(), server.token("kiosk")),
      counter_(server.address(), server.token("counter:" + std::to_string(counter))),
      path_("/api/v1/counters/" + std::to_string(counter) + "/"),
      service_(std::move(service)) {}

net::HttpResult CounterCalls::counter_action(const std::string& action) { return counter_.post(path_ + action); }

std::string CounterCalls::call_next() {
  expect(kiosk_.post("/api/v1/tickets", "{\"service\":\"" + service_ + "\",\"tier\":\"standard\",\"lang\":\"en\"}"),
         201, "issuing a ticket");
  if (serving_) {
    expect(counter_action("start"), 200, "start");
    expect(counter_action("finish"), 200, "finish");
  }
  const net::HttpResult call = counter_action("call-next");
  expect(call, 200, "call-next");
  serving_ = true;
  const boost::json::value body = call.json();
  const auto* ticket = body.is_object() ? body.get_object().if_contains("ticket") : nullptr;
  const auto* number = ticket != nullptr && ticket->is_object() ? ticket->get_object().if_contains("number") : nullptr;
  if (number == nullptr || !number->is_string()) throw std::runtime_error("call-next answered without a number");
  return std::string(number->get_string());
}

}  // namespace kezek::bench
