// measure_client: the phases of client_run.hpp on one client process.
#include "bench/clients/client_run.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <thread>

#include "bench/clients/monotonic.hpp"
#include "bench/common/machine_info.hpp"
#include "tests/support/child_process.hpp"

namespace kezek::bench {
namespace {

using namespace std::chrono_literals;

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The frame number in the first match of `pattern` (one group) in the client's log; -1 when none.
int frame_in_log(const std::filesystem::path& log, const std::string& pattern) {
  if (log.empty()) return -1;
  const std::string text = read_text(log);
  std::smatch m;
  if (!std::regex_search(text, m, std::regex(pattern))) return -1;
  return std::stoi(m[1]);
}

std::string regex_quoted(const std::string& text) {
  static const std::regex special(R"([.^$|()\[\]{}*+?\\-])");
  return std::regex_replace(text, special, R"(\$&)");
}

// What the client, our X server and everything else used over a window.
struct WindowUsage {
  std::int64_t from_ns = 0, until_ns = 0;
  double client_pct = 0;    // of one core
  double xserver_pct = -1;  // of one core; -1: not ours to watch
  double other_pct = 0;     // of all CPUs
  double seconds() const { return ns_to_s(until_ns - from_ns); }
};

WindowUsage watch_for(double seconds, pid_t client, pid_t xserver) {
  WindowUsage u;
  const double client0 = cpu_seconds_of(client);
  const double x0 = xserver > 0 ? cpu_seconds_of(xserver) : 0;
  u.from_ns = monotonic_ns();
  // Sleeps the window through, and says how busy all CPUs were meanwhile.
  const double busy = cpu_busy_share(std::chrono::milliseconds(static_cast<long>(seconds * 1000)));
  u.until_ns = monotonic_ns();
  const double wall = u.seconds();
  u.client_pct = 100 * (cpu_seconds_of(client) - client0) / wall;
  if (xserver > 0) u.xserver_pct = 100 * (cpu_seconds_of(xserver) - x0) / wall;
  const double cpus = static_cast<double>(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)));
  u.other_pct = std::max(0.0, 100 * busy - (u.client_pct + std::max(0.0, u.xserver_pct)) / cpus);
  return u;
}

// Runs the plan's step every step_every on a thread of its own, for as long as the object lives.
class Driver {
 public:
  explicit Driver(const ClientPlan& plan) : plan_(plan) {
    thread_ = std::thread([this] { loop(); });
  }
  ~Driver() { finish(); }
  void finish() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  // Valid after finish().
  const std::vector<std::pair<std::string, std::int64_t>>& marks() const { return marks_; }
  const std::string& problem() const { return problem_; }

 private:
  void loop() {
    auto next = std::chrono::steady_clock::now();
    while (!stop_) {
      try {
        if (auto mark = plan_.step()) marks_.emplace_back(*mark, monotonic_ns());
      } catch (const std::exception& e) {
        problem_ = e.what();
        return;
      }
      next += plan_.step_every;
      while (!stop_ && std::chrono::steady_clock::now() < next) std::this_thread::sleep_for(5ms);
    }
  }

  const ClientPlan& plan_;
  std::atomic<bool> stop_{false};
  std::vector<std::pair<std::string, std::int64_t>> marks_;
  std::string problem_;
  std::thread thread_;
};

class Measurement {
 public:
  Measurement(const ClientPlan& plan, const Phases& phases, const kezek::testing::XvfbDisplay& display,
              const std::filesystem::path& work_dir)
      : plan_(plan), phases_(phases), display_(display), frames_(work_dir / (plan.name + "-frames.txt")) {
    result_.name = plan.name;
    result_.animation = plan.animation;
    std::filesystem::remove(frames_);
    if (!plan.app_trace.empty()) std::filesystem::remove(plan.app_trace);
    client_ = std::make_unique<kezek::testing::ChildProcess>(
        kezek::testing::SpawnOptions{.argv = plan.argv,
                                     .env = {{"DISPLAY", display.name()}, {"KEZEK_FRAME_TRACE", frames_.string()}},
                                     .log = work_dir / (plan.name + ".log")});
  }

  ClientResult run() {
    if (!first_frame() || !settle()) return result_;
    wait_for_quiet(std::chrono::seconds(phases_.quiet_wait_s), 1000ms);
    idle();
    if (plan_.step) {
      wait_for_quiet(std::chrono::seconds(phases_.quiet_wait_s), 1000ms);
      animate();
    }
    result_.at_end = memory_of(client_->pid());
    if (!client_->running()) fail("the client ended during the run (" + client_->exit_text() + ")");
    client_->stop();
    return result_;
  }

