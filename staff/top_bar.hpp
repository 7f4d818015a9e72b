#pragma once
// The console's top line: who this is (Counter 6 / Supervisor), the Centre's
// state, the event connection, the language switch and the clock; below it the
// switch between the counter and the supervisor view when both are available.

#include <optional>
#include <string>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/net/link_state.hpp"

namespace kezek::staff {

enum class View { counter, supervisor };

struct TopBarModel {
  std::string title;                   // "Counter 6"
  bool has_server = false;             // set up with a server to ask
  std::optional<CentreStatus> centre;  // the server's word; none until it answers
  Instant now{};
  std::optional<net::LinkState> connection;  // none when nothing is set up
  catalog::Lang lang = catalog::Lang::en;
  bool both_views = false;  // show the Counter / Supervisor switch
  View view = View::counter;
  int counter = 0;
};

struct TopBarIntent {
  std::optional<catalog::Lang> lang;
  std::optional<View> view;
};

// Registers the language switch (lang:en, lang:ru, lang:kk) and the view
// switch (view:counter, view:supervisor) in `widgets`.
TopBarIntent draw_top_bar(const TopBarModel& model, const gui::Fonts& fonts, const gui::Palette& palette,
                          gui::WidgetRegistry& widgets);

}  // namespace kezek::staff
