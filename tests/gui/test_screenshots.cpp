// The three GUI programs, really run under the X display (Xvfb in CI) with no
// server to talk to, at three moments of the week (morning, lunch, a Saturday):
// each must still start, draw a whole frame (not a blank one) and write its PNG
// to build/screenshots/*-no-server-*.png for a person to look at. With no
// server they know no hours, so the three look alike by design; the states as
// the server gives them are shot in test_kiosk_screens (home-lunch, home-closed),
// test_display_screens (display-lunch, display-closed) and
// test_staff_screenshots.
#include <doctest/doctest.h>
#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "tests/support/run_program.hpp"

namespace kezek_gui_screenshots {

namespace {

struct Shot {
  int width = 0, height = 0;
  std::size_t distinct_colours = 0;
};

Shot load_shot(const std::filesystem::path& file) {
  Shot shot;
  int channels = 0;
  unsigned char* pixels = stbi_load(file.c_str(), &shot.width, &shot.height, &channels, 4);
  REQUIRE_MESSAGE(pixels != nullptr, "cannot read " << file);
  std::set<std::uint32_t> colours;
  for (int i = 0; i < shot.width * shot.height; i += 7) {
    const unsigned char* p = pixels + static_cast<std::size_t>(i) * 4;
    colours.insert(static_cast<std::uint32_t>(p[0] << 16 | p[1] << 8 | p[2]));
  }
  stbi_image_free(pixels);
  shot.distinct_colours = colours.size();
  return shot;
}

void shoot_program(const char* binary, const std::string& name, const char* now) {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  const std::filesystem::path file = std::filesystem::path(KEZEK_SCREENSHOT_DIR) / (name + ".png");
  std::filesystem::remove(file);
  const auto result = kezek::testing::run_program(
      {binary, "--now", now, "--windowed", "--size", "1920x1080", "--screenshot", file.string()});
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  const Shot shot = load_shot(file);
  CHECK(shot.width == 1920);
  CHECK(shot.height == 1080);
  // Text in several colours on the background: far more than a blank frame's one.
  CHECK(shot.distinct_colours > 20);
}

constexpr const char* kOpenTime = "2026-11-24T10:00:00+05:00";
constexpr const char* kLunchTime = "2026-11-24T13:10:00+05:00";
constexpr const char* kClosedTime = "2026-11-28T12:00:00+05:00";  // a Saturday

}  // namespace

TEST_CASE("screenshot: with no server the kiosk draws whole frames in the morning, at lunch and on a Saturday") {
  shoot_program(KEZEK_KIOSK_BINARY, "kiosk-no-server-morning", kOpenTime);
  shoot_program(KEZEK_KIOSK_BINARY, "kiosk-no-server-lunch", kLunchTime);
  shoot_program(KEZEK_KIOSK_BINARY, "kiosk-no-server-saturday", kClosedTime);
}

TEST_CASE("screenshot: with no server the wall display draws whole frames in the morning, at lunch and on a Saturday") {
  shoot_program(KEZEK_DISPLAY_BINARY, "display-no-server-morning", kOpenTime);
  shoot_program(KEZEK_DISPLAY_BINARY, "display-no-server-lunch", kLunchTime);
  shoot_program(KEZEK_DISPLAY_BINARY, "display-no-server-saturday", kClosedTime);
}

TEST_CASE(
    "screenshot: with no server the staff console draws whole frames in the morning, at lunch and on a Saturday") {
  shoot_program(KEZEK_STAFF_BINARY, "staff-no-server-morning", kOpenTime);
  shoot_program(KEZEK_STAFF_BINARY, "staff-no-server-lunch", kLunchTime);
  shoot_program(KEZEK_STAFF_BINARY, "staff-no-server-saturday", kClosedTime);
}

TEST_CASE("screenshot: a bad --now is refused with a readable message") {
  const auto result =
      kezek::testing::run_program({KEZEK_KIOSK_BINARY, "--now", "tomorrow", "--screenshot", "/dev/null"});
  CHECK(result.exit_code == 1);
  CHECK(result.output.find("--now expects") != std::string::npos);
}

}  // namespace kezek_gui_screenshots
