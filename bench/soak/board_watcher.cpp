#include "bench/soak/board_watcher.hpp"

#include <boost/json.hpp>

#include <chrono>

#include "shared/net/event_stream.hpp"
#include "shared/protocol/board_state.hpp"

namespace kezek::bench::soak {

using namespace std::chrono_literals;

BoardWatcher::BoardWatcher(std::string token) : token_(std::move(token)), thread_([this] { run(); }) {}

BoardWatcher::~BoardWatcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void BoardWatcher::follow(std::string server) {
  {
    std::lock_guard lock(mutex_);
    server_ = std::move(server);
    ++generation_;
  }
  wake_.notify_all();
}

void BoardWatcher::set_offline(bool offline) {
  {
    std::lock_guard lock(mutex_);
    offline_ = offline;
    ++generation_;
  }
  wake_.notify_all();
}

std::optional<protocol::Board> BoardWatcher::board() const {
  std::lock_guard lock(mutex_);
  return board_;
}

WatcherCounts BoardWatcher::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

void BoardWatcher::fold(const std::string& text) {
  boost::json::object message;
  try {
    message = boost::json::parse(text).as_object();
  } catch (const std::exception&) {
    std::lock_guard lock(mutex_);
    ++counts_.errors;
    return;
  }
  std::lock_guard lock(mutex_);
  try {
    const auto* type = message.if_contains("type");
    if (type != nullptr && type->is_string() && type->as_string() == "snapshot") {
      board_ = protocol::parse_board(message);
      ++counts_.snapshots;
      return;
    }
    if (!board_) return;  // an event before any snapshot cannot be folded
    ++counts_.events;
    if (protocol::apply_event(*board_, message).kind == protocol::BoardChange::Kind::gap) {
      // As the display does: forget the board and ask for a snapshot.
      ++counts_.gaps;
      board_.reset();
    }
  } catch (const std::exception&) {
    ++counts_.errors;
  }
}

void BoardWatcher::run() {
  std::optional<net::EventStream> stream;
  int connected_generation = -1;
  for (;;) {
    std::string server;
    std::optional<std::int64_t> since;
    {
      std::unique_lock lock(mutex_);
      if (stopping_) return;
      if (offline_ || server_.empty()) {
        stream.reset();
        wake_.wait(lock, [&] { return stopping_ || (!offline_ && !server_.empty()); });
        continue;
      }
      if (stream && !stream->closed() && connected_generation == generation_) {
        lock.unlock();
        if (auto text = stream->read(50ms)) fold(*text);
        continue;
      }
      server = server_;
      connected_generation = generation_;
      if (board_) since = board_->seq;
    }
    // (Re)connect, resuming after what the board already holds.
    stream.emplace(server, token_);
    std::string error;
    if (stream->connect(since, error, 2s)) {
      std::lock_guard lock(mutex_);
      ++counts_.connects;
    } else {
      stream.reset();
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, 50ms, [this] { return stopping_; });
    }
  }
}

}  // namespace kezek::bench::soak
