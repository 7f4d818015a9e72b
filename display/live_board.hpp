#pragma once
// LiveBoard: folds the event feed's messages into the DisplayModel — a
// snapshot replaces the board, an event updates it; a gap in the sequence
// numbers asks for a fresh snapshot; a call or recall starts the flash and is
// handed to the announcer unless it is old news (replayed after a long
// outage).
//
// Threading: UI thread only (it runs inside Inbox::drain()).

#include <boost/json/object.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "display/announcement.hpp"
#include "display/display_model.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::display {

struct LiveBoardHooks {
  std::function<void(const Announcement&)> announce;
  std::function<void()> resync;
  std::function<void(const std::string&)> trace;
};

class LiveBoard {
 public:
  // A call older than this when it arrives is shown but not spoken.
  static constexpr std::chrono::seconds kSpeakWithin{60};

  LiveBoard(DisplayModel& model, LiveBoardHooks hooks) : model_(model), hooks_(std::move(hooks)) {}

  void on_message(const boost::json::object& message, Instant now, std::chrono::steady_clock::time_point tick,
                  std::int64_t frame);
  void on_link(bool up, std::optional<std::int64_t> resumed_after, const std::string& detail, std::int64_t frame);

 private:
  void trace(const std::string& text) const {
    if (hooks_.trace) hooks_.trace(text);
  }

  DisplayModel& model_;
  LiveBoardHooks hooks_;
};

}  // namespace kezek::display
