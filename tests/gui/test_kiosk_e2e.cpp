// The real kiosk against the real server, driven by its built-in script driver
// (real pointer and key events through ImGui's GLFW backend) on a display of
// its own: take a ticket, check in a booking made through the API, take the
// standard ticket offered after a missed slot, and carry on by itself when the
// server comes back. Each run ends by asking the server what it now holds.
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <string>
#include <vector>

#include "kiosk/kiosk_strings.hpp"
#include "shared/net/http_client.hpp"
#include "shared/time/local_time.hpp"
#include "tests/gui/test_kiosk_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/wait_until.hpp"
#include "tests/support/xvfb_display.hpp"

namespace kezek_gui_kiosk_e2e {

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace std::chrono_literals;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;
using kezek::testing::XvfbDisplay;

constexpr const char* kKioskMorning = "2026-11-24T10:00:00+05:00";

json::object get_json(kezek::net::HttpClient& client, const std::string& target) {
  const auto result = client.get(target);
  INFO(target << " → " << result.status << " " << result.body);
  REQUIRE(result.ok());
  return result.json().as_object();
}

std::string str(const json::object& o, const char* outer, const char* key) {
  return std::string(o.at(outer).as_object().at(key).as_string());
}

// Books the first free IIN slot of the day through the admin API (the portal's
// part) on a server started at kKioskMorning; returns the code and the slot's start.
std::pair<std::string, kezek::Instant> book_iin_slot(const fs::path& data) {
  ServerProcess server(data, kezek::testing::at(kKioskMorning));
  kezek::net::HttpClient admin(server.address(), server.token("admin"));
  const json::object slots = get_json(admin, "/api/v1/slots?service=iin&date=2026-11-24");
  REQUIRE_FALSE(slots.at("slots").as_array().empty());
  const std::string start(slots.at("slots").as_array().front().as_object().at("start").as_string());
  const auto booked =
      admin.post("/api/v1/appointments", R"({"service":"iin","start":")" + start + R"(","applicant":"P-7731"})");
  INFO(booked.body);
  REQUIRE(booked.status == 201);
  const std::string code(booked.json().as_object().at("appointment").as_object().at("code").as_string());
  return {code, *kezek::parse_iso8601(start)};
}

fs::path write_script(const fs::path& dir, const std::string& name, const std::vector<std::string>& steps) {
  const fs::path file = dir / name;
  std::ofstream out(file);
  for (const std::string& step : steps) out << step << "\n";
  return file;
}

fs::path shots() {
  const fs::path dir = fs::path(KEZEK_SCREENSHOT_DIR) / "kiosk";
  fs::create_directories(dir);
  return dir;
}

// The ticket previews go beside the script, in the test's own folder.
std::vector<std::string> kiosk_argv(const ServerProcess& server, const std::string& now, const fs::path& script,
                                    const std::vector<std::string>& more) {
  std::vector<std::string> argv = {KEZEK_KIOSK_BINARY,
                                   "--server",
                                   server.address(),
                                   "--token",
                                   server.token("kiosk"),
                                   "--now",
                                   now,
                                   "--script",
                                   script.string(),
                                   "--preview-dir",
                                   (script.parent_path() / "previews").string()};
  argv.insert(argv.end(), more.begin(), more.end());
  return argv;
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("kiosk e2e: take a ticket, then check in a booking with a code typed like a scanner") {
  const TempDir dir;
  const auto [code, slot] = book_iin_slot(dir.path());
  const std::string now = kezek::format_iso8601(slot - 10min);  // within the check-in window
  ServerProcess server(dir.path(), kezek::testing::at(now));
  const XvfbDisplay display(1920, 1080);

  // The scanner types the code as printed, lower case and with its dash.
  std::string typed = code.substr(0, 3) + "-" + code.substr(3);
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const fs::path out = shots();
  const fs::path script = write_script(dir.path(), "take-and-check-in.txt",
                                       {"expect_screen home",
                                        "expect_enabled have_appointment",
                                        "screenshot " + (out / "e2e-home.png").string(),
                                        "tap lang:kk",
                                        "tap take_ticket",
                                        "tap group:other_services",
                                        "tap service:iin",
                                        "screenshot " + (out / "e2e-service-kk.png").string(),
                                        "tap tier:standard",
                                        "expect_screen ticket",
                                        "expect_text O-001",
                                        "wait_idle",  // printed: the screen says so
                                        "screenshot " + (out / "e2e-ticket-kk.png").string(),
                                        "tap done",
                                        "expect_screen home",
                                        "tap have_appointment",
                                        "type " + typed,
                                        "key enter",
                                        "expect_screen ticket",
                                        "expect_text O-002",
                                        "wait_idle",
                                        "screenshot " + (out / "e2e-checked-in.png").string(),
                                        "tap done",
                                        "quit"});
  const fs::path printer = dir.path() / "printer.bin";
  const fs::path previews = dir.path() / "previews";
  const auto result = kezek::testing::run_program(
      display.on_display(kiosk_argv(server, now, script, {"--printer", "file:" + printer.string()})), 120s);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);

  kezek::net::HttpClient kiosk(server.address(), server.token("kiosk"));
  const json::object first = get_json(kiosk, "/api/v1/tickets/1");
  CHECK(str(first, "ticket", "service") == "iin");
  CHECK(str(first, "ticket", "tier") == "standard");
  CHECK(str(first, "ticket", "lang") == "kk");
  CHECK(str(first, "ticket", "number") == "O-001");
  const json::object booking = get_json(kiosk, "/api/v1/appointments/" + code);
  CHECK(str(booking, "appointment", "status") == "checked_in");
  const json::object second = get_json(kiosk, "/api/v1/tickets/2");
  CHECK(str(second, "ticket", "tier") == "appointment");
  CHECK(str(second, "ticket", "service") == "iin");

  // Both tickets went to the printer, each with its number and QR code, and a preview each.
  const std::string printed = read_file(printer);
  CHECK(printed.find("O-001\n") != std::string::npos);
  CHECK(printed.find("O-002\n") != std::string::npos);
  CHECK(printed.find("/t/" + str(first, "ticket", "status_token")) != std::string::npos);
  CHECK(printed.find("\x1d(k") != std::string::npos);
  CHECK(fs::exists(previews / "2026-11-24-O-001.png"));
  CHECK(fs::exists(previews / "2026-11-24-O-002.png"));
  const auto preview = kezek::testing::look_at_png(previews / "2026-11-24-O-001.png");
  CHECK(preview.width == 576);
  CHECK(preview.height > 500);
  fs::copy_file(previews / "2026-11-24-O-001.png", out / "e2e-printed-O-001.png", fs::copy_options::overwrite_existing);
}

TEST_CASE("kiosk e2e: a missed slot offers a standard ticket, one tap takes it") {
  const TempDir dir;
  const auto [code, slot] = book_iin_slot(dir.path());
  const std::string now = kezek::format_iso8601(slot + 25min);  // past the 15 minutes' grace
  ServerProcess server(dir.path(), kezek::testing::at(now));
  const XvfbDisplay display(1920, 1080);
  const fs::path out = shots();
  const fs::path script = write_script(
      dir.path(), "too-late.txt",
      {"tap have_appointment", "type " + code, "tap check_in", "expect_enabled take_standard",
       "screenshot " + (out / "e2e-too-late.png").string(), "tap take_standard", "expect_screen ticket", "quit"});
  const auto result =
      kezek::testing::run_program(display.on_display(kiosk_argv(server, now, script, {"--printer", "none"})), 90s);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  kezek::net::HttpClient kiosk(server.address(), server.token("kiosk"));
  const json::object ticket = get_json(kiosk, "/api/v1/tickets/1");
  CHECK(str(ticket, "ticket", "service") == "iin");
  CHECK(str(ticket, "ticket", "tier") == "standard");
}

TEST_CASE(
    "kiosk e2e: a visa extension's window is the server's answer, asked while the card stays "
    "usable") {
  const TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at(kKioskMorning));
  const XvfbDisplay display(1920, 1080);
  const fs::path out = shots();
  // Expiring 15 December 2026: on Tuesday 24 November the window (30 to 5
  // working days before) is open, so the ticket buttons appear only once the
  // server has said "within".
  std::vector<std::string> steps = {"tap take_ticket", "tap group:work_visa", "tap service:work_visa_extension"};
  for (char d : std::string("15122026")) steps.push_back(std::string("tap digit:") + d);
  steps.insert(steps.end(),
               {"expect_enabled tier:standard", "screenshot " + (out / "e2e-extension-within.png").string(),
                "tap change_date", "expect_screen service_card", "quit"});
  const fs::path script = write_script(dir.path(), "extension.txt", steps);
  const auto result = kezek::testing::run_program(
      display.on_display(kiosk_argv(server, kKioskMorning, script, {"--printer", "none"})), 90s);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
}

