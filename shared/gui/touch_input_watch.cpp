#include "shared/gui/touch_input_watch.hpp"

#include <GLFW/glfw3.h>

namespace kezek::gui {

TouchInputWatch::TouchInputWatch(GLFWwindow* window) : window_(window) {
  glfwSetWindowUserPointer(window_, this);
  prev_mouse_button_ = glfwSetMouseButtonCallback(window_, on_mouse_button);
  prev_cursor_pos_ = glfwSetCursorPosCallback(window_, on_cursor_pos);
  prev_scroll_ = glfwSetScrollCallback(window_, on_scroll);
  prev_key_ = glfwSetKeyCallback(window_, on_key);
  prev_char_ = glfwSetCharCallback(window_, on_char);
}

TouchInputWatch::~TouchInputWatch() {
  glfwSetMouseButtonCallback(window_, prev_mouse_button_);
  glfwSetCursorPosCallback(window_, prev_cursor_pos_);
  glfwSetScrollCallback(window_, prev_scroll_);
  glfwSetKeyCallback(window_, prev_key_);
  glfwSetCharCallback(window_, prev_char_);
  glfwSetWindowUserPointer(window_, nullptr);
}

bool TouchInputWatch::take() {
  const bool arrived = arrived_;
  arrived_ = false;
  return arrived;
}

TouchInputWatch* TouchInputWatch::of(GLFWwindow* window) {
  return static_cast<TouchInputWatch*>(glfwGetWindowUserPointer(window));
}

void TouchInputWatch::on_mouse_button(GLFWwindow* window, int button, int action, int mods) {
  TouchInputWatch* self = of(window);
  if (self->prev_mouse_button_ != nullptr) self->prev_mouse_button_(window, button, action, mods);
  self->button_down_ = action == GLFW_PRESS;
  self->note();
}

void TouchInputWatch::on_cursor_pos(GLFWwindow* window, double x, double y) {
  TouchInputWatch* self = of(window);
  if (self->prev_cursor_pos_ != nullptr) self->prev_cursor_pos_(window, x, y);
  // A pointer passing over a kiosk is not a visitor; a finger dragging is.
  if (self->button_down_) self->note();
}

void TouchInputWatch::on_scroll(GLFWwindow* window, double dx, double dy) {
  TouchInputWatch* self = of(window);
  if (self->prev_scroll_ != nullptr) self->prev_scroll_(window, dx, dy);
  self->note();
}

void TouchInputWatch::on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  TouchInputWatch* self = of(window);
  if (self->prev_key_ != nullptr) self->prev_key_(window, key, scancode, action, mods);
  self->note();
}

void TouchInputWatch::on_char(GLFWwindow* window, unsigned int c) {
  TouchInputWatch* self = of(window);
  if (self->prev_char_ != nullptr) self->prev_char_(window, c);
  self->note();
}

}  // namespace kezek::gui
