// shared/protocol: what the kiosk reads beyond the core messages — a refusal's
// extras (next_slot, offer, come_back_at), the one-member ticket and
// appointment answers, the "protocol" member alone, and the catalog split into
// the file's format and the server's additions.
#include <doctest/doctest.h>

#include "shared/protocol/catalog_reply.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/item_replies.hpp"
#include "shared/protocol/refusal_extras.hpp"
#include "shared/protocol/version_member.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_kiosk_replies {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;

}  // namespace

TEST_CASE("protocol refusal extras: next_slot and offer round trip and name the bad field") {
  const NextSlot slot{"work_visa_in_country", at("2026-11-25T10:00:00+05:00"), 20};
  CHECK(json::serialize(json::value_from(slot)) ==
        R"({"service":"work_visa_in_country","start":"2026-11-25T10:00:00+05:00","minutes":20})");
  CHECK(round_trip(slot) == slot);
  CHECK(round_trip(Offer{"iin", domain::TicketTier::standard}) == Offer{"iin", domain::TicketTier::standard});

  RefusalExtras extras;
  extras.next_slot = slot;
  extras.come_back_at = at("2026-11-24T09:30:00+05:00");
  CHECK(round_trip(extras) == extras);
  CHECK(round_trip(RefusalExtras{}) == RefusalExtras{});

  check_refused<RefusalExtras>(R"({"next_slot":{"service":"iin","start":"soon","minutes":20}})", ErrorCode::wrong_type,
                               "next_slot.start");
  check_refused<RefusalExtras>(R"({"offer":{"service":"iin","tier":"gold"}})", ErrorCode::wrong_type, "offer.tier");
  check_refused<RefusalExtras>(R"({"come_back_at":5})", ErrorCode::wrong_type, "come_back_at");
}

TEST_CASE("protocol refusal extras: written in the order the server has always sent them") {
  RefusalExtras too_late;
  too_late.appointment = Appointment{
      "K7M4QX", "iin", at("2026-11-24T10:00:00+05:00"), 20, 1, domain::AppointmentStatus::booked, "", std::nullopt};
  too_late.offer = Offer{"iin", domain::TicketTier::standard};
  const Error refusal{ErrorCode::too_late, "too late", json::value_from(too_late).as_object()};
  CHECK(json::serialize(json::value_from(refusal)) ==
        R"({"appointment":{"code":"K7M4QX","service":"iin","start":"2026-11-24T10:00:00+05:00","minutes":20,)"
        R"("counter":1,"status":"booked"},"offer":{"service":"iin","tier":"standard"},)"
        R"("error":{"code":"too_late","message":"too late"}})");
  RefusalExtras too_early;
  too_early.appointment = too_late.appointment;
  too_early.come_back_at = at("2026-11-24T09:30:00+05:00");
  CHECK(json::serialize(json::value_from(too_early)).find(R"("status":"booked"},"come_back_at":)") !=
        std::string::npos);
  RefusalExtras closed;
  closed.until = at("2026-11-25T09:00:00+05:00");
  closed.status = Status{};
  closed.status->now = at("2026-11-24T19:00:00+05:00");
  const std::string text = json::serialize(json::value_from(closed));
  CHECK(text.rfind(R"({"status":{)", 0) == 0);
  CHECK(text.ends_with(R"(},"until":"2026-11-25T09:00:00+05:00"})"));
}

TEST_CASE("protocol refusal extras: read from an Error's extra as the server sends a too_late check-in") {
  const Error e = decode<Error>(
      json::parse(R"({"appointment":{"code":"K7M4QX","service":"iin","start":"2026-11-24T10:00:00+05:00","minutes":20,)"
                  R"("counter":1,"status":"booked"},"offer":{"service":"iin","tier":"standard"},)"
                  R"("error":{"code":"too_late","message":"too late"}})"));
  CHECK(e.code == ErrorCode::too_late);
  const RefusalExtras extras = decode<RefusalExtras>(json::value(e.extra));
  REQUIRE(extras.offer);
  CHECK(extras.offer->service == "iin");
  REQUIRE(extras.appointment);  // the server leaves "applicant" out for the kiosk
  CHECK(extras.appointment->code == "K7M4QX");
  CHECK(extras.appointment->applicant.empty());
  CHECK_FALSE(extras.next_slot);
}

TEST_CASE("protocol item replies: ticket and appointment wrapped in their member") {
  Ticket t;
  t.id = 3;
  t.number = "O-003";
  t.service = "iin";
  t.issued_at = at("2026-11-24T10:00:00+05:00");
  t.status_token = "tok";
  CHECK(round_trip(TicketReply{t}) == TicketReply{t});
  check_refused<TicketReply>(R"({"appointment":{}})", ErrorCode::missing_field, "ticket");
  json::object bad = json::value_from(TicketReply{t}).as_object();
  bad["ticket"].as_object()["tier"] = "gold";
  check_refused<TicketReply>(json::serialize(bad), ErrorCode::wrong_type, "ticket.tier");

  const Appointment a{"K7M4QX", "iin",       at("2026-11-25T10:00:00+05:00"), 20, 1, domain::AppointmentStatus::booked,
                      "P-1",    std::nullopt};
  CHECK(round_trip(AppointmentReply{a}) == AppointmentReply{a});
  // "provisional" is written only when true, and absent reads as false.
  CHECK_FALSE(json::value_from(AppointmentReply{a}).as_object().contains("provisional"));
  const AppointmentReply provisional{a, true};
  CHECK(json::value_from(provisional).as_object().at("provisional") == true);
  CHECK(round_trip(provisional) == provisional);
  check_refused<AppointmentReply>(R"({"appointment":{"code":"K7M4QX"}})", ErrorCode::missing_field,
                                  "appointment.service");
}

TEST_CASE("protocol version member: read alone, absent is version 1") {
  CHECK(decode<VersionMember>(json::parse(R"({"status":"anything","protocol":7})")).protocol == 7);
  CHECK(decode<VersionMember>(json::parse(R"({"status":{}})")).protocol == 1);
  CHECK(round_trip(VersionMember{2}) == VersionMember{2});
  check_refused<VersionMember>(R"({"protocol":"2"})", ErrorCode::wrong_type, "protocol");
}

TEST_CASE("protocol catalog reply: the additions and mrp come out, the file's format stays") {
  const json::value wire = json::parse(
      R"({"version":1,"groups":[],"services":[{"id":"iin","name":{"en":"IIN"},"tiers":["standard","priority"],)"
      R"("letter":"O","state_duty_kzt":null}],"mrp":{"year":2026,"kzt":4325}})");
  const CatalogReply r = decode<CatalogReply>(wire);
  REQUIRE(r.mrp);
  CHECK(r.mrp->kzt == 4325);
  CHECK_FALSE(r.catalog.contains("mrp"));
  REQUIRE(r.additions.size() == 1);
  CHECK(r.additions[0].first == "iin");
  CHECK(r.additions[0].second.letter == 'O');
  CHECK(r.additions[0].second.tiers.size() == 2);
  const json::object& service = r.catalog.at("services").as_array()[0].as_object();
  CHECK_FALSE(service.contains("tiers"));
  CHECK(service.contains("name"));
  CHECK(round_trip(r) == r);

  check_refused<CatalogReply>(R"({"services":[{"id":"a","tiers":["standard"],"letter":"A"},{"id":"b","letter":"B"}]})",
                              ErrorCode::missing_field, "services[1].tiers");
  check_refused<CatalogReply>(R"({"services":[],"mrp":{"year":"2026"}})", ErrorCode::wrong_type, "mrp.year");
}

}  // namespace kezek_unit_protocol_kiosk_replies
