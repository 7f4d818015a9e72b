#pragma once
// The supervisor screen: the day's figures, every counter, the waiting per
// service, the waiting through the day and the wait-time histogram, and the
// CSV export. Draws from a SupervisorScreenModel; returns the export request.

#include <string>

#include "shared/catalog/lang.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "staff/supervisor_view.hpp"

namespace kezek::staff {

struct SupervisorScreenModel {
  const BoardView* board = nullptr;    // nullptr until loaded
  const ReportView* report = nullptr;  // nullptr until loaded
  std::string load_error;
  catalog::Lang lang = catalog::Lang::en;
  int first_minute = 9 * 60;           // the chart's x axis: opening ...
  int last_minute = 18 * 60;           // ... to closing
  std::string export_note;             // "Saved ..." or why not
  bool export_failed = false;
  bool exporting = false;
};

struct SupervisorIntent {
  bool export_csv = false;
};

SupervisorIntent draw_supervisor_screen(const SupervisorScreenModel& model, const gui::Fonts& fonts,
                                        const gui::Palette& palette);

}  // namespace kezek::staff
