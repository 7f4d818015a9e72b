#pragma once
// The engine's ceiling without HTTP: the server's own Engine (group commit,
// one savepoint per command, events) in this process, fed the same issue →
// call-next → finish cycles as the load generator sends, with `in_flight`
// cycles under way at once. On a database file it pays the flushes; on
// ":memory:" it shows the engine's CPU cost alone.
#include <cstddef>
#include <filesystem>
#include <string>

namespace kezek::bench {

struct EngineRate {
  std::string storage;  // "file (FULL)" or ":memory:"
  int in_flight = 0;
  double commands_per_s = 0;
  double issues_per_s = 0;
  std::size_t tickets = 0;  // issued during the run
  std::size_t errors = 0;   // answers other than 201 / 200 / 204
};

// `database` is a file path or ":memory:"; `config_json` the server config
// (its counters must be at least `in_flight`); `now` an ISO 8601 instant.
EngineRate measure_engine_rate(const std::string& database, const std::string& config_json, const std::string& now,
                               int in_flight, double seconds);

}  // namespace kezek::bench
