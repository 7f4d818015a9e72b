#pragma once
// From the kiosk's state to each screen's view: the words in the visitor's
// language, prices, and the Centre's hours and dates as the server last told
// them (the kiosk keeps no calendar of its own). Pure functions of
// their arguments (the time included), so a screen can be drawn from any
// state — the demo screens and the tests rely on that.

#include "kiosk/chrome.hpp"
#include "kiosk/kiosk_state.hpp"
#include "kiosk/screen_appointment.hpp"
#include "kiosk/screen_booking.hpp"
#include "kiosk/screen_groups.hpp"
#include "kiosk/screen_home.hpp"
#include "kiosk/screen_service_card.hpp"
#include "kiosk/screen_services.hpp"
#include "kiosk/screen_ticket.hpp"
#include "kiosk/served_catalog.hpp"
#include "shared/gui/theme.hpp"

namespace kezek::kiosk {

struct ViewInputs {
  const KioskState& state;
  const ServedCatalog& catalog;
  const gui::Palette& palette;
  Instant now;
};

HeaderView header_view(const ViewInputs& in);
FooterView footer_view(const ViewInputs& in);
HomeView home_view(const ViewInputs& in);
GroupsView groups_view(const ViewInputs& in);
ServicesView services_view(const ViewInputs& in);
ServiceCardView service_card_view(const ViewInputs& in);
TicketView ticket_view(const ViewInputs& in);
CodeScreenView code_screen_view(const ViewInputs& in);
BookingView booking_view(const ViewInputs& in);

// The Centre's state now: the server's status while it is fresh, else worked
// out from the day it last described; closed with no line when nothing is known.
CentreState centre_state(const ViewInputs& in);
std::string centre_status_line(const ViewInputs& in);

// Why the kiosk cannot serve visitors though the server answers (another
// protocol version), in the visitor's language; empty when it can.
std::string protocol_problem(const ViewInputs& in);

// Whether the service has a rule the kiosk checks as a visa-extension window.
bool is_extension_service(const catalog::Catalog& catalog, const catalog::Service& service);

}  // namespace kezek::kiosk
