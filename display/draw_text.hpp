#pragma once
// Text on the wall display's draw list at any pixel size: ImGui 1.86 draws a
// font at other sizes than it was built for, which lets a long Russian group
// name shrink to its column instead of running over the next one.
//
// Threading: UI thread only (between ImGui::NewFrame and ImGui::Render).

#include <imgui.h>

#include <string_view>

namespace kezek::display {

enum class Align { left, centre, right };

ImVec2 text_size(const ImFont* font, float size, std::string_view text);

// `size`, or smaller so that `text` fits in `max_width`.
float fit_size(const ImFont* font, float size, std::string_view text, float max_width);

// Draws `text` with its left, centre or right edge at `x` and its top at `y`;
// returns the width drawn.
float draw_text(ImDrawList* list, const ImFont* font, float size, float x, float y, ImU32 colour, std::string_view text,
                Align align = Align::left);

ImU32 to_u32(const ImVec4& colour, float alpha = 1.0f);
ImVec4 mix(const ImVec4& a, const ImVec4& b, float t);

}  // namespace kezek::display
