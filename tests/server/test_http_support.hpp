#pragma once
// Fixtures for the transport suites (test_http_*.cpp): a test RequestHandler, a stand-in
// engine honouring the SnapshotSource contract, a server on a loopback port run by two
// threads, and client helpers whose every wait is bounded.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/websocket.hpp>

#include "server/http/event_hub.hpp"
#include "server/http/listener.hpp"
#include "server/http/request_handler.hpp"
#include "server/http/server_limits.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek::http::test {

using namespace std::chrono_literals;
using tcp = asio::ip::tcp;
using WsStream = beast::websocket::stream<tcp::socket>;
using kezek::testing::wait_until;

// Limits small enough for tests to reach them quickly.
ServerLimits test_limits();

// GET|POST /echo[?...] -> 200 {"method","target","body"}; /sleep the same after 300 ms;
// /throw -> throws; WebSocket
// upgrades accepted on /api/v1/events only (else 404). Threading: any thread; its only
// state is the count of /sleep requests in progress (so a test can wait for one).
class TestHandler final : public RequestHandler {
 public:
  asio::awaitable<Response> handle(Request request) override;
  bool accept_websocket(const Request& request, Response& refusal) override;
  // "Authorization: Bearer device" is the test's one valid credential.
  bool trusted(const Request& request) const override;
  int sleeping() const { return sleeping_.load(); }

 private:
  std::atomic<int> sleeping_{0};
};

// Stands in for the engine: numbers events on its own thread. Events are
// {"seq":N,"pad":"..."}, snapshots {"snapshot":S}.
// Threading: every member is safe from any thread; work runs on the engine thread.
class TestEngine final : public SnapshotSource {
 public:
  TestEngine();
  ~TestEngine() override;
  void attach(EventHub& hub);  // before any emit
  void request_snapshot(std::function<void(std::int64_t, std::shared_ptr<const std::string>)> deliver) override;
  // Publishes `count` events, each its own engine-thread task `pace` apart (0: at once),
  // each padded with `padding` bytes.
  void emit(int count, std::size_t padding = 0, std::chrono::milliseconds pace = 0ms);
  // Waits (bounded) until the engine thread has run every task posted before; false on
  // timeout.
  bool sync(std::chrono::milliseconds limit = 5s);
  int snapshot_requests() const { return snapshot_requests_.load(); }
  // How many events it has published so far (a test waits for a count, not a time).
  std::int64_t published() const { return published_.load(); }
  void stop();

 private:
  asio::io_context io_;
  asio::executor_work_guard<asio::io_context::executor_type> work_;
  asio::steady_timer pacer_;  // engine thread only
  std::thread thread_;
  EventHub* hub_ = nullptr;
  std::int64_t seq_ = 0;  // engine thread only
  std::atomic<int> snapshot_requests_{0};
  std::atomic<std::int64_t> published_{0};
};

// A real HttpServer on 127.0.0.1:0, run by two io threads so strands matter.
class ServerFixture {
 public:
  explicit ServerFixture(ServerLimits limits = test_limits(), std::size_t replay_capacity = 4096);
  ~ServerFixture();
  ServerFixture(const ServerFixture&) = delete;
  ServerFixture& operator=(const ServerFixture&) = delete;

  // server.stop(), then waits for every io thread's run() to return. False when they
  // did not within `limit` (the io_context is then stopped by force).
  bool stop_and_wait(std::chrono::milliseconds limit = 5s);
  std::size_t connections() const { return server.connection_count(); }

 private:
  asio::io_context io_;

 public:
  TestEngine engine;
  EventHub hub;
  TestHandler handler;
  HttpServer server;
  tcp::endpoint endpoint;

 private:
  std::vector<std::thread> threads_;
  std::atomic<int> running_{0};
  bool stopped_ = false;
};

// Runs client coroutines on the test thread; every run is bounded.
class Client {
 public:
  template <typename T>
  T run(asio::awaitable<T> operation, std::chrono::milliseconds limit = 5s);
  void run(asio::awaitable<void> operation, std::chrono::milliseconds limit = 5s);
  asio::io_context& io() { return io_; }

 private:
  asio::io_context io_;
};

// ---- client operations (throw on failure) -------------------------------------------
// `receive_buffer` > 0 sets SO_RCVBUF before connecting (turning off autotuning), so
// a client that stops reading fills up quickly.
asio::awaitable<bool> connect(tcp::socket& socket, tcp::endpoint endpoint, int receive_buffer = 0);
asio::awaitable<bool> send_raw(tcp::socket& socket, std::string data);
// `to_head`: the response answers a HEAD request, so it has no body whatever
// Content-Length says.
asio::awaitable<Response> read_response(tcp::socket& socket, beast::flat_buffer& buffer, bool to_head = false);
asio::awaitable<Response> round_trip(tcp::socket& socket, beast::flat_buffer& buffer, Request request);
// Reads until the peer closes; true when it did (EOF or reset).
asio::awaitable<bool> wait_closed(tcp::socket& socket);

asio::awaitable<std::unique_ptr<WsStream>> ws_connect(tcp::endpoint endpoint, std::string target,
                                                      int receive_buffer = 0);
asio::awaitable<std::string> ws_read(WsStream& ws);
// Reads until an error; yields that error and how many messages came before it.
struct WsEnd {
  beast::error_code error;
  int messages = 0;
};
asio::awaitable<WsEnd> ws_read_until_error(WsStream& ws);

// A decoded test message.
struct Message {
  bool snapshot = false;
  std::int64_t seq = 0;
};
Message decode(const std::string& json);
Request make_request(http::verb verb, std::string target, std::string body = {});
std::string error_code_of(const Response& response);  // {"error":{"code":...}} -> code

// ---- Client::run ----------------------------------------------------------------------
template <typename T>
T Client::run(asio::awaitable<T> operation, std::chrono::milliseconds limit) {
  // Shared, so a completion arriving after a timeout writes to live memory.
  struct Outcome {
    bool done = false;
    std::exception_ptr failure;
    std::optional<T> value;
  };
  auto outcome = std::make_shared<Outcome>();
  asio::co_spawn(io_, std::move(operation), [outcome](std::exception_ptr failure, T value) {
    outcome->done = true;
    outcome->failure = failure;
    if (!failure) outcome->value.emplace(std::move(value));
  });
  io_.restart();
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!outcome->done && std::chrono::steady_clock::now() < deadline) {
    if (io_.run_one_until(deadline) == 0 && io_.stopped()) break;  // nothing left to wait for
  }
  if (!outcome->done) throw std::runtime_error("client operation timed out");
  if (outcome->failure) std::rethrow_exception(outcome->failure);
  return std::move(*outcome->value);
}

}  // namespace kezek::http::test
