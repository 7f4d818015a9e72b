#pragma once
// The counter screen: the current visitor (number, service, tier, waits, the
// appointment, the documents as a checklist), the counter's queue, and the
// action buttons with their function keys. Draws from a CounterScreenModel and
// returns what the operator asked for; it never talks to the server.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/protocol/counter.hpp"
#include "staff/actions.hpp"
#include "staff/notice.hpp"
#include "staff/transfer_panel.hpp"

namespace kezek::staff {

struct CounterScreenModel {
  const protocol::CounterView* view = nullptr;  // nullptr until the first answer
  const catalog::Catalog* catalog = nullptr;    // nullptr until loaded
  std::string load_error;                       // why the view could not be loaded
  std::optional<CentreStatus> centre;           // the server's word; none until it answers
  Instant now{};
  catalog::Lang lang = catalog::Lang::en;
  Notice notice;
};

// What the screen keeps between frames: the ticks of the checklist (for the
// ticket they belong to) and the transfer form.
struct CounterScreenState {
  std::int64_t checklist_ticket = 0;
  std::vector<char> received;  // one per document; char, as ImGui needs a bool* it can point into
  bool transfer_open = false;
  TransferForm form;
};

struct CounterIntent {
  std::optional<Action> action;  // a button was clicked
  bool confirm_transfer = false;
};

// The buttons (action:call-next ... action:resume, by their API path), the
// checklist's boxes (doc:0, doc:1 ...) and the transfer form's widgets are
// registered in `widgets`.
CounterIntent draw_counter_screen(const CounterScreenModel& model, CounterScreenState& state, const gui::Fonts& fonts,
                                  const gui::Palette& palette, gui::WidgetRegistry& widgets);

}  // namespace kezek::staff
