// The real staff console driven against the real server: by its --script
// driver (call, start, finish, no-show, transfer, pause), and by real key
// presses sent to its X window with xdotool (F1, F3, F4). Each run ends by
// reading the server's state through the API.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <thread>

#include "shared/net/http_client.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"

namespace json = boost::json;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;

namespace {

struct Api {
  ServerProcess& server;
  kezek::net::HttpResult call(const std::string& role, const std::string& method, const std::string& target,
                              const std::string& body = {}) {
    kezek::net::HttpClient client(server.address(), server.token(role));
    return client.request(method, target, body);
  }
  std::string issue(const std::string& service) {
    const auto r = call("kiosk", "POST", "/api/v1/tickets", R"({"service":")" + service + R"(","lang":"en"})");
    REQUIRE_MESSAGE(r.status == 201, r.body);
    return std::string(r.json().at("ticket").at("number").as_string());
  }
  json::object ticket(int id) {
    const auto r = call("kiosk", "GET", "/api/v1/tickets/" + std::to_string(id));
    REQUIRE(r.status == 200);
    return r.json().at("ticket").as_object();
  }
  json::object counter(int n) {
    const auto r = call("admin", "GET", "/api/v1/counters/" + std::to_string(n));
    REQUIRE(r.status == 200);
    return r.json().as_object();
  }
};

std::string field(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return {};
  return v->is_string() ? std::string(v->as_string()) : json::serialize(*v);
}

// Waits up to 10 s for `ready`, asking the server every 100 ms.
template <typename Predicate>
bool eventually(Predicate ready) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return ready();
}

kezek::testing::ProgramResult run_xdotool(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/xdotool"};
  argv.insert(argv.end(), args.begin(), args.end());
  return kezek::testing::run_program(argv, std::chrono::seconds(15));
}

}  // namespace

TEST_CASE("staff scripted: call, start, finish, no-show and transfer through the real console") {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  REQUIRE(api.issue("iin") == "O-001");
  REQUIRE(api.issue("iin") == "O-002");
  REQUIRE(api.issue("iin") == "O-003");

  const auto script = dir.path() / "day.txt";
  std::ofstream(script) << "# counter 6, one of each action\n"
                           "wait\n"
                           "key F1   # call O-001\n"
                           "wait\n"
                           "key F3   # the visitor came\n"
                           "wait\n"
                           "key F4   # done\n"
                           "wait\n"
                           "key F1   # call O-002\n"
                           "wait\n"
                           "key F5   # nobody came\n"
                           "wait\n"
                           "key F1   # call O-003\n"
                           "wait\n"
                           "transfer counter 7 needs the visa cancellation desk\n"
                           "wait\n"
                           "key F7   # pause\n"
                           "wait\n"
                           "quit\n";
  // The counter's PC is set up with a config file rather than flags.
  const auto config = dir.path() / "counter6.json";
  std::ofstream(config) << json::serialize(
      json::object{{"server", server.address()}, {"token", server.token("counter:6")}, {"counter", 6}, {"lang", "ru"}});
  const auto result = kezek::testing::run_program(
      {KEZEK_STAFF_BINARY, "--config", config.string(), "--now", "2026-11-24T10:00:00+05:00", "--windowed", "--size",
       "1280x800", "--script", script.string()},
      std::chrono::seconds(60));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);

  const json::object first = api.ticket(1);
  CHECK(field(first, "status") == "done");
  CHECK(field(first, "counter") == "6");
  CHECK(!field(first, "started_at").empty());
  CHECK(field(api.ticket(2), "status") == "no_show");
  const json::object third = api.ticket(3);
  CHECK(field(third, "status") == "waiting");
  CHECK(field(third, "target_counter") == "7");
  CHECK(field(third, "transfer_reason") == "needs the visa cancellation desk");
  const json::object six = api.counter(6);
  CHECK(six.at("paused").as_bool());
  CHECK(field(six, "phase") == "idle");
  // The transferred visitor goes to counter 7 next.
  const auto called = api.call("counter:7", "POST", "/api/v1/counters/7/call-next");
  REQUIRE(called.status == 200);
  CHECK(called.json().at("ticket").at("number").as_string() == "O-003");
}

TEST_CASE("staff scripted: a bad script line is shown, not run") {
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  api.issue("iin");
  const auto script = dir.path() / "bad.txt";
  std::ofstream(script) << "wait\nkey F1\nkey F12\n";
  const auto shot = std::filesystem::path(KEZEK_SCREENSHOT_DIR) / "staff-bad-script.png";
  const auto result = kezek::testing::run_program(
      {KEZEK_STAFF_BINARY, "--server", server.address(), "--token", server.token("counter:6"), "--counter", "6",
       "--now", "2026-11-24T10:00:00+05:00", "--windowed", "--size", "1920x1080", "--script", script.string(),
       "--screenshot", shot.string(), "--frames", "6"});
  INFO(result.output);
  CHECK(result.exit_code == 0);
  // Nothing was called: the whole script was refused.
  CHECK(field(api.counter(6), "phase") == "idle");
}

TEST_CASE("staff xdotool: function keys pressed on the console's window reach the server") {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  REQUIRE(api.issue("business_long_invitation") == "L-001");  // counter 5 serves long business visas
  const auto script = dir.path() / "linger.txt";
  std::ofstream(script) << "sleep 25000\nquit\n";  // the console closes itself after the test's keys
  auto console = std::async(std::launch::async, [&] {
    return kezek::testing::run_program(
        {KEZEK_STAFF_BINARY, "--server", server.address(), "--token", server.token("counter:5"), "--counter", "5",
         "--now", "2026-11-24T10:00:00+05:00", "--windowed", "--size", "1280x800", "--script", script.string()},
        std::chrono::seconds(40));
  });

  // The console's window, by its title (which names the counter).
  std::string window;
  eventually([&] {
    const auto found = run_xdotool({"search", "--name", "Kezek — Counter 5$"});
    window = found.output.substr(0, found.output.find('\n'));
    return found.exit_code == 0 && !window.empty();
  });
  REQUIRE_MESSAGE(!window.empty(), "the console's window did not appear");
  // Let the first view load before the first key.
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));

  // Real key events (XTEST) go to the focused window; GLFW ignores the
  // synthetic ones `key --window` would send. Focus and key in one call, so no
  // other window can take the focus in between; the key is held for a moment
  // as a finger would (ImGui 1.86 reads key state once per frame).
  auto press = [&](const char* key) {
    const auto r = run_xdotool({"windowfocus", "--sync", window, "keydown", key, "sleep", "0.15", "keyup", key});
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
  };
  press("F1");
  CHECK(eventually([&] { return field(api.counter(5), "phase") == "calling"; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  press("F3");
  CHECK(eventually([&] { return field(api.counter(5), "phase") == "serving"; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  press("F4");
  CHECK(eventually([&] { return field(api.ticket(1), "status") == "done"; }));

  const auto result = console.get();
  INFO(result.output);
  CHECK(result.exit_code == 0);
}
