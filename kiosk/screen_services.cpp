#include "kiosk/screen_services.hpp"

#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {

Intents draw_services(const ServicesView& view, const Ui& ui) {
  Intents intents;
  heading(ui, view.group_name);
  text_block(ui.fonts.body, ui.palette.muted, tr(S::choose_service, view.lang));
  gap(ui, 10);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const int columns = ui.portrait ? 1 : 2;
  if (gui::begin_touch_scroll("services", ImVec2(0, ImGui::GetContentRegionAvail().y))) {
    const float inner = ImGui::GetContentRegionAvail().x;
    const ImVec2 tile((inner - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns), ui.px(220));
    int column = 0;
    for (const ServiceTile& service : view.services) {
      if (column > 0) ImGui::SameLine();
      if (gui::touch_button(ui.registry, "service:" + service.id, service.name, tile, ui.primary(), true,
                            ui.fonts.heading, service.detail, ui.fonts.body)) {
        intents.push_back(intent::OpenService{service.id});
      }
      column = (column + 1) % columns;
    }
  }
  gui::end_touch_scroll();
  return intents;
}

}  // namespace kezek::kiosk