TEST_CASE("kiosk e2e: while the server is down the kiosk says so, and it carries on when it is back") {
  const TempDir dir;
  int port = 0;
  {
    ServerProcess first(dir.path(), kezek::testing::at(kKioskMorning));
    port = first.port();
  }
  const std::string address = "127.0.0.1:" + std::to_string(port);
  const XvfbDisplay display(1920, 1080);
  const fs::path out = shots();
  // The script's screenshot of the card, its button disabled, is the sign
  // for the test to bring the server back.
  const fs::path card_offline = dir.path() / "card-offline.png";
  const fs::path script = write_script(
      dir.path(), "offline.txt",
      {"expect_text " + std::string(kezek::kiosk::tr(kezek::kiosk::S::offline_short, kezek::catalog::Lang::en)),
       "screenshot " + (out / "e2e-offline.png").string(), "tap take_ticket", "tap group:other_services",
       "tap service:iin", "expect_disabled tier:standard", "screenshot " + card_offline.string(),
       // The kiosk finds the server back by itself and the button comes alive.
       "patience 60", "tap tier:standard", "expect_screen ticket", "quit"});
  std::string token;
  {
    std::ifstream in(dir.path() / "credentials.json");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    token = std::string(json::parse(text).as_object().at("kiosk").as_string());
  }
  const std::vector<std::string> argv = {KEZEK_KIOSK_BINARY,
                                         "--server",
                                         address,
                                         "--token",
                                         token,
                                         "--now",
                                         kKioskMorning,
                                         "--script",
                                         script.string(),
                                         "--printer",
                                         "none",
                                         "--preview-dir",
                                         (dir.path() / "previews").string()};
  auto kiosk =
      std::async(std::launch::async, [&] { return kezek::testing::run_program(display.on_display(argv), 90s); });
  REQUIRE_MESSAGE(kezek::testing::wait_until([&] { return fs::exists(card_offline); }, 60s, 20ms),
                  "the kiosk never showed the card with its button disabled");
  ServerProcess::Options options = kezek::testing::at(kKioskMorning);
  options.extra_args = {"--listen", address};
  ServerProcess second(dir.path(), options);
  REQUIRE(second.port() == port);
  const auto result = kiosk.get();
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  kezek::net::HttpClient client(second.address(), second.token("kiosk"));
  const json::object ticket = get_json(client, "/api/v1/tickets/1");
  CHECK(str(ticket, "ticket", "service") == "iin");
}

