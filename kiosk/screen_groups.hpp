#pragma once
// Take a ticket, step 1: the service groups (work visa, residence permits,
// other services...), one big tile each.

#include <string>
#include <vector>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct GroupTile {
  std::string id;
  std::string name;
  std::string detail;  // "Services: 3"
};

struct GroupsView {
  catalog::Lang lang = catalog::Lang::en;
  std::vector<GroupTile> groups;
};

Intents draw_groups(const GroupsView& view, const Ui& ui);

}  // namespace kezek::kiosk