 private:
  bool fail(const std::string& why) {
    if (result_.problem.empty()) result_.problem = why;
    return false;
  }

  bool first_frame() {
    const auto until = monotonic_ns() + static_cast<std::int64_t>(phases_.first_frame_limit_s * 1e9);
    while (monotonic_ns() < until) {
      if (!client_->running()) return fail("the client ended before its first frame (" + client_->exit_text() + ")");
      const FrameTrace trace = read_frame_trace(frames_);
      if (!trace.frames.empty()) {
        result_.renderer = trace.renderer;
        result_.first_frame_ms = ns_to_ms(trace.frames.front().presented_ns - client_->started_ns());
        result_.first_frame_draw_ms = ns_to_ms(trace.frames.front().wall_ns);
        return true;
      }
      std::this_thread::sleep_for(2ms);
    }
    return fail("no frame within " + std::to_string(phases_.first_frame_limit_s) + " s");
  }

  // Waits until the client has drawn nothing for settle_s (at most settle_max_s).
  bool settle() {
    const auto give_up = monotonic_ns() + static_cast<std::int64_t>(phases_.settle_max_s * 1e9);
    const auto quiet = static_cast<std::int64_t>(phases_.settle_s * 1e9);
    for (;;) {
      if (!client_->running()) return fail("the client ended while starting (" + client_->exit_text() + ")");
      const FrameTrace trace = read_frame_trace(frames_);
      const std::int64_t now = monotonic_ns();
      if (now - trace.frames.back().presented_ns >= quiet || now >= give_up) break;
      std::this_thread::sleep_for(50ms);
    }
    result_.settled_after_s = ns_to_s(monotonic_ns() - client_->started_ns());
    result_.after_start = memory_of(client_->pid());
    // The display's first frame with the server's board on it.
    const int board = frame_in_log(plan_.app_trace, R"(snapshot seq \d+ received at frame (\d+))");
    const FrameTrace trace = read_frame_trace(frames_);
    if (const FrameRecord* r = find_frame(trace, board))
      result_.board_frame_ms = ns_to_ms(r->presented_ns - client_->started_ns());
    return true;
  }

  void idle() {
    const long switches = main_thread_switches(client_->pid());
    const WindowUsage u = watch_for(phases_.idle_s, client_->pid(), display_.pid());
    result_.idle_s = u.seconds();
    result_.idle_wakeups_per_s = static_cast<double>(main_thread_switches(client_->pid()) - switches) / u.seconds();
    result_.idle_cpu_pct = u.client_pct;
    result_.idle_xserver_cpu_pct = u.xserver_pct;
    result_.idle_other_cpu_pct = u.other_pct;
    for (const FrameRecord& r : frames_between(read_frame_trace(frames_), u.from_ns, u.until_ns))
      result_.idle_frames_at_s.push_back(ns_to_s(r.presented_ns - u.from_ns));
  }

  void animate() {
    Driver driver(plan_);
    const WindowUsage u = watch_for(phases_.animate_s, client_->pid(), display_.pid());
    driver.finish();
    if (!driver.problem().empty()) fail("animation driver: " + driver.problem());
    result_.animate_s = u.seconds();
    result_.animate_cpu_pct = u.client_pct;
    result_.animate_xserver_cpu_pct = u.xserver_pct;
    result_.animate_other_cpu_pct = u.other_pct;
    // Let the last step reach the screen before reading the logs.
    std::this_thread::sleep_for(500ms);
    const FrameTrace trace = read_frame_trace(frames_);
    result_.animating = frame_stats(frames_between(trace, u.from_ns, u.until_ns));
    for (const auto& [name, at_ns] : driver.marks()) {
      const int frame = frame_in_log(plan_.app_trace, regex_quoted(name) + R"( drawn at frame (\d+))");
      if (const FrameRecord* r = find_frame(trace, frame))
        result_.step_to_screen_ms.push_back(ns_to_ms(r->presented_ns - at_ns));
    }
  }

  const ClientPlan& plan_;
  const Phases& phases_;
  const kezek::testing::XvfbDisplay& display_;
  std::filesystem::path frames_;
  std::unique_ptr<kezek::testing::ChildProcess> client_;
  ClientResult result_;
};

}  // namespace

ClientResult measure_client(const ClientPlan& plan, const Phases& phases, const kezek::testing::XvfbDisplay& display,
                            const std::filesystem::path& work_dir) {
  return Measurement(plan, phases, display, work_dir).run();
}

}  // namespace kezek::bench
