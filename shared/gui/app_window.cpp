#include "shared/gui/app_window.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>

// stb_image_write ships as a header in Debian's libstb-dev; libstb.so does not
// carry its implementation, so exactly one translation unit compiles it.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
// The OpenGL driver (Mesa) leaks a few hundred bytes in a module it unloads at
// exit, so LeakSanitizer cannot even name the frames, let alone suppress them.
// The GUI programs therefore run without the leak check (all other ASan checks
// stay on); the libraries they use are leak-checked by the unit suites.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }
#endif

namespace kezek::gui {
namespace {

void report_glfw_error(int code, const char* description) {
  std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

// Windows whose pixels the system lost (uncovered by another window, restored,
// resized) and that must be drawn again even when nothing in them changed.
// GLFW's refresh callback carries only the window (its user pointer belongs to
// TouchInputWatch), hence a set rather than a member.
std::set<GLFWwindow*>& lost_contents() {
  static std::set<GLFWwindow*> windows;
  return windows;
}

void on_window_refresh(GLFWwindow* window) { lost_contents().insert(window); }

timespec now_on(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return t;
}

std::int64_t nanoseconds(const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

std::int64_t nanoseconds_since(const timespec& start, const timespec& end) {
  return nanoseconds(end) - nanoseconds(start);
}

}  // namespace

AppWindow::AppWindow(const WindowOptions& options) : options_(options) {
  glfwSetErrorCallback(report_glfw_error);
  if (!glfwInit()) throw std::runtime_error("cannot start GLFW (is there a display? try xvfb-run)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWmonitor* monitor = options_.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
  int width = options_.width;
  int height = options_.height;
  if (monitor != nullptr) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    width = mode->width;
    height = mode->height;
  }
  window_ = glfwCreateWindow(width, height, options_.title.c_str(), monitor, nullptr);
  if (window_ == nullptr) {
    glfwTerminate();
    throw std::runtime_error("cannot open a " + std::to_string(width) + "x" + std::to_string(height) +
                             " OpenGL 3 window");
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
  glfwSetWindowRefreshCallback(window_, on_window_refresh);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // kiosks and displays keep no window layout on disk
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  // Type follows the shorter side: a portrait 1080×1920 screen reads like a
  // 1920×1080 one (and ImGui 1.86's FreeType builder overflows on glyphs over ~250 px).
  fonts_ = load_fonts(std::min(width, height));
  open_frame_trace();
}

AppWindow::~AppWindow() {
  if (frame_trace_ != nullptr) std::fclose(frame_trace_);
  lost_contents().erase(window_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

int AppWindow::width() const {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  return w;
}

int AppWindow::height() const {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  return h;
}

void AppWindow::render_frame(const std::function<void()>& draw) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  draw();
  ImGui::Render();
  if (frame_watcher_) frame_watcher_(*ImGui::GetDrawData());
  glViewport(0, 0, width(), height());
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void AppWindow::open_frame_trace() {
  const char* path = std::getenv("KEZEK_FRAME_TRACE");
  if (path == nullptr || *path == '\0') return;
  frame_trace_ = std::fopen(path, "w");
  if (frame_trace_ == nullptr) {
    std::fprintf(stderr, "cannot write the frame trace %s\n", path);
    return;
  }
  // Line-buffered: the benchmark reads the file while we run.
  std::setvbuf(frame_trace_, nullptr, _IOLBF, 0);
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  std::fprintf(frame_trace_, "# renderer %s\n# frame presented_ns wall_ns cpu_ns thread_cpu_ns\n",
               renderer != nullptr ? renderer : "unknown");
}

AppWindow::FrameClocks AppWindow::clocks_now() {
  return {now_on(CLOCK_MONOTONIC), now_on(CLOCK_PROCESS_CPUTIME_ID), now_on(CLOCK_THREAD_CPUTIME_ID)};
}

void AppWindow::trace_frame(int frame, const FrameClocks& start) {
  const FrameClocks end = clocks_now();
  std::fprintf(frame_trace_, "%d %lld %lld %lld %lld\n", frame, static_cast<long long>(nanoseconds(end.wall)),
               static_cast<long long>(nanoseconds_since(start.wall, end.wall)),
               static_cast<long long>(nanoseconds_since(start.cpu, end.cpu)),
               static_cast<long long>(nanoseconds_since(start.thread_cpu, end.thread_cpu)));
}

int AppWindow::run(const std::function<void()>& draw, const std::function<bool()>& wants_redraw) {
  int frames = 0;
  // ImGui needs a couple of frames after input to settle hover/active states.
  int settle_frames = 3;
  auto last_frame = std::chrono::steady_clock::now();
  while (!glfwWindowShouldClose(window_)) {
    // An idle window is still drawn again when the system lost its pixels.
    const bool lost = lost_contents().erase(window_) > 0;
    const bool busy = settle_frames > 0 || lost || !wants_redraw || wants_redraw() || options_.screenshot;
    if (busy) {
      const auto due = last_frame + std::chrono::microseconds(frame_cap_ > 0 ? 1'000'000 / frame_cap_ : 0);
      if (const auto now = std::chrono::steady_clock::now(); frames > 0 && now < due && !options_.screenshot) {
        glfwWaitEventsTimeout(std::chrono::duration<double>(due - now).count());
      } else {
        glfwPollEvents();
      }
    } else {
      // Idle: sleep until input arrives or a quarter second passes (clock ticks,
      // inbox polled) so an unchanged screen is not redrawn 60 times a second.
      glfwWaitEventsTimeout(0.25);
      const bool lost_while_waiting = lost_contents().erase(window_) > 0;
      if (!wants_redraw() && !lost_while_waiting) continue;
    }
    settle_frames = std::max(0, settle_frames - 1);
    if (ImGui::GetIO().InputQueueCharacters.Size > 0 || ImGui::IsAnyMouseDown()) settle_frames = 3;
    const FrameClocks started = frame_trace_ != nullptr ? clocks_now() : FrameClocks{};
    last_frame = std::chrono::steady_clock::now();
    render_frame(draw);
    ++frames;
    if (frames == 1) {
      // The first frame uploaded the font atlas to the GPU; ImGui's own 8 MB
      // alpha and 32 MB RGBA copies of it are never read again (glyph lookups
      // use the atlas's glyph tables, which stay). kezek-clientbench found them
      // as a fifth of each client's resident memory.
      ImGui::GetIO().Fonts->ClearTexData();
    }
    if (options_.screenshot && frames >= options_.screenshot_frames) {
      bool ok = write_screenshot(*options_.screenshot);
      // A screenshot is also a check: any text drawn with a glyph the fonts lack fails it.
      if (const int missing = count_missing_glyph_marks(ImGui::GetDrawData(), fonts_); missing > 0) {
        std::fprintf(stderr, "missing glyphs: %d characters were drawn as boxes\n", missing);
        ok = false;
      }
      glfwSwapBuffers(window_);
      return ok ? 0 : 1;
    }
    glfwSwapBuffers(window_);
    if (frame_trace_ != nullptr) trace_frame(frames, started);
  }
  return 0;
}

bool AppWindow::write_screenshot(const std::filesystem::path& path) const {
  const int w = width();
  const int h = height();
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows run bottom-up; PNG's top-down.
  stbi_flip_vertically_on_write(1);
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  if (stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) == 0) {
    std::fprintf(stderr, "cannot write screenshot %s\n", path.c_str());
    return false;
  }
  return true;
}

}  // namespace kezek::gui
