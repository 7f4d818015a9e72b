#pragma once
// Measuring one GUI client, in phases on one process:
//   start      fork/exec with KEZEK_FRAME_TRACE set; time to the first frame
//              presented (and, for the display, to the first frame showing the
//              server's board, from its --trace log)
//   settle     until it has drawn nothing for a while; memory after start
//   idle       nothing happens: its CPU over the window, the frames it drew
//   animate    a driver makes it move (calls on the display, taps on the
//              kiosk): frame times, frames/s, its CPU and the X server's
//   end        memory again
//
// Threading: measure_client runs on the calling thread, the driver's steps on
// one thread of their own during the animation.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bench/clients/frame_trace.hpp"
#include "bench/clients/process_usage.hpp"
#include "tests/support/xvfb_display.hpp"

namespace kezek::bench {

struct ClientPlan {
  std::string name;                 // "kiosk", "display", "staff"
  std::vector<std::string> argv;    // the client binary and its options
  std::filesystem::path app_trace;  // the display's --trace file; empty for the others
  // One step of the animation, repeated every `step_every` (empty: the client
  // has nothing to animate). A step may return a name X whose effect the
  // client's --trace log reports as "X drawn at frame F": the time from the
  // step's end to that frame is then reported (the display's call to screen).
  std::function<std::optional<std::string>()> step;
  std::chrono::milliseconds step_every{1000};
  std::string animation;  // what the animation is, for the report
};

struct Phases {
  double settle_s = 3;       // quiet this long before the idle window...
  double settle_max_s = 20;  // ...or give up waiting for quiet after this long
  double idle_s = 20;
  double animate_s = 12;
  double first_frame_limit_s = 60;
  // Before the idle and the animation windows, wait up to this long for a
  // second in which other programs leave the CPUs alone (machine_info.hpp).
  int quiet_wait_s = 0;
};

struct ClientResult {
  std::string name, renderer, animation;
  std::string problem;             // why the run failed; empty when it worked
  double first_frame_ms = -1;      // fork → first frame presented
  double first_frame_draw_ms = 0;  // of which the first frame's own draw + render + swap
  double board_frame_ms = -1;      // display: fork → first frame showing the server's board
  double settled_after_s = 0;      // from fork to the start of the idle window
  Memory after_start, at_end;

  double idle_s = 0;
  double idle_cpu_pct = 0;               // of one core
  double idle_wakeups_per_s = 0;         // of the UI thread
  double idle_xserver_cpu_pct = 0;       // our Xvfb, of one core (-1: not ours)
  double idle_other_cpu_pct = 0;         // everything else on the machine, of all CPUs
  std::vector<double> idle_frames_at_s;  // when it drew while idle, seconds into the window

  double animate_s = 0;
  FrameStats animating;
  double animate_cpu_pct = 0;
  double animate_xserver_cpu_pct = 0;
  double animate_other_cpu_pct = 0;
  std::vector<double> step_to_screen_ms;

  bool animated() const { return animate_s > 0; }
};

ClientResult measure_client(const ClientPlan& plan, const Phases& phases, const kezek::testing::XvfbDisplay& display,
                            const std::filesystem::path& work_dir);

}  // namespace kezek::bench
