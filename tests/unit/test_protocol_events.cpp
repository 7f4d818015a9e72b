// shared/protocol/event_payloads and status_at: what each event carries, as the
// server writes it and the clients read it; and the Centre's state a client
// works out from the last status while no fresher word comes.
#include <doctest/doctest.h>

#include "shared/protocol/event_payloads.hpp"
#include "shared/protocol/status_at.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_events {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;
using std::chrono::hours;

Ticket called_ticket() {
  Ticket t;
  t.id = 7;
  t.number = "W-017";
  t.service = "iin";
  t.status = domain::TicketStatus::called;
  t.issued_at = at("2026-11-24T09:40:00+05:00");
  t.called_at = at("2026-11-24T10:00:00+05:00");
  t.counter = 3;
  t.status_token = "0123456789abcdef0123456789abcdef";
  t.position = 0;
  t.estimated_wait_min = 0;
  return t;
}

}  // namespace

TEST_CASE("protocol events: each payload round trips and keeps the documented members") {
  const TicketEvent called{3, called_ticket(), false};
  CHECK(round_trip(called) == called);
  const json::object wire = json::value_from(called).as_object();
  CHECK(wire.at("counter").as_int64() == 3);
  CHECK_FALSE(wire.contains("automatic"));  // only when the server did it by itself
  const TicketEvent automatic{std::nullopt, called_ticket(), true};
  CHECK(round_trip(automatic) == automatic);
  CHECK(json::value_from(automatic).as_object().at("automatic").as_bool());

  CHECK(round_trip(CounterEvent{4, true}) == CounterEvent{4, true});
  CHECK(round_trip(AppointmentChanged{"K7M4QX", called_ticket()}) == AppointmentChanged{"K7M4QX", called_ticket()});
  CHECK(round_trip(AppointmentChanged{"K7M4QX", std::nullopt}) == AppointmentChanged{"K7M4QX", std::nullopt});
  CHECK(round_trip(DayStarted{day("2026-11-25")}) == DayStarted{day("2026-11-25")});
  CHECK(round_trip(CentreStatusEvent{tuesday_morning_status()}) == CentreStatusEvent{tuesday_morning_status()});
  const WaitingEvent waiting{{WaitingGroup{"visas", 'V', LocalizedText{"Visas", "Визы", "Визалар"}, 4, 17, 25}}};
  CHECK(round_trip(waiting) == waiting);
}

TEST_CASE("protocol events: a booking's event never carries the applicant, and decodes without one") {
  Appointment a;
  a.code = "K7M4QX";
  a.service = "iin";
  a.start = at("2026-11-25T10:00:00+05:00");
  a.minutes = 20;
  a.counter = 6;
  a.applicant = "portal-ref-42";
  const json::object wire = json::value_from(AppointmentBooked{a}).as_object();
  CHECK_FALSE(wire.at("appointment").as_object().contains("applicant"));
  const auto back = decode<AppointmentBooked>(wire);
  CHECK(back.appointment.code == "K7M4QX");
  CHECK(back.appointment.applicant.empty());
}

TEST_CASE("protocol events: a payload without what its type needs is refused, naming the field") {
  check_refused<TicketEvent>(R"({"counter":3})", ErrorCode::missing_field, "ticket");
  check_refused<TicketEvent>(R"({"counter":"3","ticket":{}})", ErrorCode::wrong_type, "counter");
  check_refused<CounterEvent>(R"({"counter":3})", ErrorCode::missing_field, "paused");
  check_refused<DayStarted>(R"({"day":"2026-13-01"})", ErrorCode::wrong_type, "day");
  check_refused<CentreStatusEvent>(R"({"status":{"state":"siesta"}})", ErrorCode::wrong_type, "status.state");
  check_refused<WaitingEvent>(R"({"waiting":[{"group":"v"}]})", ErrorCode::missing_field, "waiting[0].letter");
  check_refused<AppointmentBooked>(R"({})", ErrorCode::missing_field, "appointment");
}

TEST_CASE("status at: the server's state holds until its until, then the day's hours take over") {
  const Status s = tuesday_morning_status();
  auto state_at = [&](const char* when) { return centre_status_at(s, at(when)); };
  CHECK(state_at("2026-11-24T12:59:00+05:00").state == CentreState::open);
  CHECK(state_at("2026-11-24T12:59:00+05:00").until == at("2026-11-24T13:00:00+05:00"));
  // Offline across lunch: lunch at 13:00, open again at 14:00 until closing.
  CHECK(state_at("2026-11-24T13:30:00+05:00").state == CentreState::lunch);
  CHECK(state_at("2026-11-24T13:30:00+05:00").until == at("2026-11-24T14:00:00+05:00"));
  CHECK(state_at("2026-11-24T14:00:00+05:00").state == CentreState::open);
  CHECK(state_at("2026-11-24T14:00:00+05:00").until == at("2026-11-24T18:00:00+05:00"));
  // After closing: closed until the next working day's opening.
  const CentreStatus evening = state_at("2026-11-24T18:00:00+05:00");
  CHECK(evening.state == CentreState::closed);
  CHECK(evening.next_opening == at("2026-11-25T09:00:00+05:00"));
  CHECK(state_at("2026-11-25T08:59:00+05:00").state == CentreState::closed);
  // The next working day, with the same hours assumed until the server says more.
  CHECK(state_at("2026-11-25T10:00:00+05:00").state == CentreState::open);
  CHECK(state_at("2026-11-25T13:10:00+05:00").state == CentreState::lunch);
  // Beyond that nothing is known: closed, with no time promised.
  CHECK(state_at("2026-11-25T18:30:00+05:00").state == CentreState::closed);
  CHECK(state_at("2026-11-25T18:30:00+05:00").until == Instant::max());
}

TEST_CASE("status at: a day off says closed until the next working day; no day member says nothing more") {
  Status holiday = tuesday_morning_status();
  holiday.state = CentreState::closed;
  holiday.now = at("2026-12-16T10:00:00+05:00");
  holiday.until = holiday.next_opening = at("2026-12-18T09:00:00+05:00");
  holiday.day = StatusDay{day("2026-12-16"), false, hours(9), hours(18), hours(13), hours(14), day("2026-12-18")};
  CHECK(centre_status_at(holiday, at("2026-12-17T12:00:00+05:00")).state == CentreState::closed);
  CHECK(centre_status_at(holiday, at("2026-12-17T12:00:00+05:00")).next_opening == at("2026-12-18T09:00:00+05:00"));
  // The next working day comes with no word from the server: its hours are assumed.
  CHECK(centre_status_at(holiday, at("2026-12-18T10:00:00+05:00")).state == CentreState::open);

  Status bare = tuesday_morning_status();
  bare.day.reset();
  CHECK(centre_status_at(bare, at("2026-11-24T11:00:00+05:00")).state == CentreState::open);
  CHECK(centre_status_at(bare, at("2026-11-24T13:30:00+05:00")).state == CentreState::closed);
  CHECK(centre_status_at(bare, at("2026-11-24T13:30:00+05:00")).until == Instant::max());
}

}  // namespace kezek_unit_protocol_events
