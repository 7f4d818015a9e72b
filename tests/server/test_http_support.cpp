// The fixtures declared in test_http_support.hpp (no test cases here).
#include "tests/server/test_http_support.hpp"

#include <array>

#include <doctest/doctest.h>
#include <boost/json.hpp>

#include "server/http/json_error.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek::http::test {

constexpr auto use_awaitable = asio::use_awaitable;

ServerLimits test_limits() {
  ServerLimits limits;
  limits.body_limit = 1024;
  limits.header_limit = 1024;
  limits.header_timeout = 1s;
  limits.body_timeout = 1s;
  limits.idle_timeout = 5s;
  limits.max_connections = 64;
  limits.ws_queue_limit = 32;
  return limits;
}

// ---- TestHandler ----------------------------------------------------------------------

asio::awaitable<Response> TestHandler::handle(Request request) {
  const auto target = std::string(request.target());
  if (target.starts_with("/throw")) throw std::runtime_error("test handler failure");
  if (target.starts_with("/sleep")) {  // stands in for a handler waiting on the engine
    ++sleeping_;
    asio::steady_timer timer{co_await asio::this_coro::executor, 300ms};
    co_await timer.async_wait(use_awaitable);
    --sleeping_;
  }
  if (!target.starts_with("/echo") && !target.starts_with("/sleep")) {
    co_return json_error(404, "not_found", "no such route", request.version(), request.keep_alive());
  }
  boost::json::object echo;
  echo["method"] = std::string(request.method_string());
  echo["target"] = target;
  echo["body"] = request.body();
  Response response{http::status::ok, request.version()};
  response.set(http::field::content_type, "application/json");
  response.body() = boost::json::serialize(echo);
  co_return response;
}

bool TestHandler::accept_websocket(const Request& request, Response& refusal) {
  const std::string_view target = request.target();
  if (target == "/api/v1/events" || target.starts_with("/api/v1/events?")) return true;
  refusal = json_error(404, "not_found", "no such event stream", request.version(), request.keep_alive());
  return false;
}

bool TestHandler::trusted(const Request& request) const {
  return request[boost::beast::http::field::authorization] == "Bearer device";
}

// ---- TestEngine -----------------------------------------------------------------------

TestEngine::TestEngine() : work_(io_.get_executor()), pacer_(io_), thread_([this] { io_.run(); }) {}

TestEngine::~TestEngine() { stop(); }

void TestEngine::stop() {
  work_.reset();
  io_.stop();
  if (thread_.joinable()) thread_.join();
}

void TestEngine::attach(EventHub& hub) { hub_ = &hub; }

void TestEngine::request_snapshot(std::function<void(std::int64_t, std::shared_ptr<const std::string>)> deliver) {
  ++snapshot_requests_;
  asio::post(io_, [this, deliver = std::move(deliver)] {
    deliver(seq_, std::make_shared<const std::string>("{\"snapshot\":" + std::to_string(seq_) + "}"));
  });
}

void TestEngine::emit(int count, std::size_t padding, std::chrono::milliseconds pace) {
  if (pace == 0ms) {
    for (int i = 0; i < count; ++i) {
      asio::post(io_, [this, padding] {
        ++seq_;
        hub_->publish({seq_, std::make_shared<const std::string>("{\"seq\":" + std::to_string(seq_) + ",\"pad\":\"" +
                                                                 std::string(padding, 'x') + "\"}")});
        published_.store(seq_);
      });
    }
    return;
  }
  asio::co_spawn(
      io_,
      [this, count, padding, pace]() -> asio::awaitable<void> {
        asio::steady_timer timer{io_};
        for (int i = 0; i < count; ++i) {
          ++seq_;
          hub_->publish({seq_, std::make_shared<const std::string>("{\"seq\":" + std::to_string(seq_) + ",\"pad\":\"" +
                                                                   std::string(padding, 'x') + "\"}")});
          published_.store(seq_);
          timer.expires_after(pace);
          co_await timer.async_wait(use_awaitable);
        }
      },
      asio::detached);
}

bool TestEngine::sync(std::chrono::milliseconds limit) {
  auto reached = std::make_shared<std::atomic<bool>>(false);
  asio::post(io_, [reached] { reached->store(true); });
  return kezek::testing::wait_until([&] { return reached->load(); }, limit, 1ms);
}

// ---- ServerFixture --------------------------------------------------------------------

