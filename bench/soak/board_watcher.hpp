#pragma once
// BoardWatcher: the soak run's wall display. It stays subscribed to the
// server's event WebSocket (/api/v1/events) for the whole run and folds what
// it hears into a board exactly as the display program does
// (shared/protocol/board_state.hpp): a snapshot first, then each event;
// a gap asks for a fresh snapshot. When the server restarts (a new address)
// or its link drops, it reconnects and resumes after the last sequence number
// it saw. It can be sent offline for hours of the Centre's time and brought
// back, like a display whose network cable was pulled.
//
// Threading: the public functions may be called from any thread; the
// WebSocket is read on the watcher's own thread.
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "shared/protocol/board.hpp"

namespace kezek::bench::soak {

struct WatcherCounts {
  int connects = 0, snapshots = 0, events = 0, gaps = 0, errors = 0;
};

class BoardWatcher {
 public:
  explicit BoardWatcher(std::string token);
  ~BoardWatcher();
  BoardWatcher(const BoardWatcher&) = delete;
  BoardWatcher& operator=(const BoardWatcher&) = delete;

  // The server to follow (HOST:PORT); a new address makes it reconnect.
  void follow(std::string server);
  void set_offline(bool offline);
  std::optional<protocol::Board> board() const;
  WatcherCounts counts() const;

 private:
  void run();
  void fold(const std::string& text);

  std::string token_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::string server_;
  int generation_ = 0;  // bumped by follow() and set_offline()
  bool offline_ = false;
  bool stopping_ = false;
  std::optional<protocol::Board> board_;
  WatcherCounts counts_;
  std::thread thread_;
};

}  // namespace kezek::bench::soak
