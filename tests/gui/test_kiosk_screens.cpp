// Every kiosk screen, drawn by the real kezek-kiosk under X from a canned state
// (--screen NAME, no server), in English, Russian and Kazakh, written to
// build/screenshots/kiosk/ for a person to look at. Each run is driven by a
// --script that first asserts what the screen is for on what was drawn — the
// screen, its words in that language, which buttons are there and which can
// be pressed — and fails the run (exit code 3) when it is not so; its
// screenshot also fails on any text drawn with a glyph the fonts lack.
// Landscape on the shared display; portrait (1080×1920) and square
// (1080×1080) each on a display of their own. Home at lunch and on a closed
// day is drawn from the real server's word, as the kiosk shows it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kiosk/kiosk_strings.hpp"
#include "shared/i18n/centre_status_text.hpp"
#include "tests/gui/test_kiosk_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/xvfb_display.hpp"

namespace kezek_gui_kiosk_screens {

namespace {

namespace fs = std::filesystem;
using kezek::catalog::Lang;
using kezek::kiosk::S;
using kezek::testing::TempDir;
using kezek::testing::XvfbDisplay;

constexpr const char* kTuesdayMorning = "2026-11-24T10:00:00+05:00";
const std::vector<Lang> kLangs = {Lang::en, Lang::ru, Lang::kk};

std::string code(Lang lang) { return std::string(kezek::catalog::to_string(lang)); }

fs::path kiosk_shot_path(const std::string& name) { return fs::path(KEZEK_SCREENSHOT_DIR) / "kiosk" / (name + ".png"); }

// Script steps saying what a screen shows, in one language.
class Expect {
 public:
  explicit Expect(Lang lang) : lang_(lang) {}
  Expect& screen(const std::string& name) { return add("expect_screen " + name); }
  // A kiosk text, up to its first blank to fill in ("Come back on: {}").
  Expect& says(S key) {
    const std::string_view text = kezek::kiosk::tr(key, lang_);
    return says(std::string(text.substr(0, text.find("{}"))));
  }
  Expect& says(const std::string& text) { return add("expect_text " + text); }
  Expect& enabled(const std::string& id) { return add("expect_enabled " + id); }
  Expect& disabled(const std::string& id) { return add("expect_disabled " + id); }
  Expect& absent(const std::string& id) { return add("expect_absent " + id); }
  const std::vector<std::string>& steps() const { return steps_; }

