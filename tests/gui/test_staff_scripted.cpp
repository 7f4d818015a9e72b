// The real staff console driven against the real server: by its --script
// driver (function keys, and the transfer form filled in by taps and typing),
// and by real key presses sent to its X window with xdotool (F1, F3, F4). Each
// run ends by reading the server's state through the API.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>

#include "shared/net/http_client.hpp"
#include "staff/staff_text.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/wait_until.hpp"
#include "tests/support/xvfb_display.hpp"

namespace kezek_gui_staff_scripted {

namespace json = boost::json;
using kezek::catalog::Lang;
using kezek::staff::Msg;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;
using kezek::testing::XvfbDisplay;

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
  return kezek::testing::wait_until(ready, std::chrono::seconds(10), std::chrono::milliseconds(100));
}

std::filesystem::path write_script(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file) << text;
  return file;
}

kezek::testing::ProgramResult run_xdotool(const XvfbDisplay& display, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/xdotool"};
  argv.insert(argv.end(), args.begin(), args.end());
  return kezek::testing::run_program(display.on_display(argv), std::chrono::seconds(15));
}

}  // namespace

TEST_CASE("staff scripted: call, start, finish, no-show and transfer through the real console") {
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  REQUIRE(api.issue("iin") == "O-001");
  REQUIRE(api.issue("iin") == "O-002");
  REQUIRE(api.issue("iin") == "O-003");

  // Each action waits until the console is idle (the last answer in, the view
  // fresh), as an operator looks before pressing the next key.
  const auto script = write_script(dir.path() / "day.txt",
                                   "# counter 6, one of each action\n"
                                   "wait_idle\n"
                                   "# call O-001, the visitor came, done\n"
                                   "key F1\n"
                                   "wait_idle\n"
                                   "key F3\n"
                                   "wait_idle\n"
                                   "key F4\n"
                                   "wait_idle\n"
                                   "# call O-002: nobody came\n"
                                   "key F1\n"
                                   "wait_idle\n"
                                   "key F5\n"
                                   "wait_idle\n"
                                   "# call O-003 and send them to counter 7, saying why\n"
                                   "key F1\n"
                                   "wait_idle\n"
                                   "key F6\n"
                                   "expect_screen transfer\n"
                                   "tap transfer:to_counter\n"
                                   "tap transfer:counter\n"
                                   "type 7\n"
                                   "tap transfer:reason\n"
                                   "type needs the visa cancellation desk\n"
                                   "tap transfer:confirm\n"
                                   "expect_screen counter\n"
                                   "wait_idle\n"
                                   "# pause\n"
                                   "key F7\n"
                                   "wait_idle\n"
                                   "quit\n");
  // The counter's PC is set up with a config file rather than flags.
  const auto config = dir.path() / "counter6.json";
  std::ofstream(config) << json::serialize(
      json::object{{"server", server.address()}, {"token", server.token("counter:6")}, {"counter", 6}, {"lang", "ru"}});
  // The taps move the X pointer and take the focus: on a display of its own.
  const XvfbDisplay display(1280, 800);
  const auto result = kezek::testing::run_program(
      display.on_display({KEZEK_STAFF_BINARY, "--config", config.string(), "--now", "2026-11-24T10:00:00+05:00",
                          "--windowed", "--size", "1280x800", "--script", script.string()}),
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

TEST_CASE("staff scripted: a bad script line stops the console before it acts, naming the file and line") {
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  api.issue("iin");
  const auto script = write_script(dir.path() / "bad.txt", "wait_idle\nkey F1\npress F2\n");
  const auto result = kezek::testing::run_program(
      {KEZEK_STAFF_BINARY, "--server", server.address(), "--token", server.token("counter:6"), "--counter", "6",
       "--now", "2026-11-24T10:00:00+05:00", "--windowed", "--size", "1920x1080", "--script", script.string()});
  INFO(result.output);
  CHECK(result.exit_code == 3);  // as the kiosk's
  CHECK(result.output.find(script.string() + ":3: unknown step \"press\"") != std::string::npos);
  // Nothing was called: the whole script was refused.
  CHECK(field(api.counter(6), "phase") == "idle");
}

TEST_CASE("staff xdotool: function keys pressed on the console's window reach the server") {
  TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  Api api{server};
  REQUIRE(api.issue("business_long_invitation") == "L-001");  // counter 5 serves long business visas
  // The console says through the script when it is ready for the next key:
  // each screenshot is written once the view shows the last key's effect, and
  // the test presses the next key only when the file is there.
  const std::filesystem::path ready = dir.path() / "ready.png";
  const std::filesystem::path called = dir.path() / "called.png";
  const std::filesystem::path serving = dir.path() / "serving.png";
  const auto script = write_script(dir.path() / "keys.txt",
                                   "wait_idle\n"
                                   "screenshot " +
                                       ready.string() + "\n" +
                                       "expect_text L-001\n"
                                       "wait_idle\n"
                                       "screenshot " +
                                       called.string() + "\n" + "expect_text " +
                                       std::string(kezek::staff::tr(Msg::status_serving, Lang::en)) + "\n" +
                                       "wait_idle\n"
                                       "screenshot " +
                                       serving.string() + "\n" + "expect_text " +
                                       std::string(kezek::staff::tr(Msg::no_visitor, Lang::en)) + "\n" + "quit\n");
  // A display of its own: no other test's window can take the focus between
  // xdotool's focusing and its key.
  const XvfbDisplay display(1280, 800);
  auto console = std::async(std::launch::async, [&] {
    return kezek::testing::run_program(
        display.on_display({KEZEK_STAFF_BINARY, "--server", server.address(), "--token", server.token("counter:5"),
                            "--counter", "5", "--now", "2026-11-24T10:00:00+05:00", "--windowed", "--size", "1280x800",
                            "--script", script.string()}),
        std::chrono::seconds(60));
  });
  auto appears = [](const std::filesystem::path& file) {
    return kezek::testing::wait_until([&] { return std::filesystem::exists(file); }, std::chrono::seconds(30),
                                      std::chrono::milliseconds(20));
  };

  // The console's window, by its title (which names the counter).
  std::string window;
  eventually([&] {
    const auto found = run_xdotool(display, {"search", "--name", "Kezek — Counter 5$"});
    window = found.output.substr(0, found.output.find('\n'));
    return found.exit_code == 0 && !window.empty();
  });
  REQUIRE_MESSAGE(!window.empty(), "the console's window did not appear");

  // Real key events (XTEST) go to the focused window; GLFW ignores the
  // synthetic ones `key --window` would send. Focus and key in one call, so no
  // other window can take the focus in between; the key is held for a moment
  // as a finger would (ImGui 1.86 reads key state once per frame).
  auto press = [&](const char* key) {
    const auto r =
        run_xdotool(display, {"windowfocus", "--sync", window, "keydown", key, "sleep", "0.15", "keyup", key});
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
  };
  REQUIRE_MESSAGE(appears(ready), "the console never showed its first view");
  press("F1");
  CHECK(eventually([&] { return field(api.counter(5), "phase") == "calling"; }));
  REQUIRE_MESSAGE(appears(called), "the console never showed the call");
  press("F3");
  CHECK(eventually([&] { return field(api.counter(5), "phase") == "serving"; }));
  REQUIRE_MESSAGE(appears(serving), "the console never showed the visit started");
  press("F4");
  CHECK(eventually([&] { return field(api.ticket(1), "status") == "done"; }));

  const auto result = console.get();
  INFO(result.output);
  CHECK(result.exit_code == 0);
}

}  // namespace kezek_gui_staff_scripted