ServerFixture::ServerFixture(ServerLimits limits, std::size_t replay_capacity)
    : hub(io_.get_executor(), engine, replay_capacity), server(io_, handler, hub, limits) {
  engine.attach(hub);
  endpoint = server.listen("127.0.0.1:0");
  for (int i = 0; i < 2; ++i) {
    ++running_;
    threads_.emplace_back([this] {
      io_.run();
      --running_;
    });
  }
}

ServerFixture::~ServerFixture() {
  const bool clean = stop_and_wait();
  CHECK_MESSAGE(clean, "the server's io_context did not wind down within 5 s of stop()");
  engine.stop();  // before the hub it publishes to goes away
}

bool ServerFixture::stop_and_wait(std::chrono::milliseconds limit) {
  if (stopped_) return true;
  stopped_ = true;
  server.stop();
  const bool clean = kezek::testing::wait_until([&] { return running_.load() == 0; }, limit);
  if (!clean) io_.stop();
  for (auto& thread : threads_) thread.join();
  return clean;
}

// ---- Client ---------------------------------------------------------------------------

void Client::run(asio::awaitable<void> operation, std::chrono::milliseconds limit) {
  run(
      [](asio::awaitable<void> inner) -> asio::awaitable<bool> {
        co_await std::move(inner);
        co_return true;
      }(std::move(operation)),
      limit);
}

// ---- client operations ----------------------------------------------------------------

asio::awaitable<bool> connect(tcp::socket& socket, tcp::endpoint endpoint, int receive_buffer) {
  socket.open(endpoint.protocol());
  if (receive_buffer > 0) socket.set_option(asio::socket_base::receive_buffer_size{receive_buffer});
  co_await socket.async_connect(endpoint, use_awaitable);
  co_return true;
}

asio::awaitable<bool> send_raw(tcp::socket& socket, std::string data) {
  co_await asio::async_write(socket, asio::buffer(data), use_awaitable);
  co_return true;
}

asio::awaitable<Response> read_response(tcp::socket& socket, beast::flat_buffer& buffer, bool to_head) {
  http::response_parser<http::string_body> parser;
  parser.skip(to_head);
  co_await http::async_read(socket, buffer, parser, use_awaitable);
  co_return parser.release();
}

asio::awaitable<Response> round_trip(tcp::socket& socket, beast::flat_buffer& buffer, Request request) {
  request.prepare_payload();
  co_await http::async_write(socket, request, use_awaitable);
  co_return co_await read_response(socket, buffer);
}

asio::awaitable<bool> wait_closed(tcp::socket& socket) {
  std::array<char, 4096> sink{};
  for (;;) {
    auto [error, size] = co_await socket.async_read_some(asio::buffer(sink), asio::as_tuple(use_awaitable));
    if (error) co_return error == asio::error::eof || error == asio::error::connection_reset;
  }
}

asio::awaitable<std::unique_ptr<WsStream>> ws_connect(tcp::endpoint endpoint, std::string target, int receive_buffer) {
  auto ws = std::make_unique<WsStream>(co_await asio::this_coro::executor);
  co_await connect(ws->next_layer(), endpoint, receive_buffer);
  co_await ws->async_handshake("127.0.0.1", target, use_awaitable);
  co_return ws;
}

asio::awaitable<std::string> ws_read(WsStream& ws) {
  beast::flat_buffer buffer;
  co_await ws.async_read(buffer, use_awaitable);
  co_return beast::buffers_to_string(buffer.data());
}

asio::awaitable<WsEnd> ws_read_until_error(WsStream& ws) {
  WsEnd end;
  for (;;) {
    beast::flat_buffer buffer;
    auto [error, size] = co_await ws.async_read(buffer, asio::as_tuple(use_awaitable));
    if (error) {
      end.error = error;
      co_return end;
    }
    ++end.messages;
  }
}

Message decode(const std::string& json) {
  const auto object = boost::json::parse(json).as_object();
  if (const auto* snapshot = object.if_contains("snapshot")) {
    return {true, snapshot->to_number<std::int64_t>()};
  }
  return {false, object.at("seq").to_number<std::int64_t>()};
}

Request make_request(http::verb verb, std::string target, std::string body) {
  Request request{verb, target, 11};
  request.set(http::field::host, "127.0.0.1");
  request.body() = std::move(body);
  return request;
}

std::string error_code_of(const Response& response) {
  const auto object = boost::json::parse(response.body()).as_object();
  return std::string(object.at("error").at("code").as_string());
}

}  // namespace kezek::http::test
