#pragma once
// Take a ticket, step 2: the services of the chosen group, each with its
// processing time and standard fee so the visitor can tell them apart.

#include <string>
#include <vector>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct ServiceTile {
  std::string id;
  std::string name;
  std::string detail;  // "5 working days · 730 000 ₸"
};

struct ServicesView {
  catalog::Lang lang = catalog::Lang::en;
  std::string group_name;
  std::vector<ServiceTile> services;
};

Intents draw_services(const ServicesView& view, const Ui& ui);

}  // namespace kezek::kiosk
