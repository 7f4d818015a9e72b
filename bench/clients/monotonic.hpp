#pragma once
// The one clock the client benchmark and the clients' frame traces share:
// CLOCK_MONOTONIC in nanoseconds (KEZEK_FRAME_TRACE in shared/gui/app_window.hpp
// stamps frames with it), so a frame's time can be set against the moment the
// benchmark forked the client.
#include <time.h>

#include <cstdint>

namespace kezek::bench {

inline std::int64_t monotonic_ns() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

inline double ns_to_ms(std::int64_t ns) { return static_cast<double>(ns) / 1e6; }
inline double ns_to_s(std::int64_t ns) { return static_cast<double>(ns) / 1e9; }

}  // namespace kezek::bench
