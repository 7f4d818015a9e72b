#pragma once
// Small drawing pieces the console's screens share: white cards, section
// titles, the big two-line action buttons (key on top, words below, wrapped)
// and the pill toggles of the language switch. Pure drawing: no state kept;
// the buttons and pills register where they were drawn, by id, for --script.

#include <imgui.h>

#include <string_view>

#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"

namespace kezek::staff {

ImU32 colour(const ImVec4& c, float alpha = 1.0f);

// A white, rounded child window; always call end_card().
bool begin_card(const char* id, ImVec2 size, ImGuiWindowFlags flags = 0);
void end_card();

void section_title(std::string_view title, const gui::Fonts& fonts, const gui::Palette& palette);
void text(std::string_view line, const ImVec4& colour);
void text_wrapped(std::string_view line, const ImVec4& colour);

// A button drawn by hand so that its words wrap: `key` ("F1") small on top,
// `title` below, and `note` (why it is disabled) under that. Registered as
// `id`. True when clicked.
bool action_button(gui::WidgetRegistry& widgets, std::string_view id, std::string_view key, std::string_view title,
                   std::string_view note, bool enabled, bool primary, ImVec2 size, const gui::Fonts& fonts,
                   const gui::Palette& palette);

// A rounded toggle: filled when `selected`. Registered as `id`. True when clicked.
bool pill(gui::WidgetRegistry& widgets, std::string_view id, std::string_view label, bool selected,
          const gui::Palette& palette);

}  // namespace kezek::staff
