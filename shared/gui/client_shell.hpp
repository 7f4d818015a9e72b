#pragma once
// ClientShell: what every Kezek GUI program sets up before its first frame —
// options, the working calendar, the clock (real, or started at --now), the
// window and the theme — and the full-screen root window each frame draws into
// (ImGui's ShowExampleAppFullscreen: no decoration, the whole viewport).
//
// Threading: UI thread only.

#include <memory>
#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "shared/gui/app_window.hpp"
#include "shared/gui/client_options.hpp"
#include "shared/gui/theme.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::gui {

class ClientShell {
 public:
  // The options are parsed once, by the program, before any window opens.
  explicit ClientShell(ClientOptions options);

  const ClientOptions& options() const { return options_; }
  const WorkingCalendar& calendar() const { return calendar_; }
  const Clock& clock() const { return *clock_; }
  AppWindow& window() { return *window_; }
  const Fonts& fonts() const { return window_->fonts(); }
  const Palette& palette() const { return palette_; }

 private:
  ClientOptions options_;
  WorkingCalendar calendar_;
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<AppWindow> window_;
  Palette palette_;
};

// Opens the undecorated full-screen root window; returns false when it is
// collapsed (callers still call end_root()).
bool begin_root(const char* id);
void end_root();

}  // namespace kezek::gui
