#include "kiosk/screen_home.hpp"

#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {

Intents draw_home(const HomeView& view, const Ui& ui) {
  Intents intents;
  const catalog::Lang lang = view.lang;
  gap(ui, 6);
  text_block(ui.fonts.body, ui.palette.muted, tr(S::centre_name, lang));
  heading(ui, tr(S::welcome, lang));
  gap(ui, 12);

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = ImGui::GetContentRegionAvail().x;
  const int columns = ui.portrait ? 1 : 3;
  const ImVec2 tile(ui.portrait ? width : (width - 2 * spacing) / 3, ui.portrait ? ui.px(260) : ui.px(380));
  const gui::TouchColours slate{ImVec4(0.20f, 0.30f, 0.45f, 1), ImVec4(1, 1, 1, 1)};

  struct Tile {
    const char* id;
    S title, hint;
    gui::TouchColours colours;
    bool enabled;
    Intent intent;
  };
  const Tile tiles[] = {
      // Browsing the catalog needs no server, but not a server this kiosk cannot talk to.
      {"take_ticket", S::take_ticket, S::take_ticket_hint, ui.primary(), view.can_serve, intent::OpenTakeTicket{}},
      {"have_appointment", S::have_appointment, S::have_appointment_hint, ui.secondary(), view.online && view.can_serve,
       intent::OpenAppointment{}},
      {"check_booking", S::check_booking, S::check_booking_hint, slate, view.online && view.can_serve,
       intent::OpenBooking{}},
  };
  int column = 0;
  for (const Tile& t : tiles) {
    if (column > 0) ImGui::SameLine();
    if (gui::touch_button(ui.registry, t.id, std::string(tr(t.title, lang)), tile, t.colours, t.enabled,
                          ui.fonts.heading, std::string(tr(t.hint, lang)), ui.fonts.body)) {
      intents.push_back(t.intent);
    }
    column = (column + 1) % columns;
  }
  if (!view.online)
    text_block(ui.fonts.body, ui.palette.warning, tr(S::offline_short, lang));
  else if (!view.notice.empty())
    text_block(ui.fonts.body, ui.palette.warning, view.notice);

  gap(ui, 24);
  text_block(ui.fonts.heading, ui.palette.navy, std::string(tr(S::today_hours, lang)) + ": " + view.hours_line);
  if (view.status_line.empty()) return intents;  // the state is not known: no dot pretending it is
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextColored(state_colour(view.state, ui.palette), "●");
  ImGui::PopFont();
  ImGui::SameLine();
  text_block(ui.fonts.heading, ui.palette.text, view.status_line);
  return intents;
}

}  // namespace kezek::kiosk
