#include "kiosk/kiosk_ui.hpp"

#include <string>

namespace kezek::kiosk {

void text_block(ImFont* font, const ImVec4& colour, std::string_view text) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void heading(const Ui& ui, std::string_view text) { text_block(ui.fonts.heading, ui.palette.navy, text); }

void message_panel(const Ui& ui, const ImVec4& colour, std::string_view text, ImFont* font) {
  ImFont* f = font != nullptr ? font : ui.fonts.body;
  const float pad = ui.px(20);
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(f);
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, width - 2 * pad - ui.px(12));
  ImGui::PopFont();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 end(pos.x + width, pos.y + size.y + 2 * pad);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, 0.12f)), ui.px(12));
  draw->AddRectFilled(pos, ImVec2(pos.x + ui.px(12), end.y), ImGui::GetColorU32(colour), ui.px(12),
                      ImDrawFlags_RoundCornersLeft);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad + ui.px(12), pos.y + pad));
  ImGui::PushFont(f);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad - ui.px(12));
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, end.y));
  ImGui::Dummy(ImVec2(width, 0));
}

void gap(const Ui& ui, float height) { ImGui::Dummy(ImVec2(1, ui.px(height))); }

}  // namespace kezek::kiosk
