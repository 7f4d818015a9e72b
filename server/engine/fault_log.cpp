#include "server/engine/fault_log.hpp"

#include <cstdio>

namespace kezek::server {

void FaultLog::write(std::string_view what, const std::exception& error) {
  constexpr auto kEvery = std::chrono::minutes(1);
  // The lines are few (a fault, the SQL it met); a bound all the same.
  if (seen_.size() > 64) seen_.clear();
  const std::string line = std::string(what) + ": " + error.what();
  const auto now = std::chrono::steady_clock::now();
  auto [entry, first] = seen_.try_emplace(line, Seen{now, 0});
  if (!first && now - entry->second.written < kEvery) {
    ++entry->second.since;
    return;
  }
  if (entry->second.since > 0) {
    std::fprintf(stderr, "kezek-server: %s (%d more times in the last minute)\n", line.c_str(), entry->second.since);
  } else {
    std::fprintf(stderr, "kezek-server: %s\n", line.c_str());
  }
  entry->second = Seen{now, 0};
}

}  // namespace kezek::server
