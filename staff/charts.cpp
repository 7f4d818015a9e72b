#include "staff/charts.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "staff/widgets.hpp"

namespace kezek::staff {

namespace {

// A round step for the y axis so that gridlines fall on 1, 2, 5, 10, 20...
int nice_step(int max_value, int lines) {
  for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000})
    if (max_value <= step * lines) return step;
  return 1000;
}

void draw_text(ImDrawList* draw, ImVec2 at, ImU32 ink, const std::string& s, float scale = 0.8f) {
  ImFont* font = ImGui::GetFont();
  draw->AddText(font, ImGui::GetFontSize() * scale, at, ink, s.c_str());
}

float text_width(const std::string& s, float scale = 0.8f) {
  return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize() * scale, FLT_MAX, 0, s.c_str()).x;
}

struct Plot {
  ImVec2 origin;  // bottom-left of the plot area
  ImVec2 size;
};

// Axes, y gridlines with their numbers; returns the plot area and the y scale top.
Plot draw_frame(ImDrawList* draw, ImVec2 pos, ImVec2 size, int max_value, int& top, const gui::Palette& palette) {
  const float label_h = ImGui::GetFontSize() * 0.8f;
  const float left = text_width("000") + 10;
  Plot plot{ImVec2(pos.x + left, pos.y + size.y - label_h - 8), ImVec2(size.x - left - 10, size.y - label_h - 16)};
  const int step = nice_step(std::max(1, max_value), 4);
  top = step * std::max(1, (std::max(1, max_value) + step - 1) / step);
  for (int v = 0; v <= top; v += step) {
    const float y = plot.origin.y - plot.size.y * static_cast<float>(v) / static_cast<float>(top);
    draw->AddLine(ImVec2(plot.origin.x, y), ImVec2(plot.origin.x + plot.size.x, y),
                  colour(palette.muted, v == 0 ? 0.8f : 0.2f), 1.0f);
    const std::string n = std::to_string(v);
    draw_text(draw, ImVec2(plot.origin.x - text_width(n) - 6, y - label_h / 2), colour(palette.muted), n);
  }
  return plot;
}

}  // namespace

std::vector<HistogramBin> wait_histogram(const std::vector<int>& waits) {
  constexpr std::array<int, 8> kLower = {0, 5, 10, 15, 20, 30, 45, 60};
  std::vector<HistogramBin> bins;
  for (std::size_t i = 0; i < kLower.size(); ++i) {
    HistogramBin bin;
    bin.label = i + 1 < kLower.size() ? std::to_string(kLower[i]) + "–" + std::to_string(kLower[i + 1])
                                      : std::to_string(kLower[i]) + "+";
    bins.push_back(bin);
  }
  for (int w : waits) {
    std::size_t i = kLower.size() - 1;
    while (i > 0 && w < kLower[i]) --i;
    ++bins[i].count;
  }
  return bins;
}

void draw_waiting_chart(const std::vector<WaitingPoint>& points, int first_minute, int last_minute, ImVec2 size,
                        const gui::Palette& palette, const std::string& empty_text) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  int max_value = 0;
  for (const WaitingPoint& p : points) max_value = std::max(max_value, p.waiting);
  int top = 1;
  const Plot plot = draw_frame(draw, pos, size, max_value, top, palette);
  const float span = static_cast<float>(std::max(1, last_minute - first_minute));
  auto x_of = [&](int minute) {
    return plot.origin.x + plot.size.x * static_cast<float>(minute - first_minute) / span;
  };
  // Hour marks along the bottom.
  for (int m = (first_minute + 59) / 60 * 60; m <= last_minute; m += 60) {
    const float x = x_of(m);
    draw->AddLine(ImVec2(x, plot.origin.y), ImVec2(x, plot.origin.y + 5), colour(palette.muted));
    std::string label = m / 60 < 10 ? "0" : "";
    label += std::to_string(m / 60);
    draw_text(draw, ImVec2(x - text_width(label) / 2, plot.origin.y + 6), colour(palette.muted), label);
  }
  if (points.empty()) {
    draw_text(draw, ImVec2(plot.origin.x + 20, plot.origin.y - plot.size.y / 2), colour(palette.muted), empty_text,
              1.0f);
    return;
  }
  std::vector<ImVec2> line;
  for (const WaitingPoint& p : points) {
    const int minute = std::clamp(p.minute_of_day, first_minute, last_minute);
    line.emplace_back(x_of(minute),
                      plot.origin.y - plot.size.y * static_cast<float>(p.waiting) / static_cast<float>(top));
  }
  // The area under the line, lightly, then the line and its points.
  for (std::size_t i = 1; i < line.size(); ++i) {
    draw->AddQuadFilled(ImVec2(line[i - 1].x, plot.origin.y), line[i - 1], line[i], ImVec2(line[i].x, plot.origin.y),
                        colour(palette.accent, 0.15f));
  }
  draw->AddPolyline(line.data(), static_cast<int>(line.size()), colour(palette.accent), 0, 3.0f);
  for (const ImVec2& p : line) draw->AddCircleFilled(p, 4.0f, colour(palette.navy));
}

void draw_histogram(const std::vector<HistogramBin>& bins, const std::string& unit, ImVec2 size,
                    const gui::Palette& palette, const std::string& empty_text) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  int max_value = 0;
  for (const HistogramBin& b : bins) max_value = std::max(max_value, b.count);
  int top = 1;
  const Plot plot = draw_frame(draw, pos, size, max_value, top, palette);
  if (bins.empty()) return;
  const float slot = plot.size.x / static_cast<float>(bins.size());
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const float x0 = plot.origin.x + slot * static_cast<float>(i) + slot * 0.12f;
    const float x1 = plot.origin.x + slot * static_cast<float>(i + 1) - slot * 0.12f;
    const float h = plot.size.y * static_cast<float>(bins[i].count) / static_cast<float>(top);
    if (bins[i].count > 0) {
      draw->AddRectFilled(ImVec2(x0, plot.origin.y - h), ImVec2(x1, plot.origin.y), colour(palette.accent), 4.0f,
                          ImDrawFlags_RoundCornersTop);
      const std::string n = std::to_string(bins[i].count);
      draw_text(draw, ImVec2((x0 + x1 - text_width(n)) / 2, plot.origin.y - h - ImGui::GetFontSize() * 0.85f),
                colour(palette.navy), n);
    }
    draw_text(draw, ImVec2((x0 + x1 - text_width(bins[i].label)) / 2, plot.origin.y + 6), colour(palette.muted),
              bins[i].label);
  }
  draw_text(draw, ImVec2(plot.origin.x + plot.size.x - text_width(unit), pos.y), colour(palette.muted), unit);
  if (max_value == 0)
    draw_text(draw, ImVec2(plot.origin.x + 20, plot.origin.y - plot.size.y / 2), colour(palette.muted), empty_text,
              1.0f);
}

}  // namespace kezek::staff
