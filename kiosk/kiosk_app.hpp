#pragma once
// KioskApp: the kiosk's controller. Each frame it drains the inbox (answers
// from the network and printer threads), builds the current screen's view from
// the state, draws it, and carries out the intents the screen returns — which
// may start requests on the network thread or a print on the printer's.
// Split by feature: kiosk_app.cpp (the frame, idle, demo), kiosk_app_intents.cpp
// (navigation and input), kiosk_app_server.cpp (requests and answers).
//
// Threading: UI thread only. Other threads reach it only through the Inbox.

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_network.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/kiosk_state.hpp"
#include "kiosk/kiosk_ui.hpp"
#include "kiosk/served_catalog.hpp"
#include "kiosk/ticket_printer.hpp"
#include "shared/gui/client_shell.hpp"
#include "shared/gui/script_driver.hpp"
#include "shared/gui/touch_input_watch.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::kiosk {

class KioskApp {
 public:
  // `script`: the steps of --script, read before the window opened.
  KioskApp(gui::ClientShell& shell, KioskOptions options, std::optional<gui::Script> script);
  ~KioskApp();
  KioskApp(const KioskApp&) = delete;
  KioskApp& operator=(const KioskApp&) = delete;

  // The frame loop's two callbacks (AppWindow::run).
  void frame();
  bool wants_redraw();
  // 0, or 3 when a --script step failed.
  int exit_code() const { return exit_code_; }

 private:
  using SteadyClock = std::chrono::steady_clock;

  // kiosk_app.cpp
  Ui make_ui();
  void draw_screen(const Ui& ui, Intents& intents);
  void run_script();
  bool idle() const;
  void check_idle();
  const char* screen_name() const;

  // kiosk_app_intents.cpp (the decisions are navigation.hpp's)
  void apply(const Intent& intent);
  void start_over(bool forget_language);

  // kiosk_app_server.cpp
  void keep_in_touch();  // polls: status while online, /healthz while not
  void fetch_catalog();
  void fetch_status();
  void on_status(const Reply& reply);
  void note_reply(const Reply& reply);
  void issue_ticket(const std::string& service, catalog::Tier tier);
  void check_in(const std::string& code);
  void look_up(const std::string& code);
  void on_check_in(const Reply& reply);
  void check_extension(Date expiry);
  void show_ticket(protocol::Ticket ticket, std::optional<Instant> appointment_start);
  void print_ticket();

  gui::ClientShell& shell_;
  KioskOptions options_;
  KioskState state_;
  std::shared_ptr<const ServedCatalog> catalog_;
  gui::WidgetRegistry registry_;
  gui::TouchInputWatch input_;
  net::Inbox inbox_;
  std::mutex stb_lock_;  // stb_image_write's settings are process-wide
  std::optional<gui::ScriptDriver> script_;
  int exit_code_ = 0;
  bool demo_ = false;
  bool dirty_ = true;              // something changed that the screen must show
  std::size_t quiet_replies_ = 0;  // status-poll replies among the tasks just drained

  int shown_minute_ = -1;
  bool poll_in_flight_ = false;
  SteadyClock::time_point next_poll_ = SteadyClock::now();
  SteadyClock::time_point last_status_request_{};

  // Declared last: their threads stop (joined in their destructors) before
  // the state they post answers about goes away.
  std::unique_ptr<TicketPrinter> printer_;
  std::unique_ptr<KioskNetwork> network_;  // null in demo mode
};

}  // namespace kezek::kiosk
