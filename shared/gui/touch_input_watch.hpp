#pragma once
// TouchInputWatch: tells an idle screen that a finger (or a key, or a barcode
// scanner typing) arrived, so the frame loop redraws at once instead of waiting
// for its next tick, and when the last input was (for idle timeouts). It sits
// in front of Dear ImGui's GLFW callbacks and passes every event on to them.
//
// One per window: it keeps itself in the window's GLFW user pointer.
// Threading: UI thread only (GLFW callbacks run inside glfwPollEvents there).

#include <chrono>

struct GLFWwindow;

namespace kezek::gui {

class TouchInputWatch {
 public:
  // Install after the ImGui backend (AppWindow's constructor) has installed its callbacks.
  explicit TouchInputWatch(GLFWwindow* window);
  ~TouchInputWatch();  // puts ImGui's callbacks back
  TouchInputWatch(const TouchInputWatch&) = delete;
  TouchInputWatch& operator=(const TouchInputWatch&) = delete;

  // True once after any input event; clears the flag.
  bool take();
  // Marks input as arrived (a scripted tap that bypasses the callbacks).
  void note() {
    arrived_ = true;
    last_ = std::chrono::steady_clock::now();
  }
  std::chrono::steady_clock::time_point last_input() const { return last_; }

 private:
  static TouchInputWatch* of(GLFWwindow* window);
  static void on_mouse_button(GLFWwindow* window, int button, int action, int mods);
  static void on_cursor_pos(GLFWwindow* window, double x, double y);
  static void on_scroll(GLFWwindow* window, double dx, double dy);
  static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
  static void on_char(GLFWwindow* window, unsigned int c);

  GLFWwindow* window_;
  bool arrived_ = false;
  bool button_down_ = false;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  void (*prev_mouse_button_)(GLFWwindow*, int, int, int) = nullptr;
  void (*prev_cursor_pos_)(GLFWwindow*, double, double) = nullptr;
  void (*prev_scroll_)(GLFWwindow*, double, double) = nullptr;
  void (*prev_key_)(GLFWwindow*, int, int, int, int) = nullptr;
  void (*prev_char_)(GLFWwindow*, unsigned int) = nullptr;
};

}  // namespace kezek::gui
