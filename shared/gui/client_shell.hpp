#pragma once
// ClientShell: what every Kezek GUI program sets up before its first frame —
// options, the clock (real, or started at --now), the window and the theme —
// and the full-screen root window each frame draws into (ImGui's
// ShowExampleAppFullscreen: no decoration, the whole viewport). The Centre's
// hours and days off are not here: every client learns them from the server's
// status (shared/protocol/status.hpp), so a screen never contradicts it.
//
// Threading: UI thread only.

#include <memory>
#include <string>

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
  const Clock& clock() const { return *clock_; }
  AppWindow& window() { return *window_; }
  const Fonts& fonts() const { return window_->fonts(); }
  const Palette& palette() const { return palette_; }

 private:
  ClientOptions options_;
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<AppWindow> window_;
  Palette palette_;
};

// Opens the undecorated full-screen root window; returns false when it is
// collapsed (callers still call end_root()).
bool begin_root(const char* id);
void end_root();

}  // namespace kezek::gui
