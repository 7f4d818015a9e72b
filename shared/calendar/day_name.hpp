#pragma once
// The name of a calendar day in the kiosk's three languages.
#include <string>

namespace kezek {

struct DayName {
  std::string en;
  std::string ru;
  std::string kk;
  bool operator==(const DayName&) const = default;
};

}  // namespace kezek
