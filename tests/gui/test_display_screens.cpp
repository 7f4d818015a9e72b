// The wall display's states as screenshots under Xvfb, written to
// build/screenshots/display-*.png for a person to look at: a fresh call
// (flashing), a full history in each language, reconnecting (from demo board
// files), and lunch and closed (against the real server at 13:10 and on a
// Saturday). Each image is also checked where a state shows itself in colour:
// the call card, the Centre's state strip, the reconnecting mark.
#include <doctest/doctest.h>
#include <stb_image.h>

#include <boost/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "shared/protocol/event_frame.hpp"
#include "tests/support/api_session.hpp"
#include "tests/support/run_program.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_gui_display_screens {

namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using kezek::testing::ApiSession;

struct Rgb {
  int r = 0, g = 0, b = 0;
};

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;  // RGBA

  Rgb at(int x, int y) const {
    const unsigned char* p = pixels.data() + (static_cast<std::size_t>(y) * width + x) * 4;
    return {p[0], p[1], p[2]};
  }
  // How many pixels of the rectangle are within `tolerance` of `colour`.
  double share_near(int x0, int y0, int x1, int y1, Rgb colour, int tolerance = 24) const {
    int near = 0, all = 0;
    for (int y = y0; y < y1; y += 3) {
      for (int x = x0; x < x1; x += 3) {
        const Rgb c = at(x, y);
        ++all;
        if (std::abs(c.r - colour.r) <= tolerance && std::abs(c.g - colour.g) <= tolerance &&
            std::abs(c.b - colour.b) <= tolerance)
          ++near;
      }
    }
    return all == 0 ? 0.0 : static_cast<double>(near) / all;
  }
};

Image load(const fs::path& file) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(file.c_str(), &image.width, &image.height, &channels, 4);
  REQUIRE_MESSAGE(data != nullptr, "cannot read " << file);
  image.pixels.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

// The theme's colours (shared/gui/theme.hpp) as 8-bit RGB.
constexpr Rgb kNavy{15, 41, 84};
constexpr Rgb kTeal{0, 115, 140};
constexpr Rgb kOpenColour{26, 140, 64};
constexpr Rgb kLunchColour{217, 140, 13};
constexpr Rgb kClosedColour{191, 38, 38};
constexpr Rgb kWarning{204, 51, 26};

fs::path display_shot_path(const std::string& name) { return fs::path(KEZEK_SCREENSHOT_DIR) / (name + ".png"); }

