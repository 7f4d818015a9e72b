// Every kiosk screen, drawn by the real kezek-kiosk under X from a canned state
// (--screen NAME, no server), in English, Russian and Kazakh, written to
// build/screenshots/kiosk/ for a person to look at. The kiosk's screenshot mode
// fails when any text was drawn with a glyph the fonts lack, so each shot is
// also a glyph check. Landscape on the shared display; portrait (1080×1920) and
// square (1080×1080) each on a display of their own.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/gui/test_kiosk_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/xvfb_display.hpp"

namespace {

namespace fs = std::filesystem;
using kezek::testing::XvfbDisplay;

constexpr const char* kTuesdayMorning = "2026-11-24T10:00:00+05:00";
const std::vector<std::string> kLangs = {"en", "ru", "kk"};

fs::path shot_path(const std::string& name) { return fs::path(KEZEK_SCREENSHOT_DIR) / "kiosk" / (name + ".png"); }

// Runs the kiosk on `display` (nullptr: the test's own DISPLAY) and checks the PNG.
void shoot(const std::string& screen, const std::string& lang, const std::string& file_name, int width, int height,
           const XvfbDisplay* display, const char* now = kTuesdayMorning) {
  const fs::path file = shot_path(file_name);
  fs::create_directories(file.parent_path());
  fs::remove(file);
  std::vector<std::string> argv = {KEZEK_KIOSK_BINARY, "--now",      now, "--screen", screen, "--lang", lang,
                                   "--screenshot",     file.string()};
  if (display == nullptr) {
    REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                    "the GUI tests need an X display: run them through ./kezek.sh test");
    argv.insert(argv.end(), {"--windowed", "--size", std::to_string(width) + "x" + std::to_string(height)});
  } else {
    argv = display->on_display(argv);  // full screen on a display of exactly that size
  }
  auto result = kezek::testing::run_program(argv);
  // A display busy with many test clients at once may turn one away; once more is fair.
  if (result.exit_code != 0 && result.output.find("Failed to open display") != std::string::npos) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    result = kezek::testing::run_program(argv);
  }
  INFO(screen << " in " << lang << ": " << result.output);
  CHECK(result.exit_code == 0);  // non-zero also when a glyph was missing
  const auto png = kezek::testing::look_at_png(file);
  CHECK(png.width == width);
  CHECK(png.height == height);
  CHECK(png.distinct_colours > 20);  // text and buttons, not a blank frame
}

void landscape_in_all_languages(const std::string& screen) {
  for (const std::string& lang : kLangs) shoot(screen, lang, screen + "-" + lang, 1920, 1080, nullptr);
}

}  // namespace

#define KIOSK_SCREEN_CASE(NAME) \
  TEST_CASE("kiosk screen " NAME ": landscape in en, ru, kk") { landscape_in_all_languages(NAME); }

KIOSK_SCREEN_CASE("home")
KIOSK_SCREEN_CASE("home_offline")
KIOSK_SCREEN_CASE("home_other_protocol")
KIOSK_SCREEN_CASE("groups")
KIOSK_SCREEN_CASE("services")
KIOSK_SCREEN_CASE("service")
KIOSK_SCREEN_CASE("service_iin")
KIOSK_SCREEN_CASE("extension_entry")
KIOSK_SCREEN_CASE("extension_within")
KIOSK_SCREEN_CASE("extension_too_early")
KIOSK_SCREEN_CASE("extension_too_late")
KIOSK_SCREEN_CASE("extension_checking")
KIOSK_SCREEN_CASE("ticket")
KIOSK_SCREEN_CASE("ticket_after_lunch")
KIOSK_SCREEN_CASE("checked_in")
KIOSK_SCREEN_CASE("not_today")
KIOSK_SCREEN_CASE("appointment")
KIOSK_SCREEN_CASE("appointment_too_early")
KIOSK_SCREEN_CASE("appointment_too_late")
KIOSK_SCREEN_CASE("booking")

TEST_CASE("kiosk screen home: at lunch and on a closed day, in en, ru, kk") {
  for (const std::string& lang : kLangs) {
    shoot("home", lang, "home-lunch-" + lang, 1920, 1080, nullptr, "2026-11-24T13:10:00+05:00");
    shoot("home", lang, "home-closed-" + lang, 1920, 1080, nullptr,
          "2026-12-16T11:00:00+05:00");  // Independence Day
  }
}

TEST_CASE("kiosk screens: portrait 1080x1920 in en, ru, kk") {
  const XvfbDisplay display(1080, 1920);
  for (const char* screen : {"home", "groups", "services", "service", "extension_entry", "extension_within", "ticket",
                             "not_today", "appointment", "booking"}) {
    for (const std::string& lang : kLangs) {
      shoot(screen, lang, std::string(screen) + "-" + lang + "-portrait", 1080, 1920, &display);
    }
  }
}

TEST_CASE("kiosk screens: square 1080x1080 in en, ru, kk") {
  const XvfbDisplay display(1080, 1080);
  for (const char* screen : {"home", "service", "extension_entry", "ticket", "appointment"}) {
    for (const std::string& lang : kLangs) {
      shoot(screen, lang, std::string(screen) + "-" + lang + "-square", 1080, 1080, &display);
    }
  }
}

TEST_CASE("kiosk options: a bad value is one readable line") {
  auto run = [](std::vector<std::string> args) {
    args.insert(args.begin(), KEZEK_KIOSK_BINARY);
    return kezek::testing::run_program(args);
  };
  const auto screen = run({"--screen", "nope", "--screenshot", "/dev/null"});
  CHECK(screen.exit_code == 1);
  CHECK(screen.output.find("unknown --screen \"nope\"") != std::string::npos);
  const auto printer = run({"--printer", "tcp:", "--screenshot", "/dev/null"});
  CHECK(printer.exit_code == 1);
  CHECK(printer.output.find("is not understood") != std::string::npos);
  const auto config = run({"--config", "/nonexistent/kiosk.json"});
  CHECK(config.exit_code == 2);
  CHECK(config.output.find("config file /nonexistent/kiosk.json: cannot be read") != std::string::npos);
  const auto lang = run({"--lang", "de"});
  CHECK(lang.exit_code == 1);
  CHECK(lang.output.find("--lang expects en, ru or kk") != std::string::npos);
}
