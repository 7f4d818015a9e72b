// shared/protocol/appointment, report, event_frame, error, catalog and
// extension_answer.
#include <doctest/doctest.h>

#include "shared/protocol/appointment.hpp"
#include "shared/protocol/catalog.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/event_frame.hpp"
#include "shared/protocol/extension_answer.hpp"
#include "shared/protocol/report.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_appointment_report {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;

Appointment booked() {
  return Appointment{"K7M4QX",
                     "work_visa_in_country",
                     at("2026-11-25T10:00:00+05:00"),
                     20,
                     2,
                     domain::AppointmentStatus::booked,
                     "P-1042",
                     std::nullopt};
}

}  // namespace

TEST_CASE("protocol appointment: golden JSON, round trips and field errors") {
  CHECK(json::serialize(json::value_from(booked())) ==
        R"({"code":"K7M4QX","service":"work_visa_in_country","start":"2026-11-25T10:00:00+05:00",)"
        R"("minutes":20,"counter":2,"status":"booked","applicant":"P-1042"})");
  Appointment checked = booked();
  checked.status = domain::AppointmentStatus::checked_in;
  checked.ticket = 12;
  CHECK(round_trip(checked) == checked);
  CHECK(round_trip(CheckInReply{Ticket{}, checked}) == CheckInReply{Ticket{}, checked});
  check_refused<Appointment>(R"({"code":"K7M4QX","service":"x","start":"2026-11-25 10:00"})", ErrorCode::wrong_type,
                             "start");

  SlotList slots{"iin", day("2026-11-25"), true, {}, false, ""};
  slots.slots.push_back(Slot{at("2026-11-25T09:00:00+05:00"), at("2026-11-25T09:20:00+05:00"), 20, 2});
  CHECK(round_trip(slots) == slots);
  CHECK(json::value_from(slots).as_object().at("provisional") == false);
  CHECK_FALSE(json::value_from(slots).as_object().contains("provisional_note"));
  SlotList provisional = slots;
  provisional.provisional = true;
  provisional.provisional_note = "2028 has no published decree yet";
  CHECK(round_trip(provisional) == provisional);
  CHECK(json::value_from(provisional).as_object().at("provisional_note") == "2028 has no published decree yet");
  // An older server's answer has neither member: not provisional.
  json::object older = json::value_from(slots).as_object();
  older.erase("provisional");
  CHECK(decode<SlotList>(older) == slots);
  json::object wrong = json::value_from(slots).as_object();
  wrong["provisional"] = "yes";
  check_refused<SlotList>(json::serialize(wrong), ErrorCode::wrong_type, "provisional");
  json::object o = json::value_from(slots).as_object();
  o["slots"].as_array()[0].as_object()["free"] = true;
  check_refused<SlotList>(json::serialize(o), ErrorCode::wrong_type, "slots[0].free");
}

TEST_CASE("protocol booking and check-in requests: the server's refusals") {
  const BookingRequest r{"iin", at("2026-11-25T10:00:00+05:00"), "P-1"};
  CHECK(round_trip(r) == r);
  check_refused<BookingRequest>(R"({"service":"iin","start":"2026-11-25T10:00:00+05:00"})", ErrorCode::missing_field,
                                "applicant");
  check_refused<BookingRequest>(R"({"service":"iin","start":"tomorrow","applicant":"P-1"})", ErrorCode::bad_start,
                                "start");
  check_refused<BookingRequest>(R"({"service":"iin","start":1,"applicant":"P-1"})", ErrorCode::wrong_type, "start");
  check_refused<BookingRequest>(R"({"service":"iin","when":"x"})", ErrorCode::unknown_field, "when");
  CHECK(decode<CheckInRequest>(json::parse("{}")).lang == "en");
  CHECK(round_trip(CheckInRequest{"kk"}) == CheckInRequest{"kk"});
  check_refused<CheckInRequest>(R"({"lang":"fr"})", ErrorCode::bad_lang, "lang");
  check_refused<CheckInRequest>(R"({"language":"ru"})", ErrorCode::unknown_field, "language");
}

