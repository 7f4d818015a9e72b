#include "kiosk/screen_groups.hpp"

#include <algorithm>

#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {

Intents draw_groups(const GroupsView& view, const Ui& ui) {
  Intents intents;
  heading(ui, tr(S::choose_group, view.lang));
  gap(ui, 10);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const int columns = ui.portrait ? 2 : 4;
  const float width = ImGui::GetContentRegionAvail().x;
  if (gui::begin_touch_scroll("groups", ImVec2(0, ImGui::GetContentRegionAvail().y))) {
    const float inner = ImGui::GetContentRegionAvail().x;
    const ImVec2 tile(
        (std::min(width, inner) - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns),
        ui.portrait ? ui.px(270) : ui.px(230));
    int column = 0;
    for (const GroupTile& group : view.groups) {
      if (column > 0) ImGui::SameLine();
      if (gui::touch_button(ui.registry, "group:" + group.id, group.name, tile, ui.primary(), true, ui.fonts.heading,
                            group.detail, ui.fonts.body)) {
        intents.push_back(intent::OpenGroup{group.id});
      }
      column = (column + 1) % columns;
    }
  }
  gui::end_touch_scroll();
  return intents;
}

}  // namespace kezek::kiosk
