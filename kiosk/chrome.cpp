#include "kiosk/chrome.hpp"

#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {

Intents draw_header(const HeaderView& view, const Ui& ui) {
  Intents intents;
  const float lang_w = ui.px(210);
  const float row_h = ui.px(84);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float left = ImGui::GetCursorPosX();
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float top = ImGui::GetCursorPosY();
  const float langs_x = right - 3 * lang_w - 2 * spacing;

  ImGui::PushFont(ui.fonts.heading);
  ImGui::SetCursorPosY(top + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextColored(ui.palette.navy, "Kezek");
  ImGui::PopFont();
  const float brand_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;

  // The clock and the Centre's state: beside the name when they fit, else on a row of their own.
  ImGui::PushFont(ui.fonts.body);
  const std::string status = view.clock + "   " + view.status_line;
  const float status_w = ImGui::CalcTextSize("● ").x + ImGui::CalcTextSize(status.c_str()).x;
  const bool one_row = brand_end + 2 * spacing + status_w < langs_x - spacing;
  auto draw_status = [&](float x, float y) {
    ImGui::SetCursorPos(ImVec2(x, y));
    ImGui::TextUnformatted(view.clock.c_str());
    if (view.status_line.empty()) return;  // the state is not known: no coloured dot pretending it is
    ImGui::SameLine();
    ImGui::TextColored(state_colour(view.state, ui.palette), "●");
    ImGui::SameLine();
    ImGui::TextUnformatted(view.status_line.c_str());
  };
  if (one_row) draw_status(brand_end + 2 * spacing, top + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::PopFont();

  ImGui::SetCursorPos(ImVec2(langs_x, top));
  for (catalog::Lang lang : catalog::kAllLangs) {
    const std::string id = "lang:" + std::string(catalog::to_string(lang));
    const auto colours = lang == view.lang ? ui.secondary() : ui.quiet();
    if (gui::touch_button(ui.registry, id, std::string(language_name(lang)), ImVec2(lang_w, row_h), colours, true,
                          ui.fonts.body)) {
      intents.push_back(intent::SetLang{lang});
    }
    if (lang != catalog::Lang::kk) ImGui::SameLine();
  }
  if (!one_row) {
    ImGui::PushFont(ui.fonts.body);
    draw_status(left, ImGui::GetCursorPosY());
    ImGui::PopFont();
  }
  if (view.offline) message_panel(ui, ui.palette.warning, tr(S::offline_banner, view.lang));
  ImGui::Separator();
  return intents;
}

float footer_height(const Ui& ui) { return ui.button_height() + ImGui::GetStyle().ItemSpacing.y * 2; }

Intents draw_footer(const FooterView& view, const Ui& ui) {
  Intents intents;
  const float width = ImGui::GetContentRegionAvail().x;
  const float button_w = ui.portrait ? (width - ImGui::GetStyle().ItemSpacing.x) / 2 : ui.px(360);
  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - ui.button_height());
  if (view.back) {
    if (gui::touch_button(ui.registry, "back", std::string(tr(S::back, view.lang)),
                          ImVec2(button_w, ui.button_height()), ui.quiet(), true, ui.fonts.body)) {
      intents.push_back(intent::GoBack{});
    }
    ImGui::SameLine();
  }
  if (view.start_over) {
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - button_w);
    if (gui::touch_button(ui.registry, "home", std::string(tr(S::start_over, view.lang)),
                          ImVec2(button_w, ui.button_height()), ui.quiet(), true, ui.fonts.body)) {
      intents.push_back(intent::GoHome{});
    }
  }
  return intents;
}

}  // namespace kezek::kiosk
