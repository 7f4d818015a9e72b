#pragma once
// AppWindow: the one GLFW + OpenGL3 + Dear ImGui frame loop shared by the kiosk,
// the wall display and the staff console (the shape of ImGui's
// example_glfw_opengl3: poll, NewFrame, draw, Render, clear, render, swap;
// shutdown mirrors init in reverse).
//
// Threading: every member must be called from the thread that constructed it
// (GLFW and OpenGL contexts are bound to the main thread).
//
// Frame trace (for bench/clients, off unless asked for): with the environment
// variable KEZEK_FRAME_TRACE=FILE the loop writes FILE, after a few "#" lines
// naming the fields and the OpenGL renderer, one line per frame presented:
//   FRAME PRESENTED_NS WALL_NS CPU_NS THREAD_CPU_NS
// PRESENTED_NS is CLOCK_MONOTONIC when glfwSwapBuffers returned, so another
// process can set it against the moment it started us; the other three are the
// frame's draw + render + swap in wall time, in this process's CPU time (all
// threads: Mesa's llvmpipe rasterises on threads of its own) and in this
// thread's. Lines are flushed as they are written.

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "shared/gui/fonts.hpp"

struct GLFWwindow;
struct ImDrawData;

namespace kezek::gui {

struct WindowOptions {
  std::string title = "Kezek";
  int width = 1920;  // used when windowed, and as the full-screen size under Xvfb
  int height = 1080;
  bool fullscreen = true;
  // When set: render `screenshot_frames` frames, write the last one as PNG, exit.
  std::optional<std::filesystem::path> screenshot;
  int screenshot_frames = 4;
};

class AppWindow {
 public:
  explicit AppWindow(const WindowOptions& options);  // throws std::runtime_error
  ~AppWindow();
  AppWindow(const AppWindow&) = delete;
  AppWindow& operator=(const AppWindow&) = delete;

  // Runs frames until the window closes (or the screenshot is written).
  // `draw` is called once per frame between ImGui::NewFrame and ImGui::Render.
  // `wants_redraw` says whether anything changed since the last frame; when it
  // returns false the loop sleeps in glfwWaitEventsTimeout instead of redrawing,
  // so an idle screen costs next to no CPU.
  int run(const std::function<void()>& draw, const std::function<bool()>& wants_redraw = {});

  // At most `per_second` frames a second from now on (0: as fast as the
  // screen takes them). Input still wakes the loop at once; only the next
  // frame waits. The wall display caps its call animation with it: without a
  // GPU (llvmpipe, or Xvfb with no vsync) every uncapped frame is drawn.
  void cap_frame_rate(int per_second) { frame_cap_ = per_second; }

  // Shows `watcher` each frame's draw data once it is rendered, before the
  // next frame begins (a script reads the drawn text from it). None by default:
  // reading a frame costs time a program without a script need not spend.
  void watch_frames(std::function<void(const ImDrawData&)> watcher) { frame_watcher_ = std::move(watcher); }

  const Fonts& fonts() const { return fonts_; }
  int width() const;
  int height() const;
  GLFWwindow* handle() const { return window_; }

 private:
  void render_frame(const std::function<void()>& draw);
  bool write_screenshot(const std::filesystem::path& path) const;
  void open_frame_trace();

  // The three clocks the frame trace reads, at one moment.
  struct FrameClocks {
    timespec wall{}, cpu{}, thread_cpu{};
  };
  static FrameClocks clocks_now();
  void trace_frame(int frame, const FrameClocks& start);

  WindowOptions options_;
  GLFWwindow* window_ = nullptr;
  Fonts fonts_;
  int frame_cap_ = 0;                 // frames per second at most; 0: no cap
  std::FILE* frame_trace_ = nullptr;  // KEZEK_FRAME_TRACE; null: not tracing
  std::function<void(const ImDrawData&)> frame_watcher_;
};

}  // namespace kezek::gui
