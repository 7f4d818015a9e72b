#pragma once
// DisplayApp: the wall display put together — the event feed on its network
// thread (or a demo board from a file), the announcer on its audio thread, the
// model they fill through the Inbox, and the frame loop that draws it. Frames
// are drawn only when something changed: an event arrived, the minute or the
// rotating language turned, or a call is flashing.
//
// Threading: UI thread only; the feed and the announcer keep to their threads
// and reach the model only through the Inbox.

#include <memory>
#include <optional>
#include <string>

#include "display/announcer.hpp"
#include "display/display_config.hpp"
#include "display/display_model.hpp"
#include "display/display_view.hpp"
#include "display/live_board.hpp"
#include "display/trace_log.hpp"
#include "shared/gui/client_shell.hpp"
#include "shared/net/event_feed.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::display {

struct DisplaySetup {
  DisplayArgs args;
  DisplayConfig config;
  std::string server, token;
};

class DisplayApp {
 public:
  DisplayApp(gui::ClientShell& shell, DisplaySetup setup);
  int run();

 private:
  void load_demo(const std::filesystem::path& file);
  void start_feed();
  void drain();
  void hold_for_first_board();
  void draw();
  bool wants_redraw() const;
  void trace(const std::string& line) { trace_.line(line); }

  gui::ClientShell& shell_;
  DisplaySetup setup_;
  TraceLog trace_;
  DisplayModel model_;
  ViewSettings view_settings_;
  net::Inbox inbox_;
  LiveBoard live_;
  std::unique_ptr<Announcer> announcer_;
  std::unique_ptr<net::EventFeed> feed_;  // last: stopped before the rest goes

  std::int64_t frame_ = 0;
  RedrawKey drawn_key_;
  std::string drawn_call_;  // number, call time and recalls of the call last drawn big
};

}  // namespace kezek::display
