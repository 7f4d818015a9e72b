#include "staff/widgets.hpp"

#include <algorithm>
#include <string>

namespace kezek::staff {

ImU32 colour(const ImVec4& c, float alpha) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

bool begin_card(const char* id, ImVec2 size, ImGuiWindowFlags flags) {
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
  const bool open = ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding | flags);
  ImGui::PopStyleVar(2);
  return open;
}

void end_card() { ImGui::EndChild(); }

void section_title(std::string_view title, const gui::Fonts& fonts, const gui::Palette& palette) {
  ImGui::PushFont(fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, palette.navy);
  ImGui::SetWindowFontScale(0.62f);
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void text(std::string_view line, const ImVec4& c) {
  ImGui::PushStyleColor(ImGuiCol_Text, c);
  ImGui::TextUnformatted(line.data(), line.data() + line.size());
  ImGui::PopStyleColor();
}

void text_wrapped(std::string_view line, const ImVec4& c) {
  ImGui::PushStyleColor(ImGuiCol_Text, c);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(line.data(), line.data() + line.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

bool action_button(gui::WidgetRegistry& widgets, std::string_view id, std::string_view key, std::string_view title,
                   std::string_view note, bool enabled, bool primary, ImVec2 size, const gui::Fonts& fonts,
                   const gui::Palette& palette) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(id.data(), id.data() + id.size());
  const bool clicked = ImGui::InvisibleButton("button", size) && enabled;
  const bool hovered = enabled && ImGui::IsItemHovered();
  const bool held = enabled && ImGui::IsItemActive();
  ImGui::PopID();
  widgets.add_last_item(id, enabled);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  ImVec4 fill = primary ? palette.navy : palette.accent;
  if (!enabled)
    fill = ImVec4(0.86f, 0.88f, 0.91f, 1.0f);
  else if (held)
    fill = ImVec4(fill.x * 0.8f, fill.y * 0.8f, fill.z * 0.8f, 1.0f);
  else if (hovered)
    fill = ImVec4(fill.x * 0.9f + 0.05f, fill.y * 0.9f + 0.05f, fill.z * 0.9f + 0.05f, 1.0f);
  draw->AddRectFilled(pos, end, colour(fill), 10.0f);
  const ImVec4 ink = enabled ? ImVec4(1, 1, 1, 1) : palette.muted;

  const float pad = 10.0f;
  const float wrap = size.x - 2 * pad;
  ImFont* font = fonts.body;
  const float scale = ImGui::GetIO().FontGlobalScale;
  const float key_size = font->FontSize * scale * 0.8f;
  const float title_size = font->FontSize * scale;
  const float note_size = font->FontSize * scale * 0.72f;
  float y = pos.y + pad;
  const std::string key_text(key);
  draw->AddText(font, key_size, ImVec2(pos.x + pad, y), colour(ink, 0.75f), key_text.c_str());
  y += key_size + 2;
  const std::string title_text(title);
  draw->AddText(font, title_size, ImVec2(pos.x + pad, y), colour(ink), title_text.c_str(), nullptr, wrap);
  y += font->CalcTextSizeA(title_size, FLT_MAX, wrap, title_text.c_str()).y + 4;
  if (!note.empty()) {
    const std::string note_text(note);
    const ImVec4 note_ink = enabled ? ink : palette.warning;
    draw->PushClipRect(pos, end, true);
    draw->AddText(font, note_size, ImVec2(pos.x + pad, y), colour(note_ink), note_text.c_str(), nullptr, wrap);
    draw->PopClipRect();
  }
  return clicked;
}

bool pill(gui::WidgetRegistry& widgets, std::string_view id, std::string_view label, bool selected,
          const gui::Palette& palette) {
  const std::string text_(label);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 40.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 6));
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette.navy : ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? palette.navy : ImVec4(0.88f, 0.93f, 0.96f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? ImVec4(1, 1, 1, 1) : palette.text);
  const bool clicked = ImGui::Button(text_.c_str());
  widgets.add_last_item(id, true);
  ImGui::PopStyleColor(3);
  ImGui::PopStyleVar(2);
  return clicked;
}

}  // namespace kezek::staff
