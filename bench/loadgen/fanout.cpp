// run_fanout: one io_context for all subscribers and the counter; every
// message is timestamped on arrival and matched to its call afterwards.
#include "bench/loadgen/fanout.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/websocket.hpp>

#include <memory>
#include <unordered_map>

#include "bench/loadgen/http_connection.hpp"
#include "bench/loadgen/load_options.hpp"

namespace kezek::bench {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;

struct Received {
  SteadyClock::time_point at;
  std::string text;
};

struct Subscriber {
  std::vector<Received> messages;
  bool ready = false;  // got its first message (the snapshot)
  websocket::stream<beast::tcp_stream>* ws = nullptr;
};

struct Call {
  long long ticket = -1;
  SteadyClock::time_point sent, replied;
};

struct Shared {
  std::vector<Subscriber> subscribers;
  std::vector<Call> calls;
  int ready = 0;
  bool done = false;
  std::vector<std::string> problems;
};

asio::awaitable<void> subscribe(asio::ip::tcp::endpoint endpoint, std::string token, Shared& shared, int index) {
  websocket::stream<beast::tcp_stream> ws(co_await asio::this_coro::executor);
  Subscriber& me = shared.subscribers[index];
  try {
    co_await beast::get_lowest_layer(ws).async_connect(endpoint, asio::use_awaitable);
    beast::get_lowest_layer(ws).socket().set_option(asio::ip::tcp::no_delay(true));
    beast::get_lowest_layer(ws).expires_never();
    ws.set_option(websocket::stream_base::decorator(
        [token](websocket::request_type& req) { req.set(http::field::authorization, "Bearer " + token); }));
    co_await ws.async_handshake("127.0.0.1", "/api/v1/events", asio::use_awaitable);
    me.ws = &ws;
    beast::flat_buffer buffer;
    for (;;) {
      auto [error, bytes] = co_await ws.async_read(buffer, asio::as_tuple(asio::use_awaitable));
      if (error) break;  // closed at the end of the run
      me.messages.push_back(Received{SteadyClock::now(), beast::buffers_to_string(buffer.data())});
      buffer.consume(buffer.size());
      if (!me.ready) {
        me.ready = true;
        ++shared.ready;
      }
    }
  } catch (const std::exception& e) {
    if (shared.problems.size() < 5) shared.problems.push_back("subscriber " + std::to_string(index) + ": " + e.what());
  }
  me.ws = nullptr;
}

asio::awaitable<void> drive(asio::ip::tcp::endpoint endpoint, const FanoutTokens& tokens, const FanoutOptions& options,
                            Shared& shared) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  HttpConnection c(co_await asio::this_coro::executor);
  try {
    // Wait (up to 10 s) until every subscriber has its snapshot.
    for (int i = 0; i < 1000 && shared.ready < options.subscribers; ++i) {
      timer.expires_after(std::chrono::milliseconds(10));
      co_await timer.async_wait(asio::use_awaitable);
    }
    co_await c.connect(endpoint);
    const auto issue = make_request(http::verb::post, "/api/v1/tickets", tokens.kiosk,
                                    R"({"service":"iin","tier":"standard","lang":"en"})");
    const auto call = make_request(http::verb::post, "/api/v1/counters/1/call-next", tokens.counter);
    const auto finish = make_request(http::verb::post, "/api/v1/counters/1/finish", tokens.counter);
    HttpResponse res;
    for (int round = 0; round < options.rounds; ++round) {
      co_await c.exchange(issue, res);
      // Let the issue's events reach everyone before the measured call.
      timer.expires_after(std::chrono::milliseconds(options.interval_ms / 2));
      co_await timer.async_wait(asio::use_awaitable);
      Call record;
      record.sent = SteadyClock::now();
      co_await c.exchange(call, res);
      record.replied = SteadyClock::now();
      record.ticket = res.result_int() == 200 ? first_int_after(res.body(), "\"id\":") : -1;
      if (record.ticket < 0 && shared.problems.size() < 5)
        shared.problems.push_back("call-next -> " + std::to_string(res.result_int()) + " " + res.body());
      shared.calls.push_back(record);
      co_await c.exchange(finish, res);
      timer.expires_after(std::chrono::milliseconds(options.interval_ms - options.interval_ms / 2));
      co_await timer.async_wait(asio::use_awaitable);
    }
    timer.expires_after(std::chrono::milliseconds(300));  // the last events
    co_await timer.async_wait(asio::use_awaitable);
  } catch (const std::exception& e) {
    shared.problems.push_back(std::string("counter: ") + e.what());
  }
  c.close();
  for (Subscriber& s : shared.subscribers) {
    if (s.ws != nullptr) {
      beast::error_code ignored;
      beast::get_lowest_layer(*s.ws).socket().close(ignored);
    }
  }
}

}  // namespace

FanoutResult run_fanout(asio::ip::tcp::endpoint endpoint, const FanoutTokens& tokens, const FanoutOptions& options) {
  asio::io_context io{1};
  Shared shared;
  shared.subscribers.resize(static_cast<std::size_t>(options.subscribers));
  for (int i = 0; i < options.subscribers; ++i)
    asio::co_spawn(io, subscribe(endpoint, tokens.display, shared, i), asio::detached);
  asio::co_spawn(io, drive(endpoint, tokens, options, shared), asio::detached);
  io.run();

  FanoutResult out;
  out.subscribers = shared.ready;
  out.problems = shared.problems;
  std::unordered_map<long long, const Call*> by_ticket;
  for (const Call& call : shared.calls) {
    if (call.ticket < 0) continue;
    ++out.rounds;
    by_ticket[call.ticket] = &call;
    out.call_latency.add(call.replied - call.sent);
  }
  std::unordered_map<long long, std::pair<SteadyClock::time_point, SteadyClock::time_point>> first_last;
  for (const Subscriber& s : shared.subscribers) {
    std::size_t found = 0;
    for (const Received& m : s.messages) {
      if (m.text.find("\"type\":\"ticket.called\"") == std::string::npos) continue;
      const auto it = by_ticket.find(first_int_after(m.text, "\"ticket\":{\"id\":"));
      if (it == by_ticket.end()) continue;
      ++found;
      const Call& call = *it->second;
      out.from_request.add(m.at - call.sent);
      if (m.at < call.replied) ++out.before_reply;
      out.from_reply.add(m.at - call.replied);
      auto [span, added] = first_last.try_emplace(it->first, m.at, m.at);
      if (!added) {
        span->second.first = std::min(span->second.first, m.at);
        span->second.second = std::max(span->second.second, m.at);
      }
    }
    if (s.ready) out.missing += by_ticket.size() - std::min(found, by_ticket.size());
  }
  for (const auto& [ticket, span] : first_last) out.spread.add(span.second - span.first);
  return out;
}

}  // namespace kezek::bench
