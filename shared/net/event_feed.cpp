#include "shared/net/event_feed.hpp"

#include <algorithm>

#include "shared/net/event_message.hpp"
#include "shared/net/event_stream.hpp"

namespace kezek::net {

namespace {

// How long one read waits before looking at the stop and resync flags again.
constexpr std::chrono::milliseconds kReadSlice{200};

}  // namespace

EventFeed::EventFeed(std::string server, std::string token, Inbox& inbox, EventFeedHandlers handlers,
                     EventFeedTiming timing)
    : server_(std::move(server)),
      token_(std::move(token)),
      inbox_(inbox),
      handlers_(std::move(handlers)),
      timing_(timing),
      thread_([this] { run(); }) {}

EventFeed::~EventFeed() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void EventFeed::resync() { resync_ = true; }

void EventFeed::post(std::function<void()> task) {
  inbox_.post(std::move(task));
  if (handlers_.wake) handlers_.wake();
}

bool EventFeed::pause_for(std::chrono::milliseconds pause) {
  std::unique_lock lock(mutex_);
  return !wake_.wait_for(lock, pause, [this] { return stopping_; });
}

void EventFeed::run() {
  auto stopping = [this] {
    std::lock_guard lock(mutex_);
    return stopping_;
  };
  // The posted closures hold copies of the handlers, not `this`: the Inbox may
  // be drained after the feed is gone.
  auto on_link = handlers_.on_link;
  auto on_message = handlers_.on_message;
  auto on_retry = handlers_.on_retry;
  auto link = [&](bool up, std::optional<std::int64_t> since, std::string detail) {
    if (on_link) post([on_link, up, since, detail = std::move(detail)] { on_link(up, since, detail); });
  };

  EventStream stream(server_, token_);
  std::optional<std::int64_t> last_seq;
  std::chrono::milliseconds retry = timing_.first_retry;
  bool reported_down = false;
  bool reported_up = false;  // the UI believes the link is up
  while (!stopping()) {
    if (resync_.exchange(false)) last_seq.reset();
    std::string error;
    if (!stream.connect(last_seq, error, timing_.connect_timeout)) {
      if (!reported_down) link(false, std::nullopt, error);
      reported_down = true;
      reported_up = false;
      if (on_retry) post([on_retry, at = std::chrono::steady_clock::now() + retry, error] { on_retry(at, error); });
      if (!pause_for(retry)) break;
      retry = std::min(retry * 2, timing_.max_retry);
      continue;
    }
    retry = timing_.first_retry;
    reported_down = false;
    // After a quiet reopen the UI already shows the link up: a second "up"
    // would only wake it to redraw an unchanged screen.
    if (!reported_up) link(true, last_seq, {});
    reported_up = true;

    auto last_heard = std::chrono::steady_clock::now();
    bool reopen_quietly = false;
    while (!stopping()) {
      if (resync_.load()) {
        reopen_quietly = true;
        break;
      }
      std::optional<std::string> text = stream.read(kReadSlice);
      if (text) {
        last_heard = std::chrono::steady_clock::now();
        std::optional<EventMessage> decoded = decode_event_message(*text);
        if (!decoded) continue;  // not ours to show; the next message still counts
        if (decoded->seq) last_seq = *decoded->seq;
        if (on_message)
          post([on_message, message = std::move(decoded->message)]() mutable { on_message(std::move(message)); });
        continue;
      }
      if (stream.closed()) break;
      if (std::chrono::steady_clock::now() - last_heard > timing_.quiet_reopen) {
        reopen_quietly = true;
        break;
      }
    }
    stream.close();
    if (stopping()) break;
    if (reopen_quietly) continue;
    link(false, std::nullopt, "the server closed the event stream");
    reported_down = true;
    reported_up = false;
    if (!pause_for(retry)) break;
  }
}

}  // namespace kezek::net
