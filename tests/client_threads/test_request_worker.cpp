// The GUI programs' network thread: RequestWorker over a BackgroundWorker,
// answers handed to the UI thread through the Inbox. Against a real server;
// run in the ThreadSanitizer tree, these prove the hand-over race-free.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "shared/net/background_worker.hpp"
#include "shared/net/inbox.hpp"
#include "shared/net/request_worker.hpp"
#include "tests/support/api_session.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_client_threads_request_worker {

using namespace std::chrono_literals;

TEST_CASE("request worker: every answer reaches the UI thread, in the order the requests were made") {
  kezek::testing::ApiSession api;
  kezek::net::Inbox inbox;
  std::atomic<int> wakes{0};
  std::vector<int> answered;
  std::vector<unsigned> statuses;
  bool all_on_ui_thread = true;
  const auto ui_thread = std::this_thread::get_id();
  {
    kezek::net::RequestWorker worker(api.server().address(), api.server().token("kiosk"), inbox, [&] { ++wakes; });
    for (int i = 0; i < 20; ++i) {
      worker.get("/api/v1/status", [&, i](const kezek::net::HttpResult& reply) {
        all_on_ui_thread = all_on_ui_thread && std::this_thread::get_id() == ui_thread;
        answered.push_back(i);
        statuses.push_back(reply.status);
      });
    }
    CHECK(worker.in_flight() == 20);
    REQUIRE(kezek::testing::wait_until(
        [&] {
          inbox.drain();
          return answered.size() == 20;
        },
        30s));
    CHECK(worker.in_flight() == 0);
  }
  std::vector<int> in_order(20);
  for (int i = 0; i < 20; ++i) in_order[static_cast<std::size_t>(i)] = i;
  CHECK(answered == in_order);
  CHECK(statuses == std::vector<unsigned>(20, 200u));
  CHECK(all_on_ui_thread);
  CHECK(wakes.load() == 20);  // each answer nudged the UI loop once
}

TEST_CASE("background worker: jobs run in order on one thread, and destroying it finishes the running job only") {
  std::atomic<bool> first_started{false};
  std::atomic<bool> first_finished{false};
  std::atomic<bool> queued_ran{false};
  std::vector<int> order;  // written by the worker's thread only, read after the join
  std::thread::id worker_thread;
  {
    kezek::net::BackgroundWorker worker;
    for (int i = 0; i < 3; ++i)
      worker.submit([&, i] {
        order.push_back(i);
        worker_thread = std::this_thread::get_id();
      });
    REQUIRE(kezek::testing::wait_until([&] { return worker.pending() == 0; }, 10s));
    worker.submit([&] {
      first_started = true;
      // Long enough that the destructor below starts while this job runs.
      std::this_thread::sleep_for(200ms);
      first_finished = true;
    });
    worker.submit([&] { queued_ran = true; });
    REQUIRE(kezek::testing::wait_until([&] { return first_started.load(); }, 10s));
  }
  CHECK(order == std::vector<int>{0, 1, 2});
  CHECK(worker_thread != std::this_thread::get_id());
  CHECK(first_finished);    // the running job was let finish, not abandoned
  CHECK_FALSE(queued_ran);  // the queued one was dropped
}

}  // namespace kezek_client_threads_request_worker
