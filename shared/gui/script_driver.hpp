#pragma once
// ScriptDriver: runs a Script (script_steps.hpp, the vocabulary) in a GUI
// program, one action at a time, with real input: the pointer moved onto a
// registered widget's rectangle and a button press and release delivered
// through Dear ImGui's GLFW callbacks, characters and keys through the same
// path a keyboard or a QR scanner takes. What it waits on, it reads from the
// last complete frame: the widgets drawn (WidgetRegistry), the text drawn
// (DrawnText) and what the program says of itself (ScriptFrame).
//
// Use: load the script before the window opens (a bad line then stops the
// program before it shows anything), hand each rendered frame to
// saw_frame() (AppWindow::watch_frames), and call step() once per frame after
// the registry's begin_frame(), before drawing. When step() says done the
// script is over (after quit the window has been asked to close); when it
// says failed, the window has been asked to close, error() says why, and the
// program exits with kScriptFailedExit.
//
// Threading: UI thread only.

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>

#include "shared/gui/drawn_text.hpp"
#include "shared/gui/script_steps.hpp"
#include "shared/gui/touch_widgets.hpp"

struct GLFWwindow;

namespace kezek::gui {

// What the program says of itself on this frame.
struct ScriptFrame {
  std::string_view screen;  // its name for what it shows (expect_screen)
  bool idle = false;        // every request answered and the view fresh (wait_idle)
};

class ScriptDriver {
 public:
  enum class Status { running, done, failed };

  // `png_lock` guards stb_image_write's process-wide settings against the
  // program's other PNG writers.
  ScriptDriver(Script script, GLFWwindow* window, std::mutex& png_lock);

  // The frame just rendered: what text it drew.
  void saw_frame(const ImDrawData& frame) { drawn_.read(frame); }
  // Advances by at most one action.
  Status step(const WidgetRegistry& widgets, const ScriptFrame& frame);
  // "FILE:LINE: why" after a failure.
  const std::string& error() const { return error_; }

 private:
  using Clock = std::chrono::steady_clock;

  Status tap(const ScriptStep& s, const WidgetRegistry& widgets, const ScriptFrame& frame);
  Status key(const ScriptStep& s);
  // Moves on when `met`; fails with `why()` once the patience has run out.
  template <typename Why>
  Status until(bool met, const ScriptStep& s, Why why);
  Status fail(const ScriptStep& s, const std::string& why);
  Status next();
  double waited() const;

  Script script_;
  GLFWwindow* window_;
  std::mutex& png_lock_;
  DrawnText drawn_;
  std::size_t current_ = 0;
  int phase_ = 0;   // of a tap or a key: how far the press has gone
  int frames_ = 0;  // frames spent in the current phase
  double patience_ = 20.0;
  Clock::time_point started_ = Clock::now();
  std::string error_;
};

}  // namespace kezek::gui
