#pragma once
// The Kezek look: light, high-contrast, generous padding for fingers (touch
// targets at least 80 px high at 1080p), AIFC-like navy and teal accents.

#include <imgui.h>

#include "shared/calendar/centre_status.hpp"

namespace kezek::gui {

struct Palette {
  ImVec4 background{0.96f, 0.97f, 0.98f, 1.0f};
  ImVec4 text{0.08f, 0.11f, 0.20f, 1.0f};
  ImVec4 muted{0.38f, 0.42f, 0.50f, 1.0f};
  ImVec4 accent{0.00f, 0.45f, 0.55f, 1.0f};  // teal
  ImVec4 navy{0.06f, 0.16f, 0.33f, 1.0f};
  ImVec4 open{0.10f, 0.55f, 0.25f, 1.0f};
  ImVec4 lunch{0.85f, 0.55f, 0.05f, 1.0f};
  ImVec4 closed{0.75f, 0.15f, 0.15f, 1.0f};
  ImVec4 warning{0.80f, 0.20f, 0.10f, 1.0f};
};

// Applies the style to the current ImGui context, scaled for a window `height` px high.
void apply_theme(const Palette& palette, int height);

// The colour that says the Centre's state (open, lunch, closed) on every screen.
ImVec4 state_colour(CentreState state, const Palette& palette);

}  // namespace kezek::gui
