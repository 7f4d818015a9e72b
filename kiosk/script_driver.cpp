#include "kiosk/script_driver.hpp"

#include <backends/imgui_impl_glfw.h>
#include <imgui.h>
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <stb_image_write.h>  // the implementation is compiled once, in shared/gui/app_window.cpp

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kezek::kiosk {
namespace {

constexpr double kPatience = 20.0;  // seconds a step may wait for the screen

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

// The last frame shown. The step runs before this frame is rendered (ImGui
// renders after the draw callback returns), and a software-rendered X window
// (Xvfb) swaps by copying, so the back buffer still holds the last frame.
bool save_last_frame(GLFWwindow* window, const std::filesystem::path& file, std::mutex& stb_lock) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  const std::lock_guard lock(stb_lock);
  stbi_flip_vertically_on_write(1);  // OpenGL's rows run bottom-up
  const bool ok = stbi_write_png(file.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
  stbi_flip_vertically_on_write(0);
  return ok;
}

std::string visible_ids(const gui::WidgetRegistry& widgets) {
  std::string ids;
  for (const gui::WidgetRect& r : widgets.last_frame()) ids += " " + r.id + (r.enabled ? "" : "(disabled)");
  return ids;
}

}  // namespace

ScriptDriver ScriptDriver::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::invalid_argument("cannot read the script " + file.string());
  ScriptDriver driver;
  driver.file_ = file;
  std::string text;
  int line = 0;
  while (std::getline(in, text)) {
    ++line;
    text = trim(text);
    if (text.empty() || text[0] == '#') continue;
    const auto space = text.find(' ');
    const std::string verb = text.substr(0, space);
    const std::string arg = space == std::string::npos ? std::string() : trim(text.substr(space + 1));
    Step step{Step::Kind::quit, arg, 0, line};
    auto need_arg = [&] {
      if (arg.empty())
        throw std::invalid_argument(file.string() + ":" + std::to_string(line) + ": " + verb + " needs an argument");
    };
    if (verb == "tap") {
      step.kind = Step::Kind::tap;
      need_arg();
    } else if (verb == "type") {
      step.kind = Step::Kind::type;
      need_arg();
    } else if (verb == "key") {
      step.kind = Step::Kind::key;
      if (arg != "enter" && arg != "backspace")
        throw std::invalid_argument(file.string() + ":" + std::to_string(line) + ": key expects enter or backspace");
    } else if (verb == "wait") {
      step.kind = Step::Kind::wait;
      try {
        step.seconds = std::stod(arg);
      } catch (const std::exception&) {
        throw std::invalid_argument(file.string() + ":" + std::to_string(line) + ": wait expects seconds, got \"" +
                                    arg + "\"");
      }
    } else if (verb == "wait_for") {
      step.kind = Step::Kind::wait_for;
      need_arg();
    } else if (verb == "expect_screen") {
      step.kind = Step::Kind::expect_screen;
      need_arg();
    } else if (verb == "screenshot") {
      step.kind = Step::Kind::screenshot;
      need_arg();
    } else if (verb == "quit") {
      step.kind = Step::Kind::quit;
    } else
      throw std::invalid_argument(file.string() + ":" + std::to_string(line) + ": unknown step \"" + verb + "\"");
    driver.steps_.push_back(std::move(step));
  }
  return driver;
}

void ScriptDriver::next() {
  ++current_;
  phase_ = 0;
  frames_ = 0;
  started_ = Clock::now();
}

bool ScriptDriver::timed_out(double seconds) const {
  return std::chrono::duration<double>(Clock::now() - started_).count() > seconds;
}

ScriptDriver::Status ScriptDriver::fail(const Step& s, const std::string& why) {
  error_ = file_.string() + ":" + std::to_string(s.line) + ": " + why;
  return Status::failed;
}

ScriptDriver::Status ScriptDriver::step(GLFWwindow* window, const gui::WidgetRegistry& widgets, std::string_view screen,
                                        std::mutex& stb_lock) {
  if (current_ >= steps_.size()) return Status::done;
  const Step& s = steps_[current_];
  ++frames_;
  switch (s.kind) {
    case Step::Kind::tap: {
      if (phase_ == 0) {
        const gui::WidgetRect* rect = widgets.find(s.arg);
        if (rect == nullptr || !rect->enabled) {
          if (timed_out(kPatience)) {
            return fail(s, "no enabled widget \"" + s.arg + "\" on screen " + std::string(screen) +
                               "; drawn:" + visible_ids(widgets));
          }
          return Status::running;
        }
        const ImVec2 at = rect->centre();
        // GLFW moves the pointer only for a focused window; under a bare X
        // server (no window manager) nobody else gives it focus.
        glfwFocusWindow(window);
        glfwSetCursorPos(window, at.x, at.y);
        ImGui_ImplGlfw_CursorEnterCallback(window, GLFW_TRUE);
        phase_ = 1;
        frames_ = 0;
      } else if (phase_ == 1 && frames_ >= 2) {  // ImGui has seen the pointer there
        ImGui_ImplGlfw_MouseButtonCallback(window, GLFW_MOUSE_BUTTON_LEFT, GLFW_PRESS, 0);
        phase_ = 2;
        frames_ = 0;
      } else if (phase_ == 2 && frames_ >= 1) {  // held for a frame; the backend reads it released next
        ImGui_ImplGlfw_MouseButtonCallback(window, GLFW_MOUSE_BUTTON_LEFT, GLFW_RELEASE, 0);
        phase_ = 3;
        frames_ = 0;
      } else if (phase_ == 3 && frames_ >= 2) {
        next();
      }
      return Status::running;
    }
    case Step::Kind::type:
      for (unsigned char c : s.arg) ImGui_ImplGlfw_CharCallback(window, c);
      next();
      return Status::running;
    case Step::Kind::key: {
      const int key = s.arg == "enter" ? GLFW_KEY_ENTER : GLFW_KEY_BACKSPACE;
      if (phase_ == 0) {
        ImGui_ImplGlfw_KeyCallback(window, key, 0, GLFW_PRESS, 0);
        phase_ = 1;
        frames_ = 0;
      } else if (frames_ >= 2) {
        ImGui_ImplGlfw_KeyCallback(window, key, 0, GLFW_RELEASE, 0);
        next();
      }
      return Status::running;
    }
    case Step::Kind::wait:
      if (timed_out(s.seconds)) next();
      return Status::running;
    case Step::Kind::wait_for: {
      const gui::WidgetRect* rect = widgets.find(s.arg);
      if (rect != nullptr && rect->enabled)
        next();
      else if (timed_out(kPatience))
        return fail(s, "\"" + s.arg + "\" never became available; drawn:" + visible_ids(widgets));
      return Status::running;
    }
    case Step::Kind::expect_screen:
      if (screen == s.arg)
        next();
      else if (timed_out(kPatience))
        return fail(s, "expected screen " + s.arg + ", still on " + std::string(screen));
      return Status::running;
    case Step::Kind::screenshot:
      // A few frames first, so the screen has settled and been shown.
      if (frames_ >= 4) {
        if (!save_last_frame(window, s.arg, stb_lock)) return fail(s, "cannot write " + s.arg);
        next();
      }
      return Status::running;
    case Step::Kind::quit: ++current_; return Status::done;
  }
  return Status::running;
}

}  // namespace kezek::kiosk
