// The kiosk's navigation reducer (kiosk/navigation.hpp): each intent's next
// state and the request it asks the controller to send — no window, no server.
#include <doctest/doctest.h>

#include "kiosk/navigation.hpp"

namespace kezek_clients_kiosk_navigation {

namespace {

using namespace kezek;
using namespace kezek::kiosk;

KioskState online() {
  KioskState s;
  s.connection.online = true;
  s.connection.known = true;
  return s;
}

// Applies the intents in order; the last step's request, if any.
Navigation walk(KioskState state, std::initializer_list<Intent> intents, catalog::Lang home = catalog::Lang::en) {
  Navigation step{std::move(state), std::nullopt};
  for (const Intent& i : intents) step = navigate(std::move(step.state), i, home);
  return step;
}

}  // namespace

TEST_CASE("kiosk navigation: take a ticket goes home → groups → services → card, and back retraces it") {
  Navigation n = walk(online(), {intent::OpenTakeTicket{}, intent::OpenGroup{"visas"}, intent::OpenService{"iin"}});
  CHECK(n.state.screen == Screen::service_card);
  CHECK(n.state.choice.group == "visas");
  CHECK(n.state.choice.service == "iin");
  CHECK_FALSE(n.request);

  n = walk(std::move(n.state), {intent::ToggleDocument{2}, intent::ExpiryDigit{'0'}, intent::GoBack{}});
  CHECK(n.state.screen == Screen::services);
  CHECK(n.state.choice.ticked_documents.empty());  // a card opened again starts clean
  CHECK(n.state.choice.expiry_digits.empty());
  n = walk(std::move(n.state), {intent::GoBack{}, intent::GoBack{}, intent::GoBack{}});
  CHECK(n.state.screen == Screen::home);
}

TEST_CASE("kiosk navigation: a document ticked twice is unticked; the expiry date holds eight digits") {
  KioskState s = walk(online(), {intent::OpenTakeTicket{}, intent::OpenGroup{"g"}, intent::OpenService{"s"}}).state;
  s = walk(std::move(s), {intent::ToggleDocument{1}, intent::ToggleDocument{3}, intent::ToggleDocument{1}}).state;
  CHECK(s.choice.ticked_documents == std::set<std::size_t>{3});
  for (char d : std::string("3112202699")) s = navigate(std::move(s), intent::ExpiryDigit{d}, catalog::Lang::en).state;
  CHECK(s.choice.expiry_digits == "31122026");
  s = walk(std::move(s), {intent::ExpiryBackspace{}}).state;
  CHECK(s.choice.expiry_digits == "3112202");
  s = walk(std::move(s), {intent::ExpiryClear{}}).state;
  CHECK(s.choice.expiry_digits.empty());
}

TEST_CASE("kiosk navigation: Take ticket asks the server only when online and not already waiting") {
  const intent::TakeTicket take{"iin", catalog::Tier::standard};
  const Navigation asked = navigate(online(), take, catalog::Lang::en);
  REQUIRE(asked.request);
  const auto* issue = std::get_if<request::IssueTicket>(&*asked.request);
  REQUIRE(issue != nullptr);
  CHECK(issue->service == "iin");

  CHECK_FALSE(navigate(KioskState{}, take, catalog::Lang::en).request);  // offline
  KioskState busy = online();
  busy.busy = true;
  CHECK_FALSE(navigate(busy, take, catalog::Lang::en).request);
  CHECK_FALSE(navigate(online(), intent::TakeTicket{"", catalog::Tier::standard}, catalog::Lang::en).request);
}

TEST_CASE("kiosk navigation: nothing is asked of a server that speaks another protocol version") {
  KioskState other = online();
  other.connection.server_protocol = protocol::kProtocolVersion + 1;
  CHECK_FALSE(navigate(other, intent::TakeTicket{"iin", catalog::Tier::standard}, catalog::Lang::en).request);
  other.screen = Screen::appointment;
  other.code.code = "ACDEFG";
  CHECK_FALSE(navigate(other, intent::SubmitCode{}, catalog::Lang::en).request);
  other.connection.server_protocol = protocol::kProtocolVersion;
  CHECK(navigate(other, intent::SubmitCode{}, catalog::Lang::en).request);
}

TEST_CASE("kiosk navigation: the 8th digit of a real expiry date asks the server about the window") {
  KioskState s = walk(online(), {intent::OpenTakeTicket{}, intent::OpenGroup{"g"}, intent::OpenService{"s"}}).state;
  for (char d : std::string("2412202")) {
    const Navigation n = navigate(std::move(s), intent::ExpiryDigit{d}, catalog::Lang::en);
    CHECK_FALSE(n.request);
    s = n.state;
  }
  Navigation n = navigate(std::move(s), intent::ExpiryDigit{'7'}, catalog::Lang::en);
  REQUIRE(n.request);
  const auto* ask = std::get_if<request::CheckExtension>(&*n.request);
  REQUIRE(ask != nullptr);
  CHECK(ask->expiry == *parse_date("2027-12-24"));
  REQUIRE(n.state.choice.extension);
  CHECK(n.state.choice.extension->phase == ExtensionLookup::Phase::checking);
  CHECK(n.state.choice.extension->expiry == ask->expiry);

  // A changed date forgets the answer; a date that does not exist asks nothing.
  n = walk(std::move(n.state), {intent::ExpiryBackspace{}});
  CHECK_FALSE(n.state.choice.extension);
  n = walk(std::move(n.state), {intent::ExpiryClear{}});
  for (char d : std::string("3102202")) n = navigate(std::move(n.state), intent::ExpiryDigit{d}, catalog::Lang::en);
  n = navigate(std::move(n.state), intent::ExpiryDigit{'7'}, catalog::Lang::en);
  CHECK_FALSE(n.request);
  CHECK_FALSE(n.state.choice.extension);
}

TEST_CASE("kiosk navigation: the code pad takes code symbols in upper case and refuses the rest") {
  KioskState s = walk(online(), {intent::OpenAppointment{}}).state;
  CHECK(s.screen == Screen::appointment);
  s = walk(std::move(s), {intent::CodeKey{'a'}, intent::CodeKey{'!'}}).state;
  CHECK(s.code.code == "A");
  CHECK(s.code.rejected_char == "!");
  s = walk(std::move(s), {intent::CodeBackspace{}}).state;
  CHECK(s.code.code.empty());
  CHECK(s.code.rejected_char.empty());
}

TEST_CASE("kiosk navigation: a full code submits a check-in on one screen and a look-up on the other") {
  const std::string code = "ACDEFG";
  auto typed = [&](Intent open) {
    KioskState s = navigate(online(), open, catalog::Lang::en).state;
    for (char c : code) s = navigate(std::move(s), intent::CodeKey{c}, catalog::Lang::en).state;
    return s;
  };
  KioskState appointment = typed(intent::OpenAppointment{});
  REQUIRE(appointment.code.code.size() == code.size());
  const Navigation check_in = navigate(appointment, intent::SubmitCode{}, catalog::Lang::en);
  REQUIRE(check_in.request);
  CHECK(std::get<request::CheckIn>(*check_in.request).code == code);

  const Navigation look_up = navigate(typed(intent::OpenBooking{}), intent::SubmitCode{}, catalog::Lang::en);
  REQUIRE(look_up.request);
  CHECK(std::get<request::LookUp>(*look_up.request).code == code);

  KioskState short_code = walk(online(), {intent::OpenAppointment{}, intent::CodeKey{'A'}}).state;
  CHECK_FALSE(navigate(short_code, intent::SubmitCode{}, catalog::Lang::en).request);
}

TEST_CASE("kiosk navigation: Done starts afresh in the kiosk's language; Home keeps the visitor's") {
  KioskState s = walk(online(), {intent::SetLang{catalog::Lang::kk}, intent::OpenTakeTicket{}}).state;
  s.busy = true;
  const KioskState home = navigate(s, intent::GoHome{}, catalog::Lang::ru).state;
  CHECK(home.screen == Screen::home);
  CHECK(home.lang == catalog::Lang::kk);
  CHECK(home.busy);               // an answer on its way is still awaited
  CHECK(home.connection.online);  // what the server said is kept
  const KioskState done = navigate(s, intent::Done{}, catalog::Lang::ru).state;
  CHECK(done.screen == Screen::home);
  CHECK(done.lang == catalog::Lang::ru);
}

TEST_CASE("kiosk navigation: back from a booking's details returns to the code pad, then home") {
  KioskState s = walk(online(), {intent::OpenBooking{}}).state;
  s.code.booking = protocol::Appointment{};
  s.code.code = "ACDEFG";
  s = navigate(std::move(s), intent::GoBack{}, catalog::Lang::en).state;
  CHECK(s.screen == Screen::booking);
  CHECK_FALSE(s.code.booking);
  CHECK(s.code.code.empty());
  s = navigate(std::move(s), intent::GoBack{}, catalog::Lang::en).state;
  CHECK(s.screen == Screen::home);
}

}  // namespace kezek_clients_kiosk_navigation