Image shoot_display(const std::string& name, std::vector<std::string> args) {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  const fs::path file = display_shot_path(name);
  fs::remove(file);
  std::vector<std::string> argv = {KEZEK_DISPLAY_BINARY, "--windowed", "--size", "1920x1080", "--mute",
                                   "--screenshot",       file.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto result = kezek::testing::run_program(argv);
  INFO(name << ": " << result.output);
  REQUIRE(result.exit_code == 0);  // also: no text drawn with a missing glyph
  Image image = load(file);
  REQUIRE(image.width == 1920);
  REQUIRE(image.height == 1080);
  return image;
}

json::object group(const char* id, const char* letter, const char* en, const char* ru, const char* kk, int count,
                   int wait) {
  return json::object{
      {"group", id},    {"letter", letter},         {"name", json::object{{"en", en}, {"ru", ru}, {"kk", kk}}},
      {"count", count}, {"longest_wait_min", wait}, {"estimated_wait_min", wait}};
}

json::array waiting() {
  return json::array{
      group("work_visa", "W", "Work visa", "Рабочая виза", "Жұмыс визасы", 3, 25),
      group("investor_visa", "I", "Investor visa", "Инвесторская виза", "Инвесторлық виза", 0, 0),
      group("temporary_residence", "T", "Temporary residence permit", "Разрешение на временное проживание",
            "Уақытша тұруға рұқсат", 5, 48),
      group("permanent_residence", "P", "Permanent residence permit", "Разрешение на постоянное проживание",
            "Тұрақты тұруға рұқсат", 1, 12),
      group("business_visa_short", "S", "Short-term business visa", "Краткосрочная деловая виза",
            "Қысқа мерзімді іскерлік виза", 0, 0),
      group("business_visa_long", "L", "Long-term business visa", "Долгосрочная деловая виза",
            "Ұзақ мерзімді іскерлік виза", 2, 18),
      group("visa_cancellation", "C", "Visa cancellation", "Аннулирование визы", "Визаның күшін жою", 0, 0),
      group("other_services", "O", "Other migration and tax services", "Другие миграционные и налоговые услуги",
            "Басқа көші-қон және салық қызметтері", 7, 35)};
}

// `calls` newest first: {number, counter, status, recalls}.
struct DemoCall {
  const char* number;
  int counter;
  const char* status;
  int recalls;
};

// The demo board as the server would send it (shared/protocol): open at noon
// on Tuesday 24 November 2026.
fs::path demo_file(const std::string& name, const std::vector<DemoCall>& calls, json::object display_options,
                   int protocol_version = kezek::protocol::kProtocolVersion) {
  using namespace kezek;
  using std::chrono::hours;
  protocol::Board board;
  board.status = protocol::test::tuesday_morning_status();
  board.status.now = *parse_iso8601("2026-11-24T12:00:00+05:00");
  board.status.next_opening = board.status.now;
  board.seq = 40;
  int minute = 59;
  for (const DemoCall& c : calls) {
    char at[40];
    std::snprintf(at, sizeof at, "2026-11-24T11:%02d:00+05:00", minute);
    minute -= 4;
    board.calls.push_back(protocol::BoardCall{c.number, "work_visa_in_country", c.counter,
                                              *domain::parse_ticket_status(c.status), *parse_iso8601(at), c.recalls});
  }
  board.waiting = json::value_to<std::vector<protocol::WaitingGroup>>(json::value(waiting()));
  json::object root = json::value_from(protocol::SnapshotFrame{40, protocol_version, board}).as_object();
  root["display"] = std::move(display_options);
  const fs::path file = fs::temp_directory_path() / ("kezek-display-" + name + ".json");
  std::ofstream(file) << json::serialize(root);
  return file;
}

const std::vector<DemoCall> kFullDay = {
    {"W-017", 3, "called", 0}, {"O-042", 6, "serving", 0}, {"T-008", 2, "serving", 0}, {"W-016", 1, "done", 0},
    {"L-003", 5, "done", 0},   {"O-041", 7, "no_show", 0}, {"P-002", 8, "done", 0},    {"W-015", 4, "done", 0},
    {"O-040", 6, "done", 0},   {"T-007", 2, "done", 0}};

constexpr const char* kNoon = "2026-11-24T12:00:00+05:00";

// The call card (left, under the state strip) and the state strip itself.
double card_share(const Image& image, Rgb colour) { return image.share_near(60, 230, 1150, 620, colour); }
double strip_share(const Image& image, Rgb colour) { return image.share_near(0, 132, 1920, 180, colour); }

}  // namespace

TEST_CASE("display screenshot: a fresh call flashes big, ticket and counter") {
  const fs::path demo = demo_file("fresh", kFullDay, json::object{{"flash", true}});
  const Image image =
      shoot_display("display-fresh-call", {"--demo-state", demo.string(), "--now", kNoon, "--lang", "en"});
  // At the flash's brightest the card is teal, with the white number on it.
  CHECK(card_share(image, kTeal) > 0.4);
  CHECK(image.share_near(60, 330, 1150, 560, Rgb{255, 255, 255}, 10) > 0.08);
  CHECK(strip_share(image, kOpenColour) > 0.5);
}

