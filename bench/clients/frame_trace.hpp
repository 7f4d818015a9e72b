#pragma once
// Reading a client's frame trace (KEZEK_FRAME_TRACE, shared/gui/app_window.hpp):
// one record per frame presented, and summaries of a stretch of frames.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kezek::bench {

struct FrameRecord {
  int frame = 0;                   // 1 for the first frame the client drew
  std::int64_t presented_ns = 0;   // CLOCK_MONOTONIC when the swap returned
  std::int64_t wall_ns = 0;        // draw + render + swap
  std::int64_t cpu_ns = 0;         // CPU of the whole process meanwhile (llvmpipe's threads too)
  std::int64_t thread_cpu_ns = 0;  // CPU of the UI thread meanwhile
};

struct FrameTrace {
  std::string renderer;  // the OpenGL renderer, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
  std::vector<FrameRecord> frames;
};

// The file as written so far; a last line still being written is left out.
FrameTrace read_frame_trace(const std::filesystem::path& file);

// The frames presented in [from_ns, until_ns).
std::vector<FrameRecord> frames_between(const FrameTrace& trace, std::int64_t from_ns, std::int64_t until_ns);

// The frame numbered `frame`; nullptr when it is not (yet) in the trace.
const FrameRecord* find_frame(const FrameTrace& trace, int frame);

// Percentiles of a stretch of frames, in milliseconds.
struct FrameStats {
  std::size_t frames = 0;
  double wall_p50_ms = 0, wall_p99_ms = 0, wall_max_ms = 0;
  double cpu_p50_ms = 0, cpu_p99_ms = 0, cpu_max_ms = 0;
  double ui_thread_cpu_p50_ms = 0;  // of cpu: the UI thread's own share (the rest is the rasteriser's)
  double longest_gap_ms = 0;        // between two presents in the stretch
};
FrameStats frame_stats(const std::vector<FrameRecord>& frames);

}  // namespace kezek::bench
