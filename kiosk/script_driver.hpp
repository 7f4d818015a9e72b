#pragma once
// A test driver built into the kiosk (--script FILE): it presses on-screen
// widgets by their registered id with real input — the pointer moved onto the
// widget's rectangle and a button press and release delivered through Dear
// ImGui's GLFW callbacks, characters and keys through the same path a
// keyboard or QR scanner takes. One step per line:
//   tap ID             wait until ID is drawn and enabled (20 s at most), press it
//   type TEXT          type the characters
//   key enter          press and release Enter (also: backspace)
//   wait SECONDS       let time pass
//   wait_for ID        wait until ID is drawn and enabled
//   expect_screen NAME wait until that screen shows (home, groups, services,
//                      service_card, ticket, appointment, booking)
//   screenshot FILE    write the screen as PNG
//   quit               close the kiosk (exit code 0)
// Blank lines and lines starting with # are skipped. A step that cannot
// finish fails the run: the kiosk exits with code 3 and says why.
//
// Threading: UI thread only; step() is called once per frame.

#include <chrono>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "shared/gui/touch_widgets.hpp"

struct GLFWwindow;

namespace kezek::kiosk {

class ScriptDriver {
 public:
  enum class Status { running, done, failed };

  // Throws std::invalid_argument naming the file and line of a bad step.
  static ScriptDriver load(const std::filesystem::path& file);

  // Advances by at most one action; call at the start of each frame's drawing.
  Status step(GLFWwindow* window, const gui::WidgetRegistry& widgets, std::string_view screen, std::mutex& stb_lock);
  const std::string& error() const { return error_; }

 private:
  struct Step {
    enum class Kind { tap, type, key, wait, wait_for, expect_screen, screenshot, quit };
    Kind kind;
    std::string arg;
    double seconds = 0;
    int line = 0;
  };
  using Clock = std::chrono::steady_clock;

  Status fail(const Step& s, const std::string& why);
  void next();
  bool timed_out(double seconds) const;

  std::filesystem::path file_;
  std::vector<Step> steps_;
  std::size_t current_ = 0;
  int phase_ = 0;
  int frames_ = 0;  // frames spent in the current phase
  Clock::time_point started_ = Clock::now();
  std::string error_;
};

}  // namespace kezek::kiosk
