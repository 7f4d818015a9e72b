// The kiosk's view builders (kiosk/view_builders.hpp): from a state, the local
// catalog, the working calendar and a time to what each screen shows.
#include <doctest/doctest.h>

#include "kiosk/navigation.hpp"
#include "kiosk/view_builders.hpp"

namespace {

using namespace kezek;
using namespace kezek::kiosk;

struct Fixture {
  std::shared_ptr<const ServedCatalog> catalog = load_local_catalog(
      KEZEK_ASSETS_DIR "/catalog/catalog.json", KEZEK_ASSETS_DIR "/catalog/mrp.json", 2026);
  WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  gui::Palette palette;
  KioskState state;

  Fixture() {
    state.connection.online = true;
    state.connection.known = true;
  }
  ViewInputs at(const char* iso) const { return ViewInputs{state, *catalog, calendar, palette, *parse_iso8601(iso)}; }
};

constexpr const char* kTuesdayMorning = "2026-11-24T10:00:00+05:00";
constexpr const char* kTuesdayLunch = "2026-11-24T13:30:00+05:00";
constexpr const char* kSunday = "2026-11-29T11:00:00+05:00";

}  // namespace

TEST_CASE("kiosk views: the header tells the time and, on a working morning, that the Centre is open") {
  const Fixture f;
  const HeaderView header = header_view(f.at(kTuesdayMorning));
  CHECK(header.clock == "10:00");
  CHECK(header.state == CentreState::open);
  CHECK_FALSE(header.offline);
}

TEST_CASE("kiosk views: the calendar's lunch and Sunday show when the server has not said otherwise") {
  const Fixture f;
  CHECK(home_view(f.at(kTuesdayLunch)).state == CentreState::lunch);
  CHECK(home_view(f.at(kSunday)).state == CentreState::closed);
}

TEST_CASE("kiosk views: offline, the header shows the banner and home disables what needs the server") {
  Fixture f;
  f.state.connection.online = false;
  CHECK(header_view(f.at(kTuesdayMorning)).offline);
  CHECK_FALSE(home_view(f.at(kTuesdayMorning)).online);
  f.state.connection.known = false;  // still starting: no banner yet
  CHECK_FALSE(header_view(f.at(kTuesdayMorning)).offline);
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

TEST_CASE("kiosk views: groups list the catalog's groups with their service counts, in the visitor's language") {
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
