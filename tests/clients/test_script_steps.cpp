// The GUI programs' one script vocabulary (shared/gui/script_steps.hpp): what
// each line reads as, and that a bad line is refused naming the file and line.
#include <doctest/doctest.h>

#include <GLFW/glfw3.h>

#include <string>

#include "shared/gui/script_steps.hpp"

namespace kezek_clients_script_steps {

namespace {

using kezek::gui::parse_script;
using kezek::gui::ScriptError;
using Kind = kezek::gui::ScriptStep::Kind;

// The message of the ScriptError that `text` raises; empty when it parses.
std::string refusal(const std::string& text) {
  try {
    parse_script(text, "day.txt");
  } catch (const ScriptError& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("script steps: every verb of the vocabulary reads as its step, comments and blank lines skipped") {
  const auto script = parse_script(
      "# a visitor takes a ticket\n"
      "\n"
      "tap service:iin\n"
      "type K7M-4QX  \n"
      "key enter\n"
      "key F6\n"
      "key escape\n"
      "wait_idle\n"
      "expect_screen ticket\n"
      "expect_text Your ticket\n"
      "expect_enabled done\n"
      "expect_disabled tier:standard\n"
      "expect_absent check_in\n"
      "patience 2.5\n"
      "wait 0.5\n"
      "screenshot /tmp/shots/ticket.png\n"
      "quit\n",
      "day.txt");
  REQUIRE(script.steps.size() == 15);
  CHECK(script.steps[0].kind == Kind::tap);
  CHECK(script.steps[0].arg == "service:iin");
  CHECK(script.steps[0].line == 3);
  CHECK(script.steps[1].kind == Kind::type);
  CHECK(script.steps[1].arg == "K7M-4QX");
  CHECK(script.steps[2].key == GLFW_KEY_ENTER);
  CHECK(script.steps[3].key == GLFW_KEY_F6);
  CHECK(script.steps[4].key == GLFW_KEY_ESCAPE);
  CHECK(script.steps[5].kind == Kind::wait_idle);
  CHECK(script.steps[6].kind == Kind::expect_screen);
  CHECK(script.steps[7].kind == Kind::expect_text);
  CHECK(script.steps[7].arg == "Your ticket");  // the whole rest of the line, spaces inside kept
  CHECK(script.steps[8].kind == Kind::expect_enabled);
  CHECK(script.steps[9].kind == Kind::expect_disabled);
  CHECK(script.steps[10].kind == Kind::expect_absent);
  CHECK(script.steps[11].kind == Kind::patience);
  CHECK(script.steps[11].seconds == doctest::Approx(2.5));
  CHECK(script.steps[12].kind == Kind::wait);
  CHECK(script.steps[13].kind == Kind::screenshot);
  CHECK(script.steps[13].arg == "/tmp/shots/ticket.png");
  CHECK(script.steps[14].kind == Kind::quit);
  CHECK(kezek::gui::where(script, script.steps[14]) == "day.txt:17");
}

TEST_CASE("script steps: a bad line is refused with the file, the line and why") {
  CHECK(refusal("tap take_ticket\nfly away\n") == "day.txt:2: unknown step \"fly\"");
  CHECK(refusal("key F13\n") == "day.txt:1: key takes enter, backspace, escape, tab or F1 to F12, got \"F13\"");
  CHECK(refusal("key\n") == "day.txt:1: key takes enter, backspace, escape, tab or F1 to F12, got \"\"");
  CHECK(refusal("\n\nwait soon\n") == "day.txt:3: wait takes seconds, got \"soon\"");
  CHECK(refusal("patience -1\n") == "day.txt:1: patience takes seconds, got \"-1\"");
  CHECK(refusal("tap\n") == "day.txt:1: tap takes one id or name, got \"\"");
  CHECK(refusal("tap take ticket\n") == "day.txt:1: tap takes one id or name, got \"take ticket\"");
  CHECK(refusal("type\n") == "day.txt:1: type needs an argument");
  CHECK(refusal("wait_idle now\n") == "day.txt:1: wait_idle takes nothing after it, got \"now\"");
  // The old console's action words are not steps: a tap on the widget is.
  CHECK(refusal("transfer counter 7\n") == "day.txt:1: unknown step \"transfer\"");
  CHECK(refusal("tap take_ticket\n").empty());
}

TEST_CASE("script steps: a script that cannot be read says so with its name") {
  try {
    kezek::gui::load_script("/nonexistent/day.txt");
    FAIL("a missing script was read");
  } catch (const ScriptError& e) {
    CHECK(std::string(e.what()) == "/nonexistent/day.txt: cannot read the script");
  }
}

}  // namespace kezek_clients_script_steps