TEST_CASE("display screenshot: a full history in English, Russian and Kazakh") {
  std::vector<DemoCall> recalled = kFullDay;
  recalled.front().recalls = 1;
  const fs::path demo = demo_file("history", recalled, json::object{});
  for (const char* lang : {"en", "ru", "kk"}) {
    const Image image = shoot_display(std::string("display-history-") + lang,
                                      {"--demo-state", demo.string(), "--now", kNoon, "--lang", lang});
    CHECK(card_share(image, kNavy) > 0.4);  // steady: no flash
    // Eight rows of earlier calls in the white panel on the right: dark text on white.
    CHECK(image.share_near(1220, 330, 1880, 1000, Rgb{255, 255, 255}, 8) > 0.5);
    CHECK(image.share_near(1220, 330, 1880, 1000, kNavy, 40) +
              image.share_near(1220, 330, 1880, 1000, Rgb{97, 107, 128}, 40) >
          0.02);
  }
}

TEST_CASE("display screenshot: reconnecting keeps the last board and shows a small mark") {
  const fs::path demo = demo_file("reconnecting", kFullDay, json::object{{"link", "reconnecting"}});
  const Image image =
      shoot_display("display-reconnecting", {"--demo-state", demo.string(), "--now", kNoon, "--lang", "kk"});
  CHECK(image.share_near(1100, 1026, 1900, 1072, kWarning) > 0.3);  // the mark, bottom right
  CHECK(image.share_near(60, 1026, 1000, 1072, kWarning) < 0.05);   // and only there
  CHECK(card_share(image, kNavy) > 0.4);                            // the board is still shown
}

TEST_CASE("display screenshot: a bad demo file is a readable line, not a crash") {
  const fs::path bad = fs::temp_directory_path() / "kezek-display-bad.json";
  std::ofstream(bad) << R"({"board": {"calls": "none"}})";
  const Image image = shoot_display("display-bad-demo", {"--demo-state", bad.string(), "--now", kNoon, "--lang", "en"});
  CHECK(image.share_near(60, 1026, 1900, 1072, kWarning, 40) > 0.01);  // the problem in the ticker, in red
}

TEST_CASE("display screenshot: a board of another protocol version is not shown, and the ticker says why") {
  const fs::path demo = demo_file("protocol", kFullDay, json::object{}, kezek::protocol::kProtocolVersion + 1);
  const kezek::testing::ProgramResult run = kezek::testing::run_program(
      {KEZEK_DISPLAY_BINARY, "--windowed", "--size", "1920x1080", "--mute", "--screenshot",
       display_shot_path("display-protocol").string(), "--demo-state", demo.string(), "--now", kNoon, "--lang", "en"});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const Image image = load(display_shot_path("display-protocol"));
  CHECK(image.share_near(60, 1026, 1900, 1072, kWarning, 40) > 0.01);  // the problem in the ticker, in red
  CHECK(strip_share(image, kOpenColour) < 0.05);  // no state from a board we cannot read (it would say open at noon)
}

TEST_CASE("display screenshot: lunch and closed, from the real server") {
  struct Case {
    const char* name;
    const char* now;
    Rgb colour;
  };
  for (const Case& c : {Case{"display-lunch", "2026-11-24T13:10:00+05:00", kLunchColour},
                        Case{"display-closed", "2026-11-28T12:00:00+05:00", kClosedColour}}) {
    ApiSession api(kezek::testing::at(c.now));
    api.issue("work_visa_in_country");  // at lunch: issued for after the break
    api.issue("iin");
    const Image image = shoot_display(c.name, {"--server", api.server().address(), "--token",
                                               api.server().token("display"), "--now", c.now, "--lang", "ru"});
    CHECK(strip_share(image, c.colour) > 0.5);
    // The card tells the state (a coloured dot on navy), not a call.
    CHECK(card_share(image, kNavy) > 0.6);
    CHECK(image.share_near(60, 1026, 1900, 1072, kWarning) < 0.01);  // connected: no mark
  }
}

}  // namespace kezek_gui_display_screens
