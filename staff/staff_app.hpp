#pragma once
// StaffApp: the counter console and the supervisor view put together — the
// state the screens draw from, the network (requests on a RequestWorker,
// events on an EventFeed, both answering through the Inbox), the function
// keys and the script driver. Split by concern: staff_app.cpp (frames, keys,
// the idle loop), staff_app_requests.cpp (what is asked of the server and what
// its answers change).
//
// Threading: UI thread only. The network threads reach it only through the
// Inbox, which frame() and wants_redraw() drain.

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "shared/catalog/catalog.hpp"
#include "shared/gui/client_shell.hpp"
#include "shared/gui/script_driver.hpp"
#include "shared/gui/touch_input_watch.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/net/event_feed.hpp"
#include "shared/net/inbox.hpp"
#include "shared/net/link_state.hpp"
#include "shared/net/request_worker.hpp"
#include "staff/actions.hpp"
#include "staff/console_data.hpp"
#include "staff/counter_screen.hpp"
#include "staff/staff_options.hpp"
#include "staff/top_bar.hpp"

namespace kezek::staff {

class StaffApp {
 public:
  // `script`: the steps of --script, read before the window opened.
  StaffApp(gui::ClientShell& shell, StaffOptions options, std::optional<gui::Script> script);
  ~StaffApp();
  StaffApp(const StaffApp&) = delete;
  StaffApp& operator=(const StaffApp&) = delete;

  void frame();
  bool wants_redraw();
  // 0, or gui::kScriptFailedExit when a --script step failed.
  int exit_code() const { return exit_code_; }

 private:
  // --- staff_app.cpp ---
  void read_function_keys();
  void run_script();
  const char* screen_name() const;
  void draw_setup();
  std::optional<CentreStatus> centre_now(Instant now) const;
  bool settled() const;
  void wait_until_settled();  // screenshot mode only

  // --- staff_app_requests.cpp ---
  void start_network();
  void load_catalog();
  void refresh_status();
  void refresh_counter();
  void refresh_supervisor();
  void refresh_all();
  void maybe_poll();
  void press(Action action);
  void confirm_transfer();
  void export_csv();
  void on_event(const boost::json::object& message);
  void maybe_ask_status(Instant now);
  void on_link(bool up, const std::string& detail);
  void on_retry(std::chrono::steady_clock::time_point next_try, const std::string& detail);
  std::string counter_path() const;

  gui::ClientShell& shell_;
  StaffOptions options_;
  catalog::Lang lang_;
  View view_ = View::counter;

  net::Inbox inbox_;
  std::optional<catalog::Catalog> catalog_;
  bool catalog_tried_ = false;

  ConsoleData data_;  // everything the server said, decoded
  bool status_loading_ = false;
  std::chrono::steady_clock::time_point status_asked_{};
  bool counter_loading_ = false, counter_again_ = false;
  bool supervisor_loading_ = false, supervisor_again_ = false;
  std::optional<net::LinkState> connection_;
  std::chrono::steady_clock::time_point last_poll_{};

  bool acting_ = false;
  CounterScreenState screen_;
  std::string export_note_;
  bool export_failed_ = false, exporting_ = false;

  gui::WidgetRegistry registry_;  // where the buttons were drawn, for the script's taps
  std::mutex stb_lock_;           // stb_image_write's settings are process-wide
  std::optional<gui::ScriptDriver> script_;
  int exit_code_ = 0;

  gui::TouchInputWatch input_;  // any input ends the idle wait
  int settle_frames_ = 3;
  std::int64_t drawn_minute_ = -1;
  std::int64_t drawn_second_ = -1;

  // Last: their threads stop (and post nothing more) before the rest goes.
  std::unique_ptr<net::RequestWorker> network_;
  std::unique_ptr<net::EventFeed> feed_;
};

}  // namespace kezek::staff
