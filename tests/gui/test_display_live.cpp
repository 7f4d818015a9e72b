// The wall display against the real server, end to end: a call made through
// the counter's API reaches the screen within a frame of its event arriving
// (read from the display's --trace log), a screenshot taken after the call
// shows it, and the display rides out a server restart by itself, resuming
// from the last event number.
#include <doctest/doctest.h>
#include <stb_image.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/api_session.hpp"
#include "tests/support/run_program.hpp"

namespace kezek_gui_display_live {

namespace {

namespace fs = std::filesystem;
using kezek::testing::ApiSession;
using kezek::testing::ProgramResult;

constexpr const char* kMorning = "2026-11-24T10:00:00+05:00";

std::string read_all(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Waits until the trace holds `needle`; false after `limit`.
bool wait_for(const fs::path& trace, const std::string& needle, std::chrono::seconds limit = std::chrono::seconds(20)) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (read_all(trace).find(needle) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

// The display running in the background until it quits by itself (after
// drawing the awaited call) or its time limit.
class BackgroundDisplay {
 public:
  explicit BackgroundDisplay(std::vector<std::string> args) {
    REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr, "the GUI tests need an X display");
    args.insert(args.begin(), KEZEK_DISPLAY_BINARY);
    thread_ = std::thread([this, args] { result_ = kezek::testing::run_program(args, std::chrono::seconds(60)); });
  }
  ~BackgroundDisplay() {
    if (thread_.joinable()) thread_.join();
  }
  const ProgramResult& wait() {
    thread_.join();
    return result_;
  }

 private:
  ProgramResult result_;
  std::thread thread_;
};

// The frame at which `pattern`'s first match (its one group) is logged.
long frame_of(const std::string& trace, const std::string& pattern) {
  std::smatch m;
  if (!std::regex_search(trace, m, std::regex(pattern))) return -1;
  return std::stol(m[1]);
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

std::vector<std::string> live_args(ApiSession& api, const fs::path& trace, const std::string& exit_after) {
  return {"--server",     api.server().address(),
          "--token",      api.server().token("display"),
          "--now",        kMorning,
          "--windowed",   "--size",
          "1920x1080",    "--trace",
          trace.string(), "--exit-after-call",
          exit_after};
}

}  // namespace

TEST_CASE("display live: a call through the counter's API is drawn within a frame of its event") {
  ApiSession api(kezek::testing::at(kMorning));
  REQUIRE(api.issue("work_visa_in_country").ticket_str("number") == "W-001");
  const fs::path trace = fs::temp_directory_path() / "kezek-display-live-trace.log";
  fs::remove(trace);
  // Not muted: the announcer renders the call too, and a machine without a
  // sound card must say so once and carry on.
  BackgroundDisplay display(live_args(api, trace, "W-001"));
  REQUIRE_MESSAGE(wait_for(trace, "snapshot seq"), read_all(trace));

  REQUIRE(api.counter(1, "call-next").ticket_str("number") == "W-001");
  const ProgramResult& result = display.wait();
  const std::string log = read_all(trace);
  INFO("trace:\n" << log << "\noutput:\n" << result.output);
  REQUIRE(result.exit_code == 0);
  const long received = frame_of(log, R"(event seq \d+ ticket\.called W-001 received at frame (\d+))");
  const long drawn = frame_of(log, R"(call W-001 drawn at frame (\d+))");
  REQUIRE(received > 0);
  REQUIRE(drawn > 0);
  CHECK(drawn >= received);
  CHECK(drawn <= received + 1);
  // Said at most once, however many calls: a display without speakers is normal.
  const auto first = result.output.find("no audio");
  if (first != std::string::npos) CHECK(result.output.find("no audio", first + 1) == std::string::npos);

  // A screenshot after the call shows it as the newest call: the card is
  // navy with the big white number on it.
  const fs::path shot = fs::path(KEZEK_SCREENSHOT_DIR) / "display-after-call.png";
  fs::remove(shot);
  const ProgramResult screenshot = kezek::testing::run_program(
      {KEZEK_DISPLAY_BINARY, "--server", api.server().address(), "--token", api.server().token("display"), "--now",
       kMorning, "--windowed", "--size", "1920x1080", "--mute", "--lang", "en", "--screenshot", shot.string(),
       "--trace", trace.string()});
  INFO(screenshot.output << read_all(trace));
  REQUIRE(screenshot.exit_code == 0);
  CHECK(read_all(trace).find("call W-001 drawn") != std::string::npos);
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels = stbi_load(shot.c_str(), &w, &h, &channels, 4);
  REQUIRE(pixels != nullptr);
  int white = 0, all = 0;
  for (int y = 330; y < 560; y += 3) {
    for (int x = 60; x < 1150; x += 3) {
      const unsigned char* p = pixels + (static_cast<std::size_t>(y) * w + x) * 4;
      ++all;
      if (p[0] > 245 && p[1] > 245 && p[2] > 245) ++white;
    }
  }
  stbi_image_free(pixels);
  CHECK(white > all / 12);  // the number, 200 px high
}

TEST_CASE("display live: after a server restart it reconnects by itself and resumes from the last event") {
  const int port = free_port();
  kezek::testing::ServerProcess::Options options = kezek::testing::at(kMorning);
  options.extra_args = {"--listen", "127.0.0.1:" + std::to_string(port)};  // the same address after the restart
  ApiSession api(options);
  REQUIRE(api.issue("work_visa_in_country").ticket_str("number") == "W-001");
  REQUIRE(api.issue("work_visa_in_country").ticket_str("number") == "W-002");
  const fs::path trace = fs::temp_directory_path() / "kezek-display-restart-trace.log";
  fs::remove(trace);
  std::vector<std::string> args = live_args(api, trace, "W-002");
  args.push_back("--mute");
  BackgroundDisplay display(args);
  REQUIRE_MESSAGE(wait_for(trace, "snapshot seq"), read_all(trace));
  REQUIRE(api.counter(1, "call-next").ticket_str("number") == "W-001");
  REQUIRE_MESSAGE(wait_for(trace, "call W-001 drawn"), read_all(trace));

  api.restart();
  REQUIRE_MESSAGE(wait_for(trace, "link down"), read_all(trace));
  REQUIRE_MESSAGE(wait_for(trace, "link up resuming after seq"), read_all(trace));
  REQUIRE(api.counter(1, "start").status == 200);
  REQUIRE(api.counter(1, "finish").status == 200);
  REQUIRE(api.counter(1, "call-next").ticket_str("number") == "W-002");

  const ProgramResult& result = display.wait();
  const std::string log = read_all(trace);
  INFO("trace:\n" << log << "\noutput:\n" << result.output);
  CHECK(result.exit_code == 0);
  CHECK(log.find("call W-002 drawn") != std::string::npos);
  CHECK(log.find("refused") == std::string::npos);
  // Every event after the restart followed on from the last one seen.
  CHECK(log.find("gap after") == std::string::npos);
}

}  // namespace kezek_gui_display_live
