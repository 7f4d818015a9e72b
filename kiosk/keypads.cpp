#include "kiosk/keypads.hpp"

#include "kiosk/kiosk_strings.hpp"
#include "shared/domain/codes.hpp"

namespace kezek::kiosk {

Intents draw_date_pad(catalog::Lang lang, const Ui& ui) {
  Intents intents;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ImVec2 key((ImGui::GetContentRegionAvail().x - 2 * spacing) / 3, ui.button_height());
  const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"};
  int column = 0;
  for (const char* k : keys) {
    if (column > 0) ImGui::SameLine();
    const std::string name = k;
    const std::string id = "digit:" + name;
    if (name == "clear") {
      if (gui::touch_button(ui.registry, id, std::string(tr(S::clear, lang)), key, ui.quiet(), true, ui.fonts.body))
        intents.push_back(intent::ExpiryClear{});
    } else if (name == "back") {
      if (gui::touch_button(ui.registry, id, "←", key, ui.quiet(), true, ui.fonts.heading))
        intents.push_back(intent::ExpiryBackspace{});
    } else if (gui::touch_button(ui.registry, id, name, key, ui.secondary(), true, ui.fonts.heading)) {
      intents.push_back(intent::ExpiryDigit{name[0]});
    }
    column = (column + 1) % 3;
  }
  return intents;
}

Intents draw_code_pad(catalog::Lang lang, const Ui& ui, int columns) {
  Intents intents;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float key_w =
      (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const ImVec2 key(key_w, ui.button_height());
  int column = 0;
  auto next = [&] {
    if (column > 0) ImGui::SameLine();
    column = (column + 1) % columns;
  };
  for (char symbol : domain::kCodeAlphabet) {
    next();
    const std::string text(1, symbol);
    if (gui::touch_button(ui.registry, "key:" + text, text, key, ui.secondary(), true, ui.fonts.heading))
      intents.push_back(intent::CodeKey{symbol});
  }
  next();
  if (gui::touch_button(ui.registry, "key:back", "←", key, ui.quiet(), true, ui.fonts.heading))
    intents.push_back(intent::CodeBackspace{});
  // Clear takes the rest of the last row.
  if (column > 0) ImGui::SameLine();
  if (gui::touch_button(ui.registry, "key:clear", std::string(tr(S::clear, lang)), ImVec2(0, ui.button_height()),
                        ui.quiet(), true, ui.fonts.body))
    intents.push_back(intent::CodeClear{});
  return intents;
}

void draw_code_boxes(const std::string& code, const Ui& ui) {
  const float box = ui.px(104);
  const float spacing = ui.px(12);
  const float dash = ui.px(44);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImFont* font = ui.fonts.large;
  const float font_px = font->FontSize * ImGui::GetIO().FontGlobalScale * 0.8f;
  float x = origin.x;
  for (int i = 0; i < domain::kCodeLength; ++i) {
    if (i == domain::kCodeLength / 2) {
      draw->AddText(font, font_px, ImVec2(x + dash * 0.2f, origin.y + (box - font_px) * 0.5f),
                    ImGui::GetColorU32(ui.palette.muted), "-");
      x += dash;
    }
    const ImVec2 min(x, origin.y);
    const ImVec2 max(x + box, origin.y + box);
    const bool filled = i < static_cast<int>(code.size());
    const bool current = i == static_cast<int>(code.size());
    draw->AddRectFilled(min, max, ImGui::GetColorU32(ImVec4(1, 1, 1, 1)), ui.px(10));
    draw->AddRect(min, max, ImGui::GetColorU32(current ? ui.palette.accent : ui.palette.muted), ui.px(10), 0,
                  current ? ui.px(5) : ui.px(2));
    if (filled) {
      const char text[2] = {code[static_cast<std::size_t>(i)], 0};
      const float w = font->CalcTextSizeA(font_px, FLT_MAX, 0, text).x;
      draw->AddText(font, font_px, ImVec2(min.x + (box - w) * 0.5f, min.y + (box - font_px) * 0.5f),
                    ImGui::GetColorU32(ui.palette.text), text);
    }
    x += box + spacing;
  }
  ImGui::Dummy(ImVec2(x - origin.x, box));
}

void draw_code_entry(const std::string& code, catalog::Lang lang, const Ui& ui, Intents& intents,
                     const std::function<void()>& answer) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  auto pad = [&] {
    for (Intent& i : draw_code_pad(lang, ui, 7)) intents.push_back(std::move(i));
  };
  // Side by side only where the pad keeps keys of a finger's width.
  if (!ui.portrait && avail.x >= ui.px(1400)) {
    ImGui::BeginChild("pad", ImVec2(avail.x * 0.58f, 0), false, ImGuiWindowFlags_NoScrollbar);
    draw_code_boxes(code, ui);
    gap(ui, 10);
    pad();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("answer", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    answer();
    ImGui::EndChild();
    return;
  }
  draw_code_boxes(code, ui);
  gap(ui, 10);
  if (static_cast<int>(code.size()) < domain::kCodeLength) {
    pad();
    gap(ui, 16);
  } else {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 key((ImGui::GetContentRegionAvail().x - spacing) / 2, ui.button_height());
    if (gui::touch_button(ui.registry, "key:back", "←", key, ui.quiet(), true, ui.fonts.heading))
      intents.push_back(intent::CodeBackspace{});
    ImGui::SameLine();
    if (gui::touch_button(ui.registry, "key:clear", std::string(tr(S::clear, lang)), key, ui.quiet(), true,
                          ui.fonts.body))
      intents.push_back(intent::CodeClear{});
  }
  answer();
}

}  // namespace kezek::kiosk
