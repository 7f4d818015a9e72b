#pragma once
// The disk's ceiling: committed single-row SQLite transactions per second on a
// fresh file opened exactly as the server opens its store (store::Database:
// WAL, synchronous=FULL), then the same with synchronous=NORMAL (which does
// not flush at each commit in WAL mode, so it shows the cost of the flush).
#include <filesystem>
#include <string>

namespace kezek::bench {

struct CommitRate {
  std::string synchronous;  // "FULL" or "NORMAL"
  double commits_per_s = 0;
  double mean_us = 0;
  double p99_us = 0;  // one commit's latency
};

CommitRate measure_commit_rate(const std::filesystem::path& folder, bool full_sync, double seconds);

}  // namespace kezek::bench
