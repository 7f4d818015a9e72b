#pragma once
// The header every Kezek screen shares: the name, the clock and the Centre's
// state in English, Russian and Kazakh.

#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::gui {

struct StatusBannerModel {
  std::string subtitle;  // which program: "Kiosk", "Wall display", "Counter 3"
  Instant now{};
  CentreStatus status{};
};

// Draws the banner across the top of the current window.
void draw_status_banner(const StatusBannerModel& model, const Fonts& fonts, const Palette& palette);

}  // namespace kezek::gui
