#include "kiosk/screen_ticket.hpp"

#include <algorithm>

#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {
namespace {

void draw_qr(const QrMatrix& qr, float side, const Ui& ui) {
  const int quiet = 3;  // modules of white around, so phones find the code
  const float module = side / static_cast<float>(qr.size + 2 * quiet);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32_WHITE);
  const ImU32 ink = ImGui::GetColorU32(ui.palette.text);
  for (int y = 0; y < qr.size; ++y) {
    for (int x = 0; x < qr.size; ++x) {
      if (!qr.at(x, y)) continue;
      const ImVec2 min(origin.x + static_cast<float>(x + quiet) * module,
                       origin.y + static_cast<float>(y + quiet) * module);
      draw->AddRectFilled(min, ImVec2(min.x + module + 0.5f, min.y + module + 0.5f), ink);
    }
  }
  ImGui::Dummy(ImVec2(side, side));
}

void draw_number_card(const TicketView& view, const Ui& ui) {
  text_block(ui.fonts.heading, ui.palette.muted, tr(S::your_ticket, view.lang));
  ImGui::PushFont(ui.fonts.huge);
  ImGui::TextColored(ui.palette.navy, "%s", view.number.c_str());
  ImGui::PopFont();
  text_block(ui.fonts.heading, ui.palette.text, view.service_name);
  if (!view.tier_name.empty()) text_block(ui.fonts.body, ui.palette.accent, view.tier_name);
  gap(ui, 10);
  for (const std::string& line : view.lines) text_block(ui.fonts.heading, ui.palette.text, line);
}

void draw_side(const TicketView& view, const Ui& ui, float qr_side) {
  if (!view.after_lunch.empty()) message_panel(ui, ui.palette.lunch, view.after_lunch);
  if (!view.print_message.empty()) message_panel(ui, view.print_colour, view.print_message);
  text_block(ui.fonts.body, ui.palette.muted, tr(S::watch_screen, view.lang));
  gap(ui, 10);
  if (view.qr == nullptr) return;
  draw_qr(*view.qr, std::min(qr_side, ImGui::GetContentRegionAvail().y), ui);
  ImGui::SameLine();
  text_block(ui.fonts.body, ui.palette.muted, tr(S::scan_to_follow, view.lang));
}

Intents draw_refusal(const TicketView& view, const Ui& ui) {
  Intents intents;
  gap(ui, 20);
  message_panel(ui, ui.palette.warning, view.refusal_title, ui.fonts.heading);
  gap(ui, 10);
  for (const std::string& line : view.refusal_lines) text_block(ui.fonts.heading, ui.palette.text, line);
  if (!view.server_message.empty()) text_block(ui.fonts.body, ui.palette.muted, view.server_message);
  gap(ui, 20);
  if (gui::touch_button(ui.registry, "done", std::string(tr(S::done, view.lang)),
                        ImVec2(ui.portrait ? 0 : ui.px(480), ui.button_height()), ui.primary(), true,
                        ui.fonts.heading)) {
    intents.push_back(intent::Done{});
  }
  return intents;
}

}  // namespace

Intents draw_ticket(const TicketView& view, const Ui& ui) {
  if (!view.issued) return draw_refusal(view, ui);
  Intents intents;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float done_h = ui.button_height() + ImGui::GetStyle().ItemSpacing.y;
  if (ui.portrait) {
    ImGui::BeginChild("ticket", ImVec2(0, avail.y - done_h), false, ImGuiWindowFlags_NoScrollbar);
    draw_number_card(view, ui);
    gap(ui, 16);
    draw_side(view, ui, ui.px(300));
    ImGui::EndChild();
  } else {
    ImGui::BeginChild("number", ImVec2(avail.x * 0.5f, avail.y - done_h), false, ImGuiWindowFlags_NoScrollbar);
    draw_number_card(view, ui);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("details", ImVec2(0, avail.y - done_h), false, ImGuiWindowFlags_NoScrollbar);
    draw_side(view, ui, ui.px(300));
    ImGui::EndChild();
  }
  if (gui::touch_button(ui.registry, "done", std::string(tr(S::done, view.lang)), ImVec2(0, ui.button_height()),
                        ui.primary(), true, ui.fonts.heading)) {
    intents.push_back(intent::Done{});
  }
  return intents;
}

}  // namespace kezek::kiosk
