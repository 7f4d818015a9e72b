#include "kiosk/screen_appointment.hpp"

#include <GLFW/glfw3.h>

#include "kiosk/keypads.hpp"
#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {

void read_typed_code(Intents& intents) {
  const ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
    const ImWchar c = io.InputQueueCharacters[i];
    if (c == '-' || c == ' ') continue;  // "K7M-4QX" as printed
    intents.push_back(intent::CodeKey{c < 0x80 ? static_cast<char>(c) : '?'});
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_BACKSPACE)) intents.push_back(intent::CodeBackspace{});
  if (ImGui::IsKeyPressed(GLFW_KEY_ENTER) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER))
    intents.push_back(intent::SubmitCode{});
}

Intents draw_appointment(const CodeScreenView& view, const Ui& ui) {
  Intents intents;
  const catalog::Lang lang = view.lang;
  read_typed_code(intents);
  heading(ui, tr(S::enter_code, lang));
  text_block(ui.fonts.body, ui.palette.muted, tr(S::code_hint, lang));
  gap(ui, 10);
  auto answer = [&] {
    if (!view.message.empty()) message_panel(ui, view.message_colour, view.message);
    if (!view.offered_service.empty() &&
        gui::touch_button(ui.registry, "take_standard", std::string(tr(S::take_standard_ticket, lang)),
                          ImVec2(0, ui.px(120)), ui.primary(), !view.busy && !view.offline, ui.fonts.heading)) {
      intents.push_back(intent::TakeTicket{view.offered_service, catalog::Tier::standard});
    }
    gap(ui, 10);
    // Too late: the standard ticket is the way on; checking in again would only say the same.
    if (view.offered_service.empty() &&
        gui::touch_button(ui.registry, "check_in", std::string(tr(S::check_in, lang)), ImVec2(0, ui.px(120)),
                          ui.secondary(), view.can_submit, ui.fonts.heading)) {
      intents.push_back(intent::SubmitCode{});
    }
    if (view.busy) text_block(ui.fonts.body, ui.palette.muted, tr(S::please_wait, lang));
    if (view.offline) text_block(ui.fonts.body, ui.palette.warning, tr(S::offline_short, lang));
  };

  draw_code_entry(view.code, lang, ui, intents, answer);
  return intents;
}

}  // namespace kezek::kiosk
