#pragma once
// What a visitor's touch asks for. Screens return intents; the controller
// (kiosk_app) carries them out. Screens never change state or do I/O.

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "shared/catalog/catalog.hpp"

namespace kezek::kiosk {

namespace intent {
struct SetLang {
  catalog::Lang lang;
};
struct GoHome {};
struct GoBack {};
struct OpenTakeTicket {};
struct OpenAppointment {};
struct OpenBooking {};
struct OpenGroup {
  std::string id;
};
struct OpenService {
  std::string id;
};
struct ToggleDocument {
  std::size_t index;
};
struct ExpiryDigit {
  char digit;
};
struct ExpiryBackspace {};
struct ExpiryClear {};
struct TakeTicket {
  std::string service;
  catalog::Tier tier;
};
struct CodeKey {
  char symbol;
};  // as typed or tapped; may be lower case or a look-alike
struct CodeBackspace {};
struct CodeClear {};
struct SubmitCode {};      // check in, or look up, by the screen it is on
struct CheckInBooking {};  // from the booking's details: check in with its code
struct Done {};
}  // namespace intent

using Intent =
    std::variant<intent::SetLang, intent::GoHome, intent::GoBack, intent::OpenTakeTicket, intent::OpenAppointment,
                 intent::OpenBooking, intent::OpenGroup, intent::OpenService, intent::ToggleDocument,
                 intent::ExpiryDigit, intent::ExpiryBackspace, intent::ExpiryClear, intent::TakeTicket, intent::CodeKey,
                 intent::CodeBackspace, intent::CodeClear, intent::SubmitCode, intent::CheckInBooking, intent::Done>;

using Intents = std::vector<Intent>;

}  // namespace kezek::kiosk
