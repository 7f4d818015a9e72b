// KioskApp, the visitor's intents: the navigation reducer (navigation.hpp)
// decides the next state; this starts the request it asks for.
#include "kiosk/kiosk_app.hpp"
#include "kiosk/navigation.hpp"
#include "kiosk/overloaded.hpp"

namespace kezek::kiosk {
void KioskApp::start_over(bool forget_language) {
  state_ = kiosk::start_over(state_, forget_language ? options_.lang : state_.lang);
  dirty_ = true;
}

void KioskApp::apply(const Intent& intent) {
  Navigation next = navigate(std::move(state_), intent, options_.lang);
  state_ = std::move(next.state);
  dirty_ = true;
  if (!next.request) return;
  std::visit(Overloaded{
                 [&](const request::IssueTicket& r) { issue_ticket(r.service, r.tier); },
                 [&](const request::CheckIn& r) { check_in(r.code); },
                 [&](const request::LookUp& r) { look_up(r.code); },
                 [&](const request::CheckExtension& r) { check_extension(r.expiry); },
             },
             *next.request);
}

}  // namespace kezek::kiosk
