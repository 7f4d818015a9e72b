// The kiosk's view builders (kiosk/view_builders.hpp): from a state (with what
// the server last said), the local catalog and a time to what each screen shows.
#include <doctest/doctest.h>

#include "kiosk/navigation.hpp"
#include "kiosk/view_builders.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_clients_kiosk_views {

namespace {

using namespace kezek;
using namespace kezek::kiosk;

struct Fixture {
  std::shared_ptr<const ServedCatalog> catalog =
      load_local_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json", KEZEK_ASSETS_DIR "/catalog/mrp.json", 2026);
  gui::Palette palette;
  KioskState state;

  Fixture() {
    state.connection.online = true;
    state.connection.known = true;
    state.connection.server_protocol = protocol::kProtocolVersion;
  }
  ViewInputs at(const char* iso) const { return ViewInputs{state, *catalog, palette, *parse_iso8601(iso)}; }

  // What GET /api/v1/status said at 10:00 on Tuesday 24 November 2026: open
  // until the 13:00 lunch, the day 09:00–18:00.
  void server_said_tuesday() {
    protocol::Status status = protocol::test::tuesday_morning_status();
    // Marked, so a test can tell the server's words from the kiosk's own.
    status.text.en = "Open until 13:00 (server)";
    state.connection.status = status;
  }

  void on_extension_card(const char* digits) {
    state = navigate(state, intent::OpenGroup{"work_visa"}, catalog::Lang::en).state;
    state = navigate(state, intent::OpenService{"work_visa_extension"}, catalog::Lang::en).state;
    for (const char* d = digits; *d != 0; ++d)
      state = navigate(state, intent::ExpiryDigit{*d}, catalog::Lang::en).state;
  }
};

constexpr const char* kTuesdayMorning = "2026-11-24T10:00:00+05:00";
constexpr const char* kTuesdayLunch = "2026-11-24T13:30:00+05:00";
constexpr const char* kSunday = "2026-11-29T11:00:00+05:00";

}  // namespace

TEST_CASE("kiosk views: the header tells the time and the server's word on whether the Centre is open") {
  Fixture f;
  f.server_said_tuesday();
  const HeaderView header = header_view(f.at(kTuesdayMorning));
  CHECK(header.clock == "10:00");
  CHECK(header.state == CentreState::open);
  CHECK(header.status_line == "Open until 13:00 (server)");
  CHECK_FALSE(header.offline);
}

TEST_CASE("kiosk views: today's hours and lunch come from the server's day, not from a calendar file") {
  Fixture f;
  f.server_said_tuesday();
  f.state.connection.status->day->lunch_start = std::chrono::hours(12);  // a day the assets do not describe
  const HomeView home = home_view(f.at(kTuesdayMorning));
  CHECK(home.hours_line == "09:00–18:00, lunch break 12:00–14:00");
  f.state.lang = catalog::Lang::kk;
  CHECK(home_view(f.at(kTuesdayMorning)).hours_line == "09:00–18:00, түскі үзіліс 12:00–14:00");
  f.state.connection.status->day->working_day = false;
  CHECK(home_view(f.at(kTuesdayMorning)).hours_line == "демалыс күні");
}

TEST_CASE(
    "kiosk views: once the server's status has run out, lunch and closing are worked out from its "
    "day") {
  Fixture f;
  f.server_said_tuesday();
  f.state.connection.online = false;  // no fresh status comes
  const HomeView lunch = home_view(f.at(kTuesdayLunch));
  CHECK(lunch.state == CentreState::lunch);
  CHECK(lunch.status_line.find("14:00") != std::string::npos);
  CHECK(home_view(f.at("2026-11-24T19:00:00+05:00")).state == CentreState::closed);
  // Another day than the one described: the kiosk does not guess.
  const HomeView sunday = home_view(f.at(kSunday));
  CHECK(sunday.state == CentreState::closed);
  CHECK(sunday.hours_line == "not known yet");
  CHECK(sunday.status_line.empty());
}

TEST_CASE("kiosk views: before any status the hours are not known, and the kiosk says so") {
  const Fixture f;
  const HomeView home = home_view(f.at(kTuesdayMorning));
  CHECK(home.hours_line == "not known yet");
  CHECK(home.status_line.empty());
  CHECK(home.can_serve);
  CHECK(home.notice.empty());
}

