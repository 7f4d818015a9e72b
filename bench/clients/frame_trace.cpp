// read_frame_trace and frame_stats.
#include "bench/clients/frame_trace.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "bench/clients/monotonic.hpp"
#include "bench/common/latency.hpp"

namespace kezek::bench {

FrameTrace read_frame_trace(const std::filesystem::path& file) {
  FrameTrace trace;
  std::ifstream in(file);
  std::string line;
  const std::string renderer = "# renderer ";
  while (std::getline(in, line)) {
    // getline also returns a last line without its newline: still being written.
    if (in.eof()) break;
    if (line.rfind(renderer, 0) == 0) trace.renderer = line.substr(renderer.size());
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    FrameRecord r;
    if (fields >> r.frame >> r.presented_ns >> r.wall_ns >> r.cpu_ns >> r.thread_cpu_ns) trace.frames.push_back(r);
  }
  return trace;
}

std::vector<FrameRecord> frames_between(const FrameTrace& trace, std::int64_t from_ns, std::int64_t until_ns) {
  std::vector<FrameRecord> out;
  for (const FrameRecord& r : trace.frames)
    if (r.presented_ns >= from_ns && r.presented_ns < until_ns) out.push_back(r);
  return out;
}

const FrameRecord* find_frame(const FrameTrace& trace, int frame) {
  for (const FrameRecord& r : trace.frames)
    if (r.frame == frame) return &r;
  return nullptr;
}

FrameStats frame_stats(const std::vector<FrameRecord>& frames) {
  FrameStats s;
  s.frames = frames.size();
  if (frames.empty()) return s;
  std::vector<double> wall, cpu, ui;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    wall.push_back(ns_to_ms(frames[i].wall_ns));
    cpu.push_back(ns_to_ms(frames[i].cpu_ns));
    ui.push_back(ns_to_ms(frames[i].thread_cpu_ns));
    if (i > 0)
      s.longest_gap_ms = std::max(s.longest_gap_ms, ns_to_ms(frames[i].presented_ns - frames[i - 1].presented_ns));
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  s.wall_p50_ms = percentile_of_sorted(wall, 50);
  s.wall_p99_ms = percentile_of_sorted(wall, 99);
  s.wall_max_ms = wall.back();
  s.cpu_p50_ms = percentile_of_sorted(cpu, 50);
  s.cpu_p99_ms = percentile_of_sorted(cpu, 99);
  s.cpu_max_ms = cpu.back();
  std::sort(ui.begin(), ui.end());
  s.ui_thread_cpu_p50_ms = percentile_of_sorted(ui, 50);
  return s;
}

}  // namespace kezek::bench
