#pragma once
// The wall display's one screen, for a TV in the pavilion seen from across the
// hall: the newest call big (ticket → counter, pulsing for a few seconds when
// it comes in), the calls before it, how many wait per service group, the
// clock and the Centre's state, and a quiet ticker. Draws from a DisplayView;
// the display takes no input, so there are no intents.
//
// Threading: UI thread only, inside a frame.

#include "display/display_view.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"

namespace kezek::display {

void draw_display(const DisplayView& view, const gui::Fonts& fonts, const gui::Palette& palette);

}  // namespace kezek::display
