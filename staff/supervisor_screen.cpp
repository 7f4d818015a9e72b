// The supervisor screen, top to bottom: the day's figures as tiles, the
// counters beside the waiting per service, the two charts, the export line.
#include "staff/supervisor_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "staff/charts.hpp"
#include "staff/staff_text.hpp"
#include "staff/widgets.hpp"

namespace kezek::staff {

namespace {

using catalog::Lang;

void draw_tile(const char* id, std::string_view label, const std::string& value, const ImVec4& ink, ImVec2 size,
               const gui::Fonts& fonts, const gui::Palette& palette) {
  if (begin_card(id, size, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    text(label, palette.muted);
    ImGui::PushFont(fonts.heading);
    text(value, ink);
    ImGui::PopFont();
  }
  end_card();
}

void draw_tiles(const SupervisorScreenModel& m, float height, const gui::Fonts& fonts, const gui::Palette& palette) {
  const ReportView* r = m.report;
  auto number = [&](std::int64_t v) { return r ? std::to_string(v) : std::string("—"); };
  auto minutes = [&](std::int64_t v) { return r ? trf(Msg::minutes, m.lang, {std::to_string(v)}) : std::string("—"); };
  int waiting = 0;
  if (m.board)
    for (const protocol::WaitingGroup& g : m.board->waiting) waiting += g.count;
  struct Tile {
    const char* id;
    Msg label;
    std::string value;
    ImVec4 ink;
  };
  const Tile tiles[] = {
      {"issued", Msg::stat_issued, number(r ? r->totals.issued : 0), palette.navy},
      {"served", Msg::stat_served, number(r ? r->totals.served : 0), palette.open},
      {"noshow", Msg::stat_no_show, number(r ? r->totals.no_show : 0), palette.warning},
      {"waiting", Msg::stat_waiting, m.board ? std::to_string(waiting) : std::string("—"), palette.accent},
      {"mean", Msg::stat_mean_wait, minutes(r ? r->totals.mean_wait_min : 0), palette.navy},
      {"max", Msg::stat_max_wait, minutes(r ? r->totals.max_wait_min : 0),
       r && r->totals.max_wait_min >= 45 ? palette.warning : palette.navy},
  };
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - spacing * 5) / 6;
  for (const Tile& t : tiles) {
    draw_tile(t.id, tr(t.label, m.lang), t.value, t.ink, ImVec2(width, height), fonts, palette);
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

std::string phase_text(const protocol::BoardCounter& c, Lang lang) {
  if (c.paused) return std::string(tr(Msg::phase_paused, lang));
  switch (c.phase) {
    case domain::CounterPhase::calling: return std::string(tr(Msg::phase_calling, lang));
    case domain::CounterPhase::serving: return std::string(tr(Msg::phase_serving, lang));
    case domain::CounterPhase::idle: break;
  }
  return std::string(tr(Msg::phase_idle, lang));
}

ImVec4 phase_colour(const protocol::BoardCounter& c, const gui::Palette& p) {
  if (c.paused) return p.lunch;
  switch (c.phase) {
    case domain::CounterPhase::calling: return p.accent;
    case domain::CounterPhase::serving: return p.open;
    case domain::CounterPhase::idle: break;
  }
  return p.muted;
}

void draw_counters(const SupervisorScreenModel& m, const gui::Fonts& fonts, const gui::Palette& palette) {
  section_title(tr(Msg::counters_title, m.lang), fonts, palette);
  if (m.board == nullptr) {
    text_wrapped(m.load_error.empty() ? std::string(tr(Msg::loading, m.lang)) : m.load_error,
                 m.load_error.empty() ? palette.muted : palette.warning);
    return;
  }
  // The board shown is the last one read; say why a newer answer was not taken.
  if (!m.load_error.empty()) text_wrapped(m.load_error, palette.warning);
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("counters", 4, flags, ImVec2(0, 0))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_counter, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_operator, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_state, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_ticket, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableHeadersRow();
  for (const protocol::BoardCounter& c : m.board->counters) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text(std::to_string(c.number), palette.navy);
    ImGui::TableNextColumn();
    // No operator accounts yet: the counter stands for its operator.
    std::string op = trf(Msg::title_counter, m.lang, {std::to_string(c.number)});
    if (c.manager) op += " · " + std::string(tr(Msg::manager_counter, m.lang));
    text(op, palette.text);
    ImGui::TableNextColumn();
    text("●", phase_colour(c, palette));
    ImGui::SameLine();
    text(phase_text(c, m.lang), palette.text);
    ImGui::TableNextColumn();
    text(c.ticket.value_or("—"), c.ticket ? palette.navy : palette.muted);
  }
  ImGui::EndTable();
}

void draw_waiting(const SupervisorScreenModel& m, const gui::Fonts& fonts, const gui::Palette& palette) {
  section_title(tr(Msg::waiting_by_service, m.lang), fonts, palette);
  if (m.board == nullptr) {
    text(tr(Msg::loading, m.lang), palette.muted);
    return;
  }
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("waiting", 3, flags, ImVec2(0, 0))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_service, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_waiting, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn(std::string(tr(Msg::col_longest, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (const protocol::WaitingGroup& g : m.board->waiting) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text(std::string(1, g.letter) + " · " + g.name.in(m.lang), g.count > 0 ? palette.text : palette.muted);
    ImGui::TableNextColumn();
    text(std::to_string(g.count), g.count > 0 ? palette.navy : palette.muted);
    ImGui::TableNextColumn();
    text(g.count > 0 ? trf(Msg::minutes, m.lang, {std::to_string(g.longest_wait_min)}) : std::string("—"),
         g.longest_wait_min >= 30 ? palette.warning : palette.muted);
  }
  ImGui::EndTable();
}

}  // namespace

SupervisorIntent draw_supervisor_screen(const SupervisorScreenModel& m, const gui::Fonts& fonts,
                                        const gui::Palette& palette, gui::WidgetRegistry& widgets) {
  SupervisorIntent intent;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float tile_height = ImGui::GetFontSize() * 3.6f;
  const float footer = ImGui::GetFrameHeightWithSpacing() + spacing;
  const float rest = std::max(300.0f, avail.y - tile_height - footer - spacing * 3);
  const float tables = std::floor(rest * 0.48f);
  const float charts = rest - tables - spacing;

  draw_tiles(m, tile_height, fonts, palette);

  const float half = std::floor((avail.x - ImGui::GetStyle().ItemSpacing.x) / 2);
  if (begin_card("counters_card", ImVec2(half, tables))) draw_counters(m, fonts, palette);
  end_card();
  ImGui::SameLine();
  if (begin_card("waiting_card", ImVec2(0, tables))) draw_waiting(m, fonts, palette);
  end_card();

  const std::string empty(tr(Msg::no_data, m.lang));
  const float chart_width = std::floor(avail.x * 0.58f);
  if (begin_card("line_card", ImVec2(chart_width, charts))) {
    section_title(tr(Msg::chart_waiting, m.lang), fonts, palette);
    const ImVec2 area = ImGui::GetContentRegionAvail();
    if (m.hours) {
      draw_waiting_chart(m.report ? m.report->series : std::vector<WaitingPoint>{}, m.hours->first, m.hours->second,
                         area, palette, empty);
    } else {
      text(tr(Msg::conn_connecting, m.lang), palette.muted);
    }
  }
  end_card();
  ImGui::SameLine();
  if (begin_card("histogram_card", ImVec2(0, charts))) {
    section_title(tr(Msg::chart_waits, m.lang), fonts, palette);
    const ImVec2 area = ImGui::GetContentRegionAvail();
    draw_histogram(wait_histogram(m.report ? m.report->waits : std::vector<int>{}),
                   std::string(tr(Msg::minutes_unit, m.lang)), area, palette, empty);
  }
  end_card();

  ImGui::BeginDisabled(m.exporting || m.report == nullptr);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button(std::string(tr(Msg::export_csv, m.lang)).c_str())) intent.export_csv = true;
  widgets.add_last_item("export_csv", !m.exporting && m.report != nullptr);
  ImGui::PopStyleColor();
  ImGui::EndDisabled();
  if (!m.export_note.empty()) {
    ImGui::SameLine();
    text(m.export_note, m.export_failed ? palette.warning : palette.open);
  }
  return intent;
}

}  // namespace kezek::staff
