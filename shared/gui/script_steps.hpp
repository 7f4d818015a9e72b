#pragma once
// The one script vocabulary of the GUI programs (--script FILE in the kiosk and
// the staff console), for scripted tests and training demos. Steps act as a
// person would — the pointer on a widget the program registered by a stable id
// (shared/gui/touch_widgets.hpp), keys and characters through Dear ImGui's GLFW
// callbacks — and wait on what the program shows, never on a guessed time.
// One step a line; blank lines and lines starting with # are skipped:
//   tap ID              wait until ID is drawn and enabled, then press and release it
//   type TEXT           type the characters (UTF-8), as a keyboard or a scanner would
//   key NAME            press and release enter, backspace, escape, tab or F1 ... F12
//   wait_idle           wait until the program is idle: every request answered and
//                       the view fresh (each program says what that means)
//   expect_screen NAME  wait until the program shows NAME (kiosk: home, groups,
//                       services, service_card, ticket, appointment, booking;
//                       console: setup, counter, transfer, supervisor)
//   expect_text TEXT    wait until TEXT is drawn (white space is not compared, so a
//                       wrapped line still matches)
//   expect_enabled ID   wait until ID is drawn and enabled
//   expect_disabled ID  wait until ID is drawn and disabled
//   expect_absent ID    wait until ID is not drawn
//   patience SECONDS    how long each later step may wait (default 20)
//   wait SECONDS        let time pass (a demo's pause; a test waits on a condition)
//   screenshot FILE     write the last frame as PNG (fails when a glyph was missing)
//   quit                close the program (exit code 0); without it the program
//                       carries on after the last step as the script left it
// A step that cannot finish in time fails the run: the program says which
// step of which file, and why, and exits with kScriptFailedExit (3). A bad line
// stops the program the same way before its window opens.
//
// Threading: plain values; no shared state.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kezek::gui {

// The exit code of a program whose script could not be read or did not run to its end.
inline constexpr int kScriptFailedExit = 3;

// "FILE:LINE: why" for a script that cannot be read or has a bad line.
class ScriptError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ScriptStep {
  enum class Kind {
    tap,
    type,
    key,
    wait_idle,
    expect_screen,
    expect_text,
    expect_enabled,
    expect_disabled,
    expect_absent,
    patience,
    wait,
    screenshot,
    quit
  };
  Kind kind = Kind::quit;
  std::string arg;     // the id, text, key name, screen name or file, as written
  int key = 0;         // key: the GLFW key code
  double seconds = 0;  // wait, patience
  int line = 0;        // 1-based, in `Script::file`
};

struct Script {
  std::filesystem::path file;  // named in every error
  std::vector<ScriptStep> steps;
};

// Throws ScriptError naming `file` and the line of the first bad step.
Script parse_script(std::string_view text, const std::filesystem::path& file);
// Reads and parses `file`; throws ScriptError when it cannot be read too.
Script load_script(const std::filesystem::path& file);

// "FILE:LINE" of a step, for messages.
std::string where(const Script& script, const ScriptStep& step);

}  // namespace kezek::gui
