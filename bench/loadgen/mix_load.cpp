// The issue / call-next / finish mix, closed loop and paced.
//
// Sections:
//   [tally]   one client thread's counts, samples and checks
//   [pool]    counters handed out to connections
//   [closed]  closed-loop connections
//   [paced]   fixed-rate connections
//   [runs]    threads, merging, the final checks
#include "bench/loadgen/mix_load.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <deque>
#include <memory>
#include <thread>
#include <unordered_set>

#include "bench/loadgen/http_connection.hpp"

namespace kezek::bench {
namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using std::chrono::duration_cast;

enum class Op { issue, call, finish };

// [tally] -----------------------------------------------------------------------

struct Tally {
  LatencyRecorder all, issue, call, finish, from_send;
  std::size_t requests = 0, issued = 0, called = 0, finished = 0, empty_calls = 0;
  std::size_t tickets_total = 0, refused = 0, errors = 0;
  std::vector<std::string> numbers;
  std::vector<long long> issued_ids, called_ids;
  std::vector<std::string> problems;
  std::vector<std::size_t> per_second;

  void problem(std::string text) {
    ++errors;
    if (problems.size() < 5) problems.push_back(std::move(text));
  }
  void record(Op op, SteadyClock::duration latency, SteadyClock::time_point end, const Window& w) {
    all.add(latency);
    (op == Op::issue ? issue : op == Op::call ? call : finish).add(latency);
    ++requests;
    const auto second = static_cast<std::size_t>(std::chrono::duration<double>(end - w.from).count());
    if (second < per_second.size()) ++per_second[second];
  }
};

std::string describe(std::string_view what, const HttpResponse& res) {
  return std::string(what) + " -> " + std::to_string(res.result_int()) + " " + res.body().substr(0, 200);
}

// Checks one answer; returns true when a call-next called a ticket (so a
// finish follows).
bool check(Op op, const HttpResponse& res, bool measured, Tally& t) {
  const unsigned status = res.result_int();
  const std::string_view body = res.body();
  switch (op) {
    case Op::issue:
      if (status == 201) {
        ++t.tickets_total;
        if (measured) ++t.issued;
        const std::string_view number = first_string_after(body, "\"number\":\"");
        const long long id = first_int_after(body, "\"id\":");
        if (number.empty() || id <= 0) t.problem(describe("issue without a number or id", res));
        t.numbers.emplace_back(number);
        t.issued_ids.push_back(id);
      } else if (status == 409 || (status == 429 && body.find("rate_limited") == std::string_view::npos)) {
        ++t.refused;  // not_today, day_full: the Centre's answers (a rate limit would be the bench's mistake)
        if (t.problems.size() < 5) t.problems.push_back(describe("issue refused", res));
      } else {
        t.problem(describe("issue", res));
      }
      return false;
    case Op::call:
      if (status == 200) {
        if (measured) ++t.called;
        const long long id = first_int_after(body, "\"id\":");
        if (id <= 0) t.problem(describe("call-next without an id", res));
        t.called_ids.push_back(id);
        return true;
      }
      if (status == 204) {
        if (measured) ++t.empty_calls;
      } else {
        t.problem(describe("call-next", res));
      }
      return false;
    case Op::finish:
      if (status == 200) {
        if (measured) ++t.finished;
      } else {
        t.problem(describe("finish", res));
      }
      return false;
  }
  return false;
}

// [pool] ------------------------------------------------------------------------

// Counters free for a connection to use. Single-threaded (one io_context).
class CounterPool {
 public:
  void add(int counter) { free_.push_back(counter); }

  asio::awaitable<int> acquire() {
    if (!free_.empty()) {
      const int counter = free_.front();
      free_.pop_front();
      co_return counter;
    }
    Waiter waiter(co_await asio::this_coro::executor);
    waiters_.push_back(&waiter);
    co_await waiter.timer.async_wait(asio::as_tuple(asio::use_awaitable));  // cancelled by release()
    co_return waiter.counter;
  }

  void release(int counter) {
    if (waiters_.empty()) {
      free_.push_back(counter);
      return;
    }
    Waiter* waiter = waiters_.front();
    waiters_.pop_front();
    waiter->counter = counter;
    waiter->timer.cancel();
  }

