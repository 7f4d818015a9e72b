#pragma once
// EventFeed: the server's event WebSocket kept open on a background thread.
// It connects, reads each message and posts it to the UI's Inbox; when the
// connection drops (or cannot be made) it says so once and tries again with a
// growing pause (0.5 s doubling to 10 s), resuming after the last sequence
// number it saw, so the server replays what was missed or sends a snapshot.
// A link that stays quiet for a long time is reopened quietly: a server that
// restarted behind a dead TCP connection would otherwise never be noticed.
//
// Threading: construct and destroy on the UI thread; resync() from any thread.
// The handlers run on the UI thread, from Inbox::drain(); `wake` (optional) runs
// on the feed's thread right after each post so an idle UI loop can wake up.

#include <boost/json/object.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "shared/net/inbox.hpp"

namespace kezek::net {

struct EventFeedHandlers {
  // One message: a snapshot or an event (already parsed; never invalid JSON).
  std::function<void(boost::json::object message)> on_message;
  // The link came up (the first time and after each outage; `resumed_after`
  // set when it asked to resume after that sequence number — a quiet reopen
  // of a link that never went down is not reported) or went down (`connected`
  // false, `detail` says why; once per outage, not once per failed retry).
  std::function<void(bool connected, std::optional<std::int64_t> resumed_after, std::string detail)> on_link;
  // Each failed attempt to connect (optional): when the next one will be made,
  // for a "retrying in N s" line.
  std::function<void(std::chrono::steady_clock::time_point next_try, std::string detail)> on_retry;
  // Called on the feed's thread after each post (e.g. glfwPostEmptyEvent).
  std::function<void()> wake;
};

struct EventFeedTiming {
  std::chrono::milliseconds first_retry{500};
  std::chrono::milliseconds max_retry{10000};
  std::chrono::milliseconds quiet_reopen{60000};
  std::chrono::milliseconds connect_timeout{3000};
};

class EventFeed {
 public:
  EventFeed(std::string server, std::string token, Inbox& inbox, EventFeedHandlers handlers,
            EventFeedTiming timing = {});
  ~EventFeed();  // stops the thread (within a read timeout) and joins it
  EventFeed(const EventFeed&) = delete;
  EventFeed& operator=(const EventFeed&) = delete;

  // Forget the last sequence number and reconnect for a fresh snapshot: the UI
  // saw a gap in the numbers.
  void resync();

 private:
  void run();
  void post(std::function<void()> task);
  // Sleeps up to `pause`; false when the feed is stopping.
  bool pause_for(std::chrono::milliseconds pause);

  std::string server_, token_;
  Inbox& inbox_;
  EventFeedHandlers handlers_;
  EventFeedTiming timing_;
  std::atomic<bool> resync_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kezek::net
