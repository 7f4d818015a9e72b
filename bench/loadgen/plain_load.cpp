// run_closed_plain: N connections, each sending the same request in a loop.
#include "bench/loadgen/plain_load.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <thread>

namespace kezek::bench {
namespace {

namespace asio = boost::asio;

struct PlainWorker {
  asio::io_context io{1};
  PlainResult result;
};

asio::awaitable<void> connection(asio::ip::tcp::endpoint endpoint, const HttpRequest& request, const Window& w,
                                 PlainResult& out, int index) {
  HttpConnection c(co_await asio::this_coro::executor);
  try {
    co_await c.connect(endpoint);
    HttpResponse res;
    while (SteadyClock::now() < w.until) {
      const auto start = SteadyClock::now();
      co_await c.exchange(request, res);
      const auto end = SteadyClock::now();
      if (res.result_int() != 200) {
        ++out.errors;
        if (out.problems.size() < 3) out.problems.push_back(std::to_string(res.result_int()) + " " + res.body());
      } else if (w.contains(start, end)) {
        out.all.add(end - start);
        ++out.requests;
      }
    }
  } catch (const std::exception& e) {
    ++out.errors;
    if (out.problems.size() < 3) out.problems.push_back("connection " + std::to_string(index) + ": " + e.what());
  }
  c.close();
}

asio::awaitable<void> paced_connection(asio::ip::tcp::endpoint endpoint, const HttpRequest& request, const Window& w,
                                       Pace& pace, PlainResult& out, int index) {
  HttpConnection c(co_await asio::this_coro::executor);
  asio::steady_timer timer(co_await asio::this_coro::executor);
  try {
    co_await c.connect(endpoint);
    HttpResponse res;
    for (;;) {
      const auto due = pace.start + static_cast<long long>(pace.next++) * pace.interval;
      if (due >= w.until) break;
      if (due > SteadyClock::now()) {
        timer.expires_at(due);
        co_await timer.async_wait(asio::use_awaitable);
      }
      const auto start = SteadyClock::now();
      co_await c.exchange(request, res);
      const auto end = SteadyClock::now();
      if (res.result_int() != 200) {
        ++out.errors;
      } else if (due >= w.from) {
        out.all.add(end - due);
        out.from_send.add(end - start);
        ++out.requests;
      }
    }
  } catch (const std::exception& e) {
    ++out.errors;
    if (out.problems.size() < 3) out.problems.push_back("connection " + std::to_string(index) + ": " + e.what());
  }
  c.close();
}

}  // namespace

PlainResult run_fixed_rate_plain(asio::ip::tcp::endpoint endpoint, const HttpRequest& request,
                                 const FixedRateOptions& options) {
  asio::io_context io{1};
  PlainResult out;
  Pace pace;
  pace.start = SteadyClock::now() + std::chrono::milliseconds(200);
  pace.interval = seconds_to_duration(1.0 / options.rate);
  Window w;
  w.from = pace.start + seconds_to_duration(options.warmup_s);
  w.until = w.from + seconds_to_duration(options.seconds);
  for (int i = 0; i < options.connections; ++i)
    asio::co_spawn(io, paced_connection(endpoint, request, w, pace, out, i), asio::detached);
  io.run();
  out.window_s = w.seconds();
  return out;
}

PlainResult run_closed_plain(asio::ip::tcp::endpoint endpoint, const HttpRequest& request,
                             const ClosedLoopOptions& options) {
  const int threads = std::max(1, options.threads);
  std::vector<std::unique_ptr<PlainWorker>> workers;
  for (int i = 0; i < threads; ++i) workers.push_back(std::make_unique<PlainWorker>());
  Window w;
  w.from = SteadyClock::now() + seconds_to_duration(options.warmup_s);
  w.until = w.from + seconds_to_duration(options.seconds);
  for (int i = 0; i < options.connections; ++i) {
    PlainWorker& worker = *workers[i % threads];
    asio::co_spawn(worker.io, connection(endpoint, request, w, worker.result, i), asio::detached);
  }
  std::vector<std::thread> running;
  for (auto& worker : workers) running.emplace_back([&worker] { worker->io.run(); });
  for (auto& thread : running) thread.join();
  PlainResult out;
  out.window_s = w.seconds();
  for (auto& worker : workers) {
    out.all.merge(worker->result.all);
    out.requests += worker->result.requests;
    out.errors += worker->result.errors;
    for (auto& p : worker->result.problems) out.problems.push_back(p);
  }
  return out;
}

}  // namespace kezek::bench
