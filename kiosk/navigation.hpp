#pragma once
// The kiosk's navigation as a pure reducer: the state and one intent in, the
// next state out, plus the request to the server the intent asks for (if any),
// which the controller (kiosk_app) starts — the reducer does no I/O, so every
// path through the screens is testable without a window or a server.
//
// Threading: pure functions on values.

#include <optional>
#include <string>
#include <variant>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_state.hpp"

namespace kezek::kiosk {

namespace request {
struct IssueTicket {
  std::string service;
  catalog::Tier tier;
};
struct CheckIn {
  std::string code;
};
struct LookUp {
  std::string code;
};
struct CheckExtension {
  Date expiry;
};  // GET /api/v1/extension-window
}  // namespace request

using Request = std::variant<request::IssueTicket, request::CheckIn, request::LookUp, request::CheckExtension>;

struct Navigation {
  KioskState state;
  std::optional<Request> request;  // for the controller to send
};

// `home_lang`: the language the kiosk starts in, which a finished visit returns to.
Navigation navigate(KioskState state, const Intent& intent, catalog::Lang home_lang);

// Back to the home screen, keeping what the server said (connection, busy);
// `lang` is the language the next screen shows.
KioskState start_over(const KioskState& state, catalog::Lang lang);

}  // namespace kezek::kiosk
