#pragma once
// What every kiosk screen draws with: the fonts, the palette, the registry of
// touch targets, and the sizes for this screen (a unit that is 1 px at 1080p
// on the shorter side, so portrait and landscape read alike at arm's length).
//
// Threading: UI thread only.

#include <imgui.h>

#include <string>
#include <string_view>

#include "shared/calendar/centre_status.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"

namespace kezek::kiosk {

struct Ui {
  const gui::Fonts& fonts;
  const gui::Palette& palette;
  gui::WidgetRegistry& registry;
  float unit = 1.0f;      // pixels per 1080p pixel
  bool portrait = false;  // taller than wide: one column

  float px(float at_1080p) const { return at_1080p * unit; }
  // A touch target: 88 px at 1080p, above the 80 px minimum with room to spare.
  float button_height() const { return px(88); }

  gui::TouchColours primary() const { return {palette.accent, ImVec4(1, 1, 1, 1)}; }
  gui::TouchColours secondary() const { return {palette.navy, ImVec4(1, 1, 1, 1)}; }
  gui::TouchColours quiet() const { return {ImVec4(0.86f, 0.89f, 0.93f, 1), palette.text}; }
  gui::TouchColours selected() const { return {ImVec4(0.80f, 0.92f, 0.88f, 1), palette.text}; }
};

using gui::state_colour;

// Wrapped text in `font` and `colour` across the rest of the line.
void text_block(ImFont* font, const ImVec4& colour, std::string_view text);
// A title in the heading font.
void heading(const Ui& ui, std::string_view text);
// A coloured panel with a wrapped message, for answers and warnings.
void message_panel(const Ui& ui, const ImVec4& colour, std::string_view text, ImFont* font = nullptr);
// Space of `height` 1080p pixels.
void gap(const Ui& ui, float height);

}  // namespace kezek::kiosk
