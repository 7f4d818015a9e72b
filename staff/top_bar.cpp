#include "staff/top_bar.hpp"

#include <imgui.h>

#include <cmath>

#include "shared/i18n/centre_status_text.hpp"
#include "staff/staff_text.hpp"
#include "staff/widgets.hpp"

namespace kezek::staff {

namespace {

std::string connection_line(const net::LinkState& c, catalog::Lang lang) {
  switch (c.state) {
    case net::LinkState::State::live: return std::string(tr(Msg::conn_live, lang));
    case net::LinkState::State::connecting: return std::string(tr(Msg::conn_connecting, lang));
    case net::LinkState::State::retrying: {
      const auto left = std::chrono::duration_cast<std::chrono::seconds>(c.retry_at - std::chrono::steady_clock::now());
      return trf(Msg::conn_retry, lang, {std::to_string(std::max<long long>(1, left.count() + 1))});
    }
  }
  return {};
}

}  // namespace

TopBarIntent draw_top_bar(const TopBarModel& m, const gui::Fonts& fonts, const gui::Palette& palette,
                          gui::WidgetRegistry& widgets) {
  TopBarIntent intent;
  ImGui::PushFont(fonts.heading);
  ImGui::SetWindowFontScale(0.7f);
  text("Kezek", palette.navy);
  ImGui::SameLine();
  text(m.title, palette.text);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();

  ImGui::SameLine(0, 40);
  const float baseline = ImGui::GetCursorPosY();
  if (m.has_server) {
    // Until the server has said how the Centre stands, say that it is being asked.
    ImGui::SetCursorPosY(baseline + 6);
    text("●", m.centre ? gui::state_colour(m.centre->state, palette) : palette.muted);
    ImGui::SameLine();
    ImGui::SetCursorPosY(baseline + 6);
    if (m.centre)
      text(i18n::describe_status(*m.centre, m.now, m.lang), palette.text);
    else
      text(tr(Msg::conn_connecting, m.lang), palette.muted);
  }

  if (m.connection) {
    ImGui::SameLine(0, 40);
    ImGui::SetCursorPosY(baseline + 6);
    const bool live = m.connection->state == net::LinkState::State::live;
    text("●", live ? palette.open : palette.warning);
    ImGui::SameLine();
    ImGui::SetCursorPosY(baseline + 6);
    text(connection_line(*m.connection, m.lang), live ? palette.muted : palette.warning);
  }

  // Right-aligned: the language switch and the clock.
  const std::string clock = format_hhmm(to_local(m.now).time_of_day);
  float right = 0;
  for (catalog::Lang lang : catalog::kAllLangs) {
    const std::string name(language_name(lang));
    right += ImGui::CalcTextSize(name.c_str()).x + 32 + ImGui::GetStyle().ItemSpacing.x;
  }
  ImGui::PushFont(fonts.heading);
  ImGui::SetWindowFontScale(0.7f);
  const float clock_width = ImGui::CalcTextSize(clock.c_str()).x;
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  right += clock_width + 30;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right);
  ImGui::SetCursorPosY(baseline + 2);
  for (catalog::Lang lang : catalog::kAllLangs) {
    if (pill(widgets, "lang:" + std::string(catalog::to_string(lang)), language_name(lang), lang == m.lang, palette))
      intent.lang = lang;
    ImGui::SameLine();
  }
  ImGui::SameLine(0, 30);
  ImGui::SetCursorPosY(baseline);
  ImGui::PushFont(fonts.heading);
  ImGui::SetWindowFontScale(0.7f);
  text(clock, palette.navy);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();

  if (m.both_views) {
    if (pill(widgets, "view:counter", trf(Msg::title_counter, m.lang, {std::to_string(m.counter)}),
             m.view == View::counter, palette))
      intent.view = View::counter;
    ImGui::SameLine();
    if (pill(widgets, "view:supervisor", tr(Msg::title_supervisor, m.lang), m.view == View::supervisor, palette))
      intent.view = View::supervisor;
  }
  ImGui::Separator();
  return intent;
}

}  // namespace kezek::staff
