#pragma once
// The supervisor screen: the day's figures, every counter, the waiting per
// service, the waiting through the day and the wait-time histogram, and the
// CSV export. Draws from a SupervisorScreenModel; returns the export request.

#include <optional>
#include <string>
#include <utility>

#include "shared/catalog/lang.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/protocol/board.hpp"
#include "staff/supervisor_view.hpp"

namespace kezek::staff {

struct SupervisorScreenModel {
  const protocol::Board* board = nullptr;  // nullptr until loaded
  const ReportView* report = nullptr;      // nullptr until loaded
  std::string load_error;                  // why they are missing, or why the last answer was not taken
  catalog::Lang lang = catalog::Lang::en;
  // The chart's x axis, opening to closing in minutes of the day, from the
  // server's status; none until it answers (the chart says "connecting").
  std::optional<std::pair<int, int>> hours;
  std::string export_note;  // "Saved ..." or why not
  bool export_failed = false;
  bool exporting = false;
};

struct SupervisorIntent {
  bool export_csv = false;
};

// Registers the Export CSV button (export_csv) in `widgets`.
SupervisorIntent draw_supervisor_screen(const SupervisorScreenModel& model, const gui::Fonts& fonts,
                                        const gui::Palette& palette, gui::WidgetRegistry& widgets);

}  // namespace kezek::staff
