#include "shared/gui/script_driver.hpp"

#include "shared/gui/code_points.hpp"

#include <backends/imgui_impl_glfw.h>
#include <imgui.h>
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <stb_image_write.h>  // the implementation is compiled once, in shared/gui/app_window.cpp

#include <filesystem>
#include <vector>

namespace kezek::gui {
namespace {

// The last frame shown. The step runs before this frame is rendered (ImGui
// renders after the draw callback returns), and a software-rendered X window
// (Xvfb) swaps by copying, so the back buffer still holds the last frame.
bool save_last_frame(GLFWwindow* window, const std::filesystem::path& file, std::mutex& png_lock) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  const std::lock_guard lock(png_lock);
  stbi_flip_vertically_on_write(1);  // OpenGL's rows run bottom-up
  const bool ok = stbi_write_png(file.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
  stbi_flip_vertically_on_write(0);
  return ok;
}

// The widgets of the last frame, for a message saying what was there instead.
std::string drawn_ids(const WidgetRegistry& widgets) {
  std::string ids;
  for (const WidgetRect& r : widgets.last_frame()) ids += " " + r.id + (r.enabled ? "" : "(disabled)");
  return ids.empty() ? " nothing" : ids;
}

}  // namespace

ScriptDriver::ScriptDriver(Script script, GLFWwindow* window, std::mutex& png_lock)
    : script_(std::move(script)), window_(window), png_lock_(png_lock) {}

ScriptDriver::Status ScriptDriver::next() {
  ++current_;
  phase_ = 0;
  frames_ = 0;
  started_ = Clock::now();
  return Status::running;
}

double ScriptDriver::waited() const { return std::chrono::duration<double>(Clock::now() - started_).count(); }

ScriptDriver::Status ScriptDriver::fail(const ScriptStep& s, const std::string& why) {
  error_ = where(script_, s) + ": " + why;
  glfwSetWindowShouldClose(window_, GLFW_TRUE);
  return Status::failed;
}

template <typename Why>
ScriptDriver::Status ScriptDriver::until(bool met, const ScriptStep& s, Why why) {
  if (met) return next();
  if (waited() > patience_) return fail(s, why());
  return Status::running;
}

ScriptDriver::Status ScriptDriver::tap(const ScriptStep& s, const WidgetRegistry& widgets, const ScriptFrame& frame) {
  if (phase_ == 0) {
    const WidgetRect* rect = widgets.find(s.arg);
    if (rect == nullptr || !rect->enabled) {
      return until(false, s, [&] {
        return "no enabled widget \"" + s.arg + "\" on screen " + std::string(frame.screen) +
               "; drawn:" + drawn_ids(widgets);
      });
    }
    const ImVec2 at = rect->centre();
    // GLFW moves the pointer only for a focused window; under a bare X
    // server (no window manager) nobody else gives it focus.
    glfwFocusWindow(window_);
    glfwSetCursorPos(window_, at.x, at.y);
    ImGui_ImplGlfw_CursorEnterCallback(window_, GLFW_TRUE);
    phase_ = 1;
    frames_ = 0;
  } else if (phase_ == 1 && frames_ >= 2) {  // ImGui has seen the pointer there
    ImGui_ImplGlfw_MouseButtonCallback(window_, GLFW_MOUSE_BUTTON_LEFT, GLFW_PRESS, 0);
    phase_ = 2;
    frames_ = 0;
  } else if (phase_ == 2 && frames_ >= 1) {  // held for a frame; the backend reads it released next
    ImGui_ImplGlfw_MouseButtonCallback(window_, GLFW_MOUSE_BUTTON_LEFT, GLFW_RELEASE, 0);
    phase_ = 3;
    frames_ = 0;
  } else if (phase_ == 3 && frames_ >= 2) {  // the program has acted on the click
    return next();
  }
  return Status::running;
}

ScriptDriver::Status ScriptDriver::key(const ScriptStep& s) {
  if (phase_ == 0) {
    ImGui_ImplGlfw_KeyCallback(window_, s.key, 0, GLFW_PRESS, 0);
    phase_ = 1;
    frames_ = 0;
  } else if (frames_ >= 2) {  // ImGui reads key state once per frame: held across one
    ImGui_ImplGlfw_KeyCallback(window_, s.key, 0, GLFW_RELEASE, 0);
    return next();
  }
  return Status::running;
}

ScriptDriver::Status ScriptDriver::step(const WidgetRegistry& widgets, const ScriptFrame& frame) {
  using Kind = ScriptStep::Kind;
  // Past the last step the program carries on as the script left it (a
  // training demo hands over to a person); only quit closes it.
  if (current_ >= script_.steps.size()) return Status::done;
  const ScriptStep& s = script_.steps[current_];
  ++frames_;
  const std::string screen(frame.screen);
  auto widget_state = [&] {
    const WidgetRect* rect = widgets.find(s.arg);
    return rect == nullptr ? std::string("not drawn") : rect->enabled ? "enabled" : "disabled";
  };
  switch (s.kind) {
    case Kind::tap: return tap(s, widgets, frame);
    case Kind::key: return key(s);
    case Kind::type:
      for (unsigned int c : code_points(s.arg)) ImGui_ImplGlfw_CharCallback(window_, c);
      return next();
    case Kind::expect_enabled: {
      const WidgetRect* rect = widgets.find(s.arg);
      return until(rect != nullptr && rect->enabled, s, [&] {
        return "\"" + s.arg + "\" is " + widget_state() + " on screen " + screen + "; drawn:" + drawn_ids(widgets);
      });
    }
    case Kind::expect_disabled: {
      const WidgetRect* rect = widgets.find(s.arg);
      return until(rect != nullptr && !rect->enabled, s, [&] {
        return "\"" + s.arg + "\" is " + widget_state() + " on screen " + screen + "; drawn:" + drawn_ids(widgets);
      });
    }
    case Kind::expect_absent:
      return until(widgets.find(s.arg) == nullptr, s,
                   [&] { return "\"" + s.arg + "\" is still drawn on screen " + screen; });
    case Kind::wait_idle:
      return until(frame.idle, s, [&] { return std::string("the program never became idle (requests unanswered)"); });
    case Kind::expect_screen:
      return until(frame.screen == s.arg, s, [&] { return "expected screen " + s.arg + ", still on " + screen; });
    case Kind::expect_text:
      return until(drawn_.shows(s.arg), s, [&] {
        return "\"" + s.arg + "\" is not drawn on screen " + screen + "; drawn (without spaces): " + drawn_.text();
      });
    case Kind::patience: patience_ = s.seconds; return next();
    case Kind::wait:
      if (waited() >= s.seconds) return next();
      return Status::running;
    case Kind::screenshot:
      // A few frames first, so the screen has settled and been shown.
      if (frames_ < 4) return Status::running;
      if (drawn_.missing_glyphs() > 0)
        return fail(s, std::to_string(drawn_.missing_glyphs()) + " characters were drawn as boxes (missing glyphs)");
      if (!save_last_frame(window_, s.arg, png_lock_)) return fail(s, "cannot write " + s.arg);
      return next();
    case Kind::quit:
      current_ = script_.steps.size();
      glfwSetWindowShouldClose(window_, GLFW_TRUE);
      return Status::done;
  }
  return Status::running;
}

}  // namespace kezek::gui