 private:
  struct Waiter {
    explicit Waiter(asio::any_io_executor executor)
        : timer(std::move(executor), asio::steady_timer::time_point::max()) {}
    asio::steady_timer timer;
    int counter = 0;
  };
  std::deque<int> free_;
  std::deque<Waiter*> waiters_;
};

// The requests, built once.
struct Requests {
  std::vector<HttpRequest> issues;           // one per service
  std::vector<HttpRequest> calls, finishes;  // [n - 1] for counter n

  explicit Requests(const MixTarget& target) {
    for (const std::string& service : target.services)
      issues.push_back(make_request(http::verb::post, "/api/v1/tickets", target.kiosk_token,
                                    "{\"service\":\"" + service + "\",\"tier\":\"standard\",\"lang\":\"en\"}"));
    for (std::size_t i = 0; i < target.counter_tokens.size(); ++i) {
      const std::string base = "/api/v1/counters/" + std::to_string(i + 1);
      calls.push_back(make_request(http::verb::post, base + "/call-next", target.counter_tokens[i]));
      finishes.push_back(make_request(http::verb::post, base + "/finish", target.counter_tokens[i]));
    }
  }
};

struct Worker {
  asio::io_context io{1};
  CounterPool pool;
  Tally tally;
};

// One timed, checked exchange; true when it called a ticket. `due` is when the
// request should have gone (paced runs): their latency counts from it.
asio::awaitable<bool> exchange(HttpConnection& c, const HttpRequest& req, HttpResponse& res, Op op, const Window& w,
                               Tally& t, SteadyClock::time_point due, bool paced) {
  const auto start = SteadyClock::now();
  co_await c.exchange(req, res);
  const auto end = SteadyClock::now();
  const bool measured = paced ? (due >= w.from && due < w.until) : w.contains(start, end);
  if (measured) t.record(op, end - (paced ? due : start), end, w);
  if (measured && paced) t.from_send.add(end - start);
  co_return check(op, res, measured, t);
}

// [closed] ----------------------------------------------------------------------

asio::awaitable<void> closed_connection(const MixTarget& target, const Requests& r, const Window& w, Worker& worker,
                                        int index) {
  HttpConnection c(co_await asio::this_coro::executor);
  Tally& t = worker.tally;
  int held = 0;  // the counter this connection holds, 0 for none
  try {
    co_await c.connect(target.endpoint);
    HttpResponse res;
    for (std::size_t round = 0; SteadyClock::now() < w.until; ++round) {
      co_await exchange(c, r.issues[(index + round) % r.issues.size()], res, Op::issue, w, t, {}, false);
      if (SteadyClock::now() >= w.until) break;
      held = co_await worker.pool.acquire();
      if (co_await exchange(c, r.calls[held - 1], res, Op::call, w, t, {}, false))
        co_await exchange(c, r.finishes[held - 1], res, Op::finish, w, t, {}, false);
      worker.pool.release(held);
      held = 0;
    }
  } catch (const std::exception& e) {
    t.problem(std::string("connection ") + std::to_string(index) + ": " + e.what());
  }
  if (held != 0) worker.pool.release(held);
  c.close();
}

// [paced] -----------------------------------------------------------------------

asio::awaitable<void> paced_connection(const MixTarget& target, const Requests& r, const Window& w, Worker& worker,
                                       Pace& pace, int index) {
  HttpConnection c(co_await asio::this_coro::executor);
  asio::steady_timer timer(co_await asio::this_coro::executor);
  Tally& t = worker.tally;
  const int counter = index + 1;  // owned: paced runs use no more connections than counters
  try {
    co_await c.connect(target.endpoint);
    HttpResponse res;
    Op next = Op::issue;
    std::size_t round = 0;
    for (;;) {
      const auto due = pace.start + static_cast<long long>(pace.next++) * pace.interval;
      if (due >= w.until) break;
      if (due > SteadyClock::now()) {
        timer.expires_at(due);
        co_await timer.async_wait(asio::use_awaitable);
      }
      switch (next) {
        case Op::issue:
          co_await exchange(c, r.issues[(index + round++) % r.issues.size()], res, Op::issue, w, t, due, true);
          next = Op::call;
          break;
        case Op::call:
          next = co_await exchange(c, r.calls[counter - 1], res, Op::call, w, t, due, true) ? Op::finish : Op::issue;
          break;
        case Op::finish:
          co_await exchange(c, r.finishes[counter - 1], res, Op::finish, w, t, due, true);
          next = Op::issue;
          break;
      }
    }
  } catch (const std::exception& e) {
    t.problem(std::string("connection ") + std::to_string(index) + ": " + e.what());
  }
  c.close();
}

// [runs] ------------------------------------------------------------------------

std::size_t count_duplicates(auto values) {
  std::sort(values.begin(), values.end());
  std::size_t duplicates = 0;
  for (std::size_t i = 1; i < values.size(); ++i)
    if (values[i] == values[i - 1]) ++duplicates;
  return duplicates;
}

MixResult merge(std::vector<std::unique_ptr<Worker>>& workers, const Window& w) {
  MixResult out;
  out.window_s = w.seconds();
  std::vector<std::string> numbers;
  std::vector<long long> issued, called;
  out.per_second.assign(workers.empty() ? 0 : workers.front()->tally.per_second.size(), 0);
  for (auto& worker : workers) {
    Tally& t = worker->tally;
    out.all.merge(t.all);
    out.issue.merge(t.issue);
    out.call.merge(t.call);
    out.finish.merge(t.finish);
    out.from_send.merge(t.from_send);
    out.requests += t.requests;
    out.issued += t.issued;
    out.called += t.called;
    out.finished += t.finished;
    out.empty_calls += t.empty_calls;
    out.tickets_total += t.tickets_total;
    out.refused += t.refused;
    out.errors += t.errors;
    for (auto& p : t.problems)
      if (out.problems.size() < 8) out.problems.push_back(p);
    numbers.insert(numbers.end(), t.numbers.begin(), t.numbers.end());
    issued.insert(issued.end(), t.issued_ids.begin(), t.issued_ids.end());
    called.insert(called.end(), t.called_ids.begin(), t.called_ids.end());
    for (std::size_t i = 0; i < t.per_second.size() && i < out.per_second.size(); ++i)
      out.per_second[i] += t.per_second[i];
  }
  out.duplicate_numbers = count_duplicates(std::move(numbers));
  out.duplicate_calls = count_duplicates(called);
  const std::unordered_set<long long> known(issued.begin(), issued.end());
  for (long long id : called)
    if (!known.contains(id)) ++out.calls_of_unknown;
  return out;
}

Window window_after(double warmup_s, double seconds) {
  Window w;
  w.from = SteadyClock::now() + seconds_to_duration(warmup_s);
  w.until = w.from + seconds_to_duration(seconds);
  return w;
}

}  // namespace

