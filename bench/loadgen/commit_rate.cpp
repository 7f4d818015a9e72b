// measure_commit_rate: BEGIN; INSERT one row; COMMIT — as often as it goes.
#include "bench/loadgen/commit_rate.hpp"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>

#include "bench/common/latency.hpp"
#include "server/store/database.hpp"

namespace kezek::bench {

CommitRate measure_commit_rate(const std::filesystem::path& folder, bool full_sync, double seconds) {
  const auto file = folder / (full_sync ? "commit-full.db" : "commit-normal.db");
  std::filesystem::remove(file);
  CommitRate out;
  out.synchronous = full_sync ? "FULL" : "NORMAL";
  std::size_t commits = 0;
  double elapsed = 0;
  LatencyRecorder latency;
  {
    store::Database db(file.string());  // the server's pragmas: WAL, synchronous=FULL
    if (!full_sync) db.exec("PRAGMA synchronous = NORMAL");
    db.exec("CREATE TABLE row (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, note TEXT NOT NULL)");
    sqlite3* handle = db.handle();
    sqlite3_stmt* begin = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* commit = nullptr;
    sqlite3_prepare_v2(handle, "BEGIN", -1, &begin, nullptr);
    sqlite3_prepare_v2(handle, "INSERT INTO row (at, note) VALUES (?, 'a ticket-sized row of text')", -1, &insert,
                       nullptr);
    sqlite3_prepare_v2(handle, "COMMIT", -1, &commit, nullptr);
    const auto start = std::chrono::steady_clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
    auto now = start;
    while (now < until) {
      const auto before = now;
      sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(commits));
      if (sqlite3_step(begin) != SQLITE_DONE || sqlite3_step(insert) != SQLITE_DONE ||
          sqlite3_step(commit) != SQLITE_DONE)
        throw std::runtime_error(std::string("commit-rate: ") + sqlite3_errmsg(handle));
      sqlite3_reset(begin);
      sqlite3_reset(insert);
      sqlite3_reset(commit);
      ++commits;
      now = std::chrono::steady_clock::now();
      latency.add(now - before);
    }
    elapsed = std::chrono::duration<double>(now - start).count();
    sqlite3_finalize(begin);
    sqlite3_finalize(insert);
    sqlite3_finalize(commit);
  }
  std::filesystem::remove(file);
  std::filesystem::remove(file.string() + "-wal");
  std::filesystem::remove(file.string() + "-shm");
  out.commits_per_s = elapsed > 0 ? static_cast<double>(commits) / elapsed : 0;
  out.mean_us = commits > 0 ? elapsed * 1e6 / static_cast<double>(commits) : 0;
  out.p99_us = latency.summary().p99_us;
  return out;
}

}  // namespace kezek::bench