TEST_CASE("kiosk e2e: a visitor who walks away is forgotten after the idle timeout") {
  const TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at(kKioskMorning));
  const XvfbDisplay display(1920, 1080);
  const fs::path script =
      write_script(dir.path(), "idle.txt",
                   {"tap lang:ru", "tap have_appointment", "type K7M", "expect_screen appointment",
                    // Nothing more is touched: the idle timeout (2 s) brings the start screen back.
                    "expect_screen home",
                    "expect_text " + std::string(kezek::kiosk::tr(kezek::kiosk::S::welcome, kezek::catalog::Lang::en)),
                    "screenshot " + (shots() / "e2e-after-idle.png").string(), "quit"});
  const auto result = kezek::testing::run_program(
      display.on_display(kiosk_argv(server, kKioskMorning, script, {"--printer", "none", "--idle-timeout", "2"})), 60s);
  INFO(result.output);
  CHECK(result.exit_code == 0);
}

TEST_CASE("kiosk e2e: a config file gives the server, the token and the printer") {
  const TempDir dir;
  ServerProcess server(dir.path(), kezek::testing::at(kKioskMorning));
  const XvfbDisplay display(1920, 1080);
  const fs::path printer = dir.path() / "from-config.bin";
  const fs::path config = dir.path() / "kiosk.json";
  {
    json::object c;
    c["server"] = server.address();
    c["token"] = server.token("kiosk");
    c["printer"] = "file:" + printer.string();
    std::ofstream(config) << json::serialize(c);
  }
  const fs::path script = write_script(dir.path(), "config.txt",
                                       {"tap take_ticket", "tap group:work_visa", "tap service:work_visa_in_country",
                                        "tap tier:standard", "expect_screen ticket", "wait_idle", "quit"});
  const auto result = kezek::testing::run_program(
      display.on_display({KEZEK_KIOSK_BINARY, "--config", config.string(), "--now", kKioskMorning, "--script",
                          script.string(), "--preview-dir", (dir.path() / "previews").string()}),
      60s);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  CHECK(read_file(printer).find("W-001\n") != std::string::npos);
}

}  // namespace kezek_gui_kiosk_e2e