MixResult run_closed_mix(const MixTarget& target, const ClosedLoopOptions& options) {
  const Requests requests(target);
  const int threads = std::max(1, options.threads);
  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < threads; ++i) workers.push_back(std::make_unique<Worker>());
  for (std::size_t n = 1; n <= target.counter_tokens.size(); ++n)
    workers[(n - 1) % threads]->pool.add(static_cast<int>(n));
  const Window w = window_after(options.warmup_s, options.seconds);
  for (auto& worker : workers) worker->tally.per_second.assign(static_cast<std::size_t>(options.seconds) + 1, 0);
  for (int i = 0; i < options.connections; ++i) {
    Worker& worker = *workers[i % threads];
    asio::co_spawn(worker.io, closed_connection(target, requests, w, worker, i), asio::detached);
  }
  std::vector<std::thread> running;
  for (auto& worker : workers) running.emplace_back([&worker] { worker->io.run(); });
  for (auto& thread : running) thread.join();
  return merge(workers, w);
}

MixResult run_fixed_rate_mix(const MixTarget& target, const FixedRateOptions& options) {
  const Requests requests(target);
  std::vector<std::unique_ptr<Worker>> workers;
  workers.push_back(std::make_unique<Worker>());
  Worker& worker = *workers.front();
  Pace pace;
  pace.start = SteadyClock::now() + std::chrono::milliseconds(200);  // time to connect
  pace.interval = seconds_to_duration(1.0 / options.rate);
  Window w;
  w.from = pace.start + seconds_to_duration(options.warmup_s);
  w.until = w.from + seconds_to_duration(options.seconds);
  worker.tally.per_second.assign(static_cast<std::size_t>(options.seconds) + 1, 0);
  const int connections = std::min<int>(options.connections, static_cast<int>(target.counter_tokens.size()));
  for (int i = 0; i < connections; ++i)
    asio::co_spawn(worker.io, paced_connection(target, requests, w, worker, pace, i), asio::detached);
  worker.io.run();
  return merge(workers, w);
}

}  // namespace kezek::bench