 private:
  Expect& add(std::string step) {
    steps_.push_back(std::move(step));
    return *this;
  }
  Lang lang_;
  std::vector<std::string> steps_;
};

// What each canned screen (kiosk/demo_states.cpp) is for, as drawn in `lang`.
std::vector<std::string> what_it_shows(const std::string& screen, Lang lang) {
  Expect e(lang);
  if (screen == "home") {
    e.screen("home").says(S::welcome).enabled("take_ticket").enabled("have_appointment").enabled("check_booking");
  } else if (screen == "home_offline") {
    // Browsing still works; what needs the server does not.
    e.screen("home")
        .says(S::offline_short)
        .enabled("take_ticket")
        .disabled("have_appointment")
        .disabled("check_booking");
  } else if (screen == "home_other_protocol") {
    e.screen("home")
        .says(S::protocol_mismatch)
        .disabled("take_ticket")
        .disabled("have_appointment")
        .disabled("check_booking");
  } else if (screen == "groups") {
    e.screen("groups").says(S::choose_group).enabled("group:work_visa").enabled("group:other_services");
  } else if (screen == "services") {
    e.screen("services").says(S::choose_service).enabled("service:work_visa_in_country");
  } else if (screen == "service") {
    // Two documents ticked: "ready: 2 / ..."
    e.screen("service_card")
        .says(S::documents_to_bring)
        .says(kezek::kiosk::trf(S::documents_tick_hint, lang, {"2", ""}));
    e.enabled("doc:0").enabled("tier:standard");
  } else if (screen == "service_iin") {
    e.screen("service_card").says(S::documents_to_bring).enabled("tier:standard");
  } else if (screen == "extension_entry") {
    e.screen("service_card").says(S::expiry_prompt).enabled("digit:1").absent("tier:standard");
  } else if (screen == "extension_within") {
    e.screen("service_card").says(S::extension_within).enabled("change_date").enabled("tier:standard");
  } else if (screen == "extension_too_early") {
    e.screen("service_card").says(S::extension_too_early).enabled("change_date").absent("tier:standard");
  } else if (screen == "extension_too_late") {
    e.screen("service_card").says(S::extension_too_late).enabled("change_date").absent("tier:standard");
  } else if (screen == "extension_checking") {
    e.screen("service_card").says(S::extension_checking).absent("tier:standard");
  } else if (screen == "ticket") {
    e.screen("ticket").says(S::your_ticket).says("O-007").says(S::printed).enabled("done");
  } else if (screen == "ticket_after_lunch") {
    e.screen("ticket").says("O-007").says(S::after_lunch).says(S::print_failed).enabled("done");
  } else if (screen == "checked_in") {
    e.screen("ticket").says("W-012").says(S::checked_in_at).enabled("done");
  } else if (screen == "not_today") {
    e.screen("ticket").says(S::not_today_title).enabled("done");
  } else if (screen == "appointment") {
    // Four characters of six typed: not yet a code to check in with.
    e.screen("appointment").says(S::enter_code).disabled("check_in");
  } else if (screen == "appointment_too_early") {
    e.screen("appointment").says(S::code_too_early);
  } else if (screen == "appointment_too_late") {
    e.screen("appointment").says(S::code_too_late).enabled("take_standard").absent("check_in");
  } else if (screen == "booking") {
    e.screen("booking").says(S::your_booking).says(S::documents_to_bring);
  } else {
    FAIL("no expectations written for the screen " << screen);
  }
  return e.steps();
}

// Runs `argv` with a script of `steps`, then a screenshot to `file` and quit.
kezek::testing::ProgramResult run_scripted(std::vector<std::string> argv, const std::vector<std::string>& steps,
                                           const fs::path& file) {
  const TempDir dir;
  const fs::path script = dir.path() / "screen.txt";
  {
    std::ofstream out(script);
    for (const std::string& step : steps) out << step << "\n";
    out << "screenshot " << file.string() << "\nquit\n";
  }
  argv.insert(argv.end(), {"--script", script.string()});
  return kezek::testing::run_program(argv);
}

// Draws the canned `screen` on `display` (nullptr: the test's own DISPLAY),
// checks what it shows, and that the PNG has the screen's size.
void shoot_kiosk(const std::string& screen, Lang lang, const std::string& file_name, int width, int height,
                 const XvfbDisplay* display) {
  const fs::path file = kiosk_shot_path(file_name);
  fs::create_directories(file.parent_path());
  fs::remove(file);
  std::vector<std::string> argv = {KEZEK_KIOSK_BINARY, "--now",   kTuesdayMorning, "--screen", screen,
                                   "--lang",           code(lang)};
  if (display == nullptr) {
    REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                    "the GUI tests need an X display: run them through ./kezek.sh test");
    argv.insert(argv.end(), {"--windowed", "--size", std::to_string(width) + "x" + std::to_string(height)});
  } else {
    argv = display->on_display(argv);  // full screen on a display of exactly that size
  }
  const auto result = run_scripted(argv, what_it_shows(screen, lang), file);
  INFO(screen << " in " << code(lang) << ": " << result.output);
  CHECK(result.exit_code == 0);  // 3 when something was not as expected or a glyph was missing
  const auto png = kezek::testing::look_at_png(file);
  CHECK(png.width == width);
  CHECK(png.height == height);
}

void landscape_in_all_languages(const std::string& screen) {
  for (Lang lang : kLangs) shoot_kiosk(screen, lang, screen + "-" + code(lang), 1920, 1080, nullptr);
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

TEST_CASE("kiosk screen home: at lunch and on a closed day as the server says, in en, ru, kk") {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  struct Moment {
    const char* name;
    const char* now;
    kezek::CentreState state;
    bool day_off;
  };
  for (const Moment& m : {Moment{"lunch", "2026-11-24T13:10:00+05:00", kezek::CentreState::lunch, false},
                          Moment{"closed", "2026-12-16T11:00:00+05:00", kezek::CentreState::closed, true}}) {
    // Independence Day: the server's calendar knows it; the kiosk learns it from the server.
    const TempDir data;
    kezek::testing::ServerProcess server(data.path(), kezek::testing::at(m.now));
    for (Lang lang : kLangs) {
      Expect e(lang);
      e.screen("home").says(kezek::i18n::state_name(m.state, lang));
      if (m.day_off)
        e.says(std::string(kezek::kiosk::tr(S::today_hours, lang)) + ": " +
               std::string(kezek::kiosk::tr(S::closed_today, lang)));
      const fs::path file = kiosk_shot_path(std::string("home-") + m.name + "-" + code(lang));
      fs::create_directories(file.parent_path());
      fs::remove(file);
      const auto result =
          run_scripted({KEZEK_KIOSK_BINARY, "--server", server.address(), "--token", server.token("kiosk"), "--now",
                        m.now, "--lang", code(lang), "--printer", "none", "--windowed", "--size", "1920x1080"},
                       e.steps(), file);
      INFO(m.name << " in " << code(lang) << ": " << result.output);
      CHECK(result.exit_code == 0);
      CHECK(kezek::testing::look_at_png(file).width == 1920);
    }
  }
}

TEST_CASE("kiosk screens: portrait 1080x1920 in en, ru, kk") {
  const XvfbDisplay display(1080, 1920);
  for (const char* screen : {"home", "groups", "services", "service", "extension_entry", "extension_within", "ticket",
                             "not_today", "appointment", "booking"}) {
    for (Lang lang : kLangs)
      shoot_kiosk(screen, lang, std::string(screen) + "-" + code(lang) + "-portrait", 1080, 1920, &display);
  }
}

TEST_CASE("kiosk screens: square 1080x1080 in en, ru, kk") {
  const XvfbDisplay display(1080, 1080);
  for (const char* screen : {"home", "service", "extension_entry", "ticket", "appointment"}) {
    for (Lang lang : kLangs)
      shoot_kiosk(screen, lang, std::string(screen) + "-" + code(lang) + "-square", 1080, 1080, &display);
  }
}

TEST_CASE("kiosk script: a step that is not so fails the run with exit code 3, naming the file and line") {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  const TempDir dir;
  const fs::path script = dir.path() / "wrong.txt";
  // The home screen does offer a ticket: expecting its button disabled must fail.
  std::ofstream(script) << "expect_screen home\npatience 1\nexpect_disabled take_ticket\nquit\n";
  const auto result = kezek::testing::run_program({KEZEK_KIOSK_BINARY, "--now", kTuesdayMorning, "--screen", "home",
                                                   "--windowed", "--size", "1280x720", "--script", script.string()});
  INFO(result.output);
  CHECK(result.exit_code == 3);
  CHECK(result.output.find(script.string() + ":3: \"take_ticket\" is enabled on screen home") != std::string::npos);
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
  // A bad script line stops the kiosk before a window opens, as it does the staff console.
  const TempDir dir;
  const fs::path bad = dir.path() / "bad.txt";
  std::ofstream(bad) << "tap take_ticket\nwait_for done\n";
  const auto script = run({"--screen", "home", "--script", bad.string()});
  CHECK(script.exit_code == 3);
  CHECK(script.output.find(bad.string() + ":2: unknown step \"wait_for\"") != std::string::npos);
}

}  // namespace kezek_gui_kiosk_screens
