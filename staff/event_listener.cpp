#include "staff/event_listener.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <optional>

#include "shared/net/event_stream.hpp"

namespace kezek::staff {

namespace {

constexpr std::chrono::milliseconds kFirstRetry{1000};
constexpr std::chrono::milliseconds kLongestRetry{30000};
// How long one read waits before checking whether to stop.
constexpr std::chrono::milliseconds kReadSlice{250};

}  // namespace

EventListener::EventListener(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake,
                             Callbacks callbacks)
    : server_(std::move(server)),
      token_(std::move(token)),
      inbox_(inbox),
      wake_(std::move(wake)),
      callbacks_(std::move(callbacks)),
      thread_([this] { run(); }) {}

EventListener::~EventListener() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  thread_.join();
}

bool EventListener::pause(std::chrono::milliseconds how_long) {
  std::unique_lock lock(mutex_);
  return !stop_signal_.wait_for(lock, how_long, [this] { return stopping_; });
}

void EventListener::post_connection(Connection connection) {
  inbox_.post([on = callbacks_.on_connection, connection = std::move(connection)] {
    if (on) on(connection);
  });
  if (wake_) wake_();
}

void EventListener::run() {
  net::EventStream stream(server_, token_);
  std::optional<std::int64_t> since;
  std::chrono::milliseconds retry = kFirstRetry;
  auto stopping = [this] {
    std::lock_guard lock(mutex_);
    return stopping_;
  };
  while (!stopping()) {
    std::string error;
    if (!stream.connect(since, error, std::chrono::seconds(3))) {
      post_connection({Connection::State::retrying, error, std::chrono::steady_clock::now() + retry});
      if (!pause(retry)) return;
      retry = std::min(retry * 2, kLongestRetry);
      continue;
    }
    retry = kFirstRetry;
    post_connection({Connection::State::live, {}, {}});
    while (!stopping()) {
      std::optional<std::string> message = stream.read(kReadSlice);
      if (!message) {
        if (stream.closed()) break;
        continue;
      }
      boost::json::error_code ec;
      const boost::json::value event = boost::json::parse(*message, ec);
      if (ec || !event.is_object()) continue;
      const boost::json::object& o = event.as_object();
      if (const auto* seq = o.if_contains("seq"); seq && seq->is_int64()) since = seq->as_int64();
      std::string type;
      if (const auto* t = o.if_contains("type"); t && t->is_string()) type = std::string(t->as_string());
      inbox_.post([on = callbacks_.on_event, type = std::move(type)] {
        if (on) on(type);
      });
      if (wake_) wake_();
    }
    if (!stopping()) post_connection({Connection::State::connecting, "the event stream closed", {}});
  }
}

}  // namespace kezek::staff