TEST_CASE("kiosk views: offline, the header shows the banner and home disables what needs the server") {
  Fixture f;
  f.state.connection.online = false;
  CHECK(header_view(f.at(kTuesdayMorning)).offline);
  CHECK_FALSE(home_view(f.at(kTuesdayMorning)).online);
  f.state.connection.known = false;  // still starting: no banner yet
  CHECK_FALSE(header_view(f.at(kTuesdayMorning)).offline);
}

TEST_CASE("kiosk views: a server of another protocol version gets a line in words instead of tickets") {
  Fixture f;
  f.server_said_tuesday();
  f.state.connection.server_protocol = protocol::kProtocolVersion + 1;
  f.state.lang = catalog::Lang::kk;
  const HomeView home = home_view(f.at(kTuesdayMorning));
  CHECK_FALSE(home.can_serve);
  CHECK(home.notice.find("Бұл киоск Орталықтың серверімен жұмыс істей алмайды") == 0);
  CHECK(home.notice.find(std::to_string(protocol::kProtocolVersion + 1)) != std::string::npos);

  f.state.lang = catalog::Lang::en;
  f.state = navigate(f.state, intent::OpenGroup{"other_services"}, catalog::Lang::en).state;
  f.state = navigate(f.state, intent::OpenService{"iin"}, catalog::Lang::en).state;
  const ServiceCardView card = service_card_view(f.at(kTuesdayMorning));
  CHECK_FALSE(card.can_take);
  CHECK(card.cannot_take.find("protocol version") != std::string::npos);

  f.state.screen = Screen::appointment;
  f.state.code.code = "ACDEFG";
  const CodeScreenView pad = code_screen_view(f.at(kTuesdayMorning));
  CHECK_FALSE(pad.can_submit);
  CHECK(pad.message == home_view(f.at(kTuesdayMorning)).notice);

  f.state.connection.server_protocol = protocol::kProtocolVersion;
  CHECK(home_view(f.at(kTuesdayMorning)).can_serve);
  CHECK(home_view(f.at(kTuesdayMorning)).notice.empty());
}

TEST_CASE("kiosk views: a status the kiosk could not read is named on the home screen") {
  Fixture f;
  f.state.connection.status_problem = "The server's answer could not be read: in \"status.day\": ...";
  const HomeView home = home_view(f.at(kTuesdayMorning));
  CHECK(home.notice.find("The Centre's status could not be read.") == 0);
  CHECK(home.notice.find("status.day") != std::string::npos);
  CHECK(home.can_serve);
}

TEST_CASE("kiosk views: the extension card shows checking, then the server's answer in words") {
  Fixture f;
  f.server_said_tuesday();
  f.on_extension_card("24122026");
  ServiceCardView card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.extension == ExtensionState::checking);
  CHECK(card.extension_message == "Checking the date with the Centre…");
  CHECK_FALSE(card.can_take);

  auto& lookup = *f.state.choice.extension;
  lookup.phase = ExtensionLookup::Phase::answered;
  lookup.answer =
      protocol::ExtensionAnswer{*parse_date("2026-11-24"), *parse_date("2026-12-24"), ExtensionVerdict::within,
                                *parse_date("2026-11-10"), *parse_date("2026-12-17")};
  card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.extension == ExtensionState::within);
  CHECK(card.extension_message == "You can apply today. Last day to apply: 17 December 2026");
  CHECK(card.can_take);

  lookup.answer->verdict = ExtensionVerdict::too_early;
  f.state.lang = catalog::Lang::kk;
  card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.extension == ExtensionState::too_early);
  CHECK(card.extension_message.find("2026 ж. 10 қараша") != std::string::npos);
  CHECK_FALSE(card.can_take);
}

TEST_CASE("kiosk views: an extension check that fails says why instead of a verdict") {
  Fixture f;
  f.on_extension_card("24122026");
  f.state.choice.extension->phase = ExtensionLookup::Phase::unreachable;
  ServiceCardView card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.extension == ExtensionState::unavailable);
  CHECK(card.extension_message.find("no connection to the server") != std::string::npos);
  CHECK_FALSE(card.can_take);

  f.state.choice.extension->phase = ExtensionLookup::Phase::unreadable;
  f.state.choice.extension->problem = "The server's answer could not be read: \"verdict\" is one of ...";
  card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.extension == ExtensionState::unavailable);
  CHECK(card.extension_message.find("\"verdict\" is one of") != std::string::npos);
}

