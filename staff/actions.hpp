#pragma once
// The counter's actions, their function keys (F1..F8, shown on the buttons),
// their API paths, and when each one makes sense — one rule used by the
// buttons, the keys and the script driver alike.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/protocol/counter.hpp"
#include "staff/staff_text.hpp"

namespace kezek::staff {

enum class Action { call_next, recall, start, finish, no_show, transfer, pause, resume };
inline constexpr std::array<Action, 8> kAllActions{Action::call_next, Action::recall,   Action::start, Action::finish,
                                                   Action::no_show,   Action::transfer, Action::pause, Action::resume};

// 1 for F1 ... 8 for F8.
int function_key(Action action);
std::optional<Action> action_for_function_key(int n);
// The last segment of POST /api/v1/counters/{n}/{action}.
std::string_view api_path(Action action);
Msg label(Action action);

struct Availability {
  bool enabled = false;
  std::string why;  // shown on a disabled button when the reason is not obvious
};

// Whether `action` makes sense now, for a counter in `view` (nullptr while it
// has not loaded) with the Centre in `centre` (nullopt until the server said).
Availability availability(Action action, const protocol::CounterView* view, const std::optional<CentreStatus>& centre,
                          Instant now, catalog::Lang lang);

}  // namespace kezek::staff
