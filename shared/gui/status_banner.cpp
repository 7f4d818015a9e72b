#include "shared/gui/status_banner.hpp"

#include <imgui.h>

#include "shared/i18n/centre_status_text.hpp"

namespace kezek::gui {
namespace {

ImVec4 state_colour(CentreState state, const Palette& p) {
  switch (state) {
    case CentreState::open: return p.open;
    case CentreState::lunch: return p.lunch;
    case CentreState::closed: return p.closed;
  }
  return p.text;
}

}  // namespace

void draw_status_banner(const StatusBannerModel& model, const Fonts& fonts, const Palette& palette) {
  ImGui::PushFont(fonts.heading);
  ImGui::TextColored(palette.navy, "Kezek");
  ImGui::SameLine();
  ImGui::TextColored(palette.muted, "· %s", model.subtitle.c_str());
  const std::string clock = format_hhmm(to_local(model.now).time_of_day);
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(clock.c_str()).x -
                  ImGui::GetStyle().WindowPadding.x);
  ImGui::TextUnformatted(clock.c_str());
  ImGui::PopFont();

  ImGui::PushFont(fonts.body);
  ImGui::TextColored(palette.muted, "AIFC Expat Centre · Экспат центр МФЦА · АХҚО Экспат орталығы");
  const ImVec4 colour = state_colour(model.status.state, palette);
  for (catalog::Lang lang : catalog::kAllLangs) {
    const std::string line = i18n::describe_status(model.status, model.now, lang);
    ImGui::TextColored(colour, "●");
    ImGui::SameLine();
    ImGui::TextUnformatted(line.c_str());
  }
  ImGui::PopFont();
  ImGui::Separator();
}

}  // namespace kezek::gui
