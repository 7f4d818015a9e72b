#include "shared/gui/theme.hpp"

namespace kezek::gui {

void apply_theme(const Palette& p, int height) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  const float scale = static_cast<float>(height) / 1080.0f;
  style.WindowPadding = ImVec2(32, 24);
  style.FramePadding = ImVec2(24, 20);
  style.ItemSpacing = ImVec2(20, 18);
  style.ScrollbarSize = 36;
  style.FrameRounding = 12;
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ScaleAllSizes(scale);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.muted;
  c[ImGuiCol_Button] = p.accent;
  c[ImGuiCol_ButtonHovered] = ImVec4(p.accent.x * 0.9f, p.accent.y * 0.9f, p.accent.z * 0.9f, 1);
  c[ImGuiCol_ButtonActive] = p.navy;
  c[ImGuiCol_Header] = ImVec4(0.85f, 0.92f, 0.94f, 1);
  c[ImGuiCol_Separator] = ImVec4(0.80f, 0.83f, 0.88f, 1);
}

ImVec4 state_colour(CentreState state, const Palette& palette) {
  switch (state) {
    case CentreState::open: return palette.open;
    case CentreState::lunch: return palette.lunch;
    case CentreState::closed: return palette.closed;
  }
  return palette.text;
}

}  // namespace kezek::gui
