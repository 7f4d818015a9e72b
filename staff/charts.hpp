#pragma once
// The supervisor's two charts, drawn with ImGui's draw list: the number of
// people waiting through the day (a line over opening hours) and a histogram of
// wait times. Pure drawing from the values given; the caller sizes the area.

#include <string>
#include <vector>

#include "shared/gui/theme.hpp"
#include "staff/supervisor_view.hpp"

namespace kezek::staff {

struct HistogramBin {
  std::string label;  // "0–5", "60+"
  int count = 0;
};

// Wait times in minutes into bins 0–5, 5–10, 10–15, 15–20, 20–30, 30–45, 45–60, 60+.
std::vector<HistogramBin> wait_histogram(const std::vector<int>& waits_min);

// Both draw into a box of `size` at the cursor and advance past it.
// `first_minute`/`last_minute` span the x axis (opening to closing).
void draw_waiting_chart(const std::vector<WaitingPoint>& points, int first_minute, int last_minute, ImVec2 size,
                        const gui::Palette& palette, const std::string& empty_text);
void draw_histogram(const std::vector<HistogramBin>& bins, const std::string& unit, ImVec2 size,
                    const gui::Palette& palette, const std::string& empty_text);

}  // namespace kezek::staff