TEST_CASE(
    "kiosk views: processing beyond today is told in working days, not as a date the kiosk cannot "
    "count") {
  Fixture f;
  f.state = navigate(f.state, intent::OpenGroup{"work_visa"}, catalog::Lang::en).state;
  f.state = navigate(f.state, intent::OpenService{"work_visa_in_country"}, catalog::Lang::en).state;
  const ServiceCardView card = service_card_view(f.at(kTuesdayMorning));
  CHECK(card.processing.find("working day") != std::string::npos);
  CHECK(card.ready_by.empty());
}

TEST_CASE(
    "kiosk views: an after-lunch ticket names the end of the server's lunch, and without a "
    "forecast no guess") {
  Fixture f;
  f.server_said_tuesday();
  f.state.connection.status->day->lunch_end = std::chrono::hours(14) + std::chrono::minutes(30);
  protocol::Ticket t;
  t.number = "O-004";
  t.service = "iin";
  t.tier = domain::TicketTier::manager;
  t.after_lunch = true;
  f.state.screen = Screen::ticket;
  f.state.ticket.ticket = t;
  TicketView view = ticket_view(f.at(kTuesdayLunch));
  CHECK(view.after_lunch == "You will be served after the lunch break. The break ends at 14:30.");
  CHECK(view.tier_name == "Personal manager");
  CHECK(view.lines.empty());  // position and wait are null: no counter serves it yet
  f.state.connection.status.reset();
  view = ticket_view(f.at(kTuesdayLunch));
  CHECK(view.after_lunch == "You will be served after the lunch break.");
}

TEST_CASE("kiosk views: a booking's status is the protocol's, shown in words") {
  Fixture f;
  f.state.screen = Screen::booking;
  f.state.code.code = "K7M4QX";
  f.state.code.booking = protocol::Appointment{"K7M4QX", "iin",       *parse_iso8601("2026-11-24T11:00:00+05:00"),
                                               20,       1,           domain::AppointmentStatus::booked,
                                               "",       std::nullopt};
  BookingView view = booking_view(f.at(kTuesdayMorning));
  REQUIRE(view.details);
  CHECK(view.details->status == "Booked");
  CHECK(view.details->can_check_in);
  f.state.code.booking->status = domain::AppointmentStatus::missed;
  view = booking_view(f.at(kTuesdayMorning));
  CHECK(view.details->status == "Missed");
  CHECK_FALSE(view.details->can_check_in);
}

TEST_CASE("kiosk views: the footer offers Back and Start over only where they make sense") {
  Fixture f;
  CHECK_FALSE(footer_view(f.at(kTuesdayMorning)).back);
  f.state = navigate(f.state, intent::OpenTakeTicket{}, catalog::Lang::en).state;
  CHECK(footer_view(f.at(kTuesdayMorning)).back);
  CHECK_FALSE(footer_view(f.at(kTuesdayMorning)).start_over);
  f.state = navigate(f.state, intent::OpenGroup{"work_visa"}, catalog::Lang::en).state;
  CHECK(footer_view(f.at(kTuesdayMorning)).start_over);
}

TEST_CASE(
    "kiosk views: groups list the catalog's groups with their service counts, in the visitor's "
    "language") {
  Fixture f;
  f.state.lang = catalog::Lang::ru;
  const GroupsView groups = groups_view(f.at(kTuesdayMorning));
  REQUIRE_FALSE(groups.groups.empty());
  CHECK(groups.groups.front().id == "work_visa");
  CHECK(groups.groups.front().name == "Рабочая виза");
  CHECK(groups.groups.front().detail.find('3') != std::string::npos);
}

TEST_CASE("kiosk views: a group's services are those of the group, each with its processing and fee") {
  Fixture f;
  f.state = navigate(f.state, intent::OpenGroup{"work_visa"}, catalog::Lang::en).state;
  const ServicesView services = services_view(f.at(kTuesdayMorning));
  CHECK(services.group_name == "Work visa");
  REQUIRE(services.services.size() == 3);
  CHECK(services.services[0].id == "work_visa_invitation");
  CHECK_FALSE(services.services[0].detail.empty());
}

}  // namespace kezek_clients_kiosk_views