TEST_CASE("protocol report: nulls for times never reached, round trip, path in errors") {
  Report r;
  r.date = day("2026-11-24");
  r.generated_at = at("2026-11-24T10:10:00+05:00");
  ReportTicket row{"O-001",
                   "iin",
                   domain::TicketTier::standard,
                   domain::TicketStatus::waiting,
                   at("2026-11-24T09:05:00+05:00"),
                   std::nullopt,
                   std::nullopt,
                   std::nullopt,
                   std::nullopt,
                   std::nullopt};
  r.tickets.push_back(row);
  r.services.push_back(ServiceCounts{"iin", ReportCounts{1, 1, 0, 0, 0, 0, 0, 0}});
  r.totals = ReportCounts{1, 1, 0, 0, 0, 0, 0, 0};
  r.points.push_back(WaitingPoint{at("2026-11-24T09:00:00+05:00"), 0});
  const json::object o = json::value_from(r).as_object();
  CHECK(json::serialize(o.at("tickets").at(0)) ==
        R"({"number":"O-001","service":"iin","tier":"standard","status":"waiting",)"
        R"("issued_at":"2026-11-24T09:05:00+05:00","called_at":null,"started_at":null,"finished_at":null,)"
        R"("counter":null,"wait_min":null})");
  CHECK(json::serialize(o.at("waiting_series")) ==
        R"({"step_min":15,"points":[{"at":"2026-11-24T09:00:00+05:00","waiting":0}]})");
  CHECK(round_trip(r) == r);
  json::object bad = o;
  bad["waiting_series"].as_object()["points"].as_array()[0].as_object()["waiting"] = "none";
  check_refused<Report>(json::serialize(bad), ErrorCode::wrong_type, "waiting_series.points[0].waiting");
}

TEST_CASE("protocol event frames: snapshot with protocol, events with payload first") {
  SnapshotFrame snap{5, kProtocolVersion, Board{}};
  const json::object so = json::value_from(snap).as_object();
  CHECK(so.at("type") == "snapshot");
  CHECK(so.at("protocol") == 1);
  CHECK(round_trip(snap) == snap);
  CHECK(std::holds_alternative<SnapshotFrame>(decode_frame(json::value_from(snap))));

  EventFrame e{6, "counter.paused", at("2026-11-24T10:00:00+05:00"), json::object{{"counter", 3}, {"paused", true}}};
  CHECK(json::serialize(json::value_from(e)) ==
        R"({"counter":3,"paused":true,"seq":6,"type":"counter.paused","at":"2026-11-24T10:00:00+05:00"})");
  CHECK(round_trip(e) == e);
  CHECK(std::get<EventFrame>(decode_frame(json::value_from(e))) == e);
  check_refused<EventFrame>(R"({"seq":"6","type":"x","at":"2026-11-24T10:00:00+05:00"})", ErrorCode::wrong_type, "seq");
  check_refused<SnapshotFrame>(R"({"type":"snapshot","seq":1,"board":{"seq":1}})", ErrorCode::missing_field,
                               "board.status");
}

TEST_CASE("protocol error: extra members first, error last; unknown codes refused") {
  Error e{ErrorCode::closed, "the Centre is closed", json::object{{"until", "2026-11-25T09:00:00+05:00"}}};
  CHECK(json::serialize(json::value_from(e)) ==
        R"({"until":"2026-11-25T09:00:00+05:00","error":{"code":"closed","message":"the Centre is closed"}})");
  CHECK(round_trip(e) == e);
  check_refused<Error>(R"({"error":{"code":"server_busy","message":"x"}})", ErrorCode::wrong_type, "error.code");
  check_refused<Error>(R"({"error":{"code":"closed"}})", ErrorCode::missing_field, "error.message");
  check_refused<Error>(R"({"oops":1})", ErrorCode::missing_field, "error");
}

TEST_CASE("protocol catalog additions and the extension answer") {
  const ServiceAdditions a{{catalog::Tier::standard, catalog::Tier::priority}, 'O', 1966};
  CHECK(json::serialize(json::value_from(a)) ==
        R"({"tiers":["standard","priority"],"letter":"O","state_duty_kzt":1966})");
  CHECK(round_trip(a) == a);
  CHECK(round_trip(ServiceAdditions{{}, 'V', std::nullopt}) == ServiceAdditions{{}, 'V', std::nullopt});
  check_refused<ServiceAdditions>(R"({"tiers":["gold"],"letter":"O"})", ErrorCode::wrong_type, "tiers[0]");
  CHECK(json::serialize(json::value_from(Mrp{2026, 4325})) == R"({"year":2026,"kzt":4325})");
  CHECK(round_trip(Mrp{2030, std::nullopt}) == Mrp{2030, std::nullopt});

  const ExtensionAnswer x{day("2026-11-24"), day("2027-01-29"), ExtensionVerdict::within, day("2026-12-15"),
                          day("2027-01-22")};
  CHECK(round_trip(x) == x);
  check_refused<ExtensionAnswer>(
      R"({"today":"2026-11-24","expiry":"2027-01-29","verdict":"maybe","first":"2026-12-15","last":"2027-01-22"})",
      ErrorCode::wrong_type, "verdict");
}

}  // namespace kezek_unit_protocol_appointment_report
