// End to end: slots, bookings from the portal, check-in at the kiosk, and the
// booking joined to the walk-in queue.
#include <doctest/doctest.h>

#include "shared/time/local_time.hpp"
#include "tests/support/api_session.hpp"

namespace kezek_e2e_appointments {

using kezek::testing::Answer;
using kezek::testing::ApiSession;

namespace {

std::string booking(const std::string& service, const std::string& start, const std::string& applicant) {
  return R"({"service":")" + service + R"(","start":")" + start + R"(","applicant":")" + applicant + R"("})";
}

}  // namespace

TEST_CASE("e2e appointments: slots, booking, reading and cancelling") {
  ApiSession api;  // Tuesday 2026-11-24 10:00
  const Answer slots = api.get("kiosk", "/api/v1/slots?service=work_visa_in_country&date=2026-11-25");
  REQUIRE(slots.status == 200);
  const auto& list = slots.object().at("slots").as_array();
  REQUIRE(!list.empty());
  CHECK(list[0].as_object().at("start").as_string() == "2026-11-25T09:00:00+05:00");
  for (const auto& s : list) {
    const std::string start(s.as_object().at("start").as_string());
    CHECK(start.substr(11, 2) != "13");  // never in the lunch break
  }
  // None on a Sunday or a holiday.
  CHECK(api.get("kiosk", "/api/v1/slots?service=iin&date=2026-11-29").object().at("slots").as_array().empty());
  CHECK(api.get("kiosk", "/api/v1/slots?service=iin&date=2026-12-16").object().at("slots").as_array().empty());
  CHECK(api.get("kiosk", "/api/v1/slots?service=iin&date=25.11.2026").error_code() == "bad_date");
  CHECK(api.get("kiosk", "/api/v1/slots?service=iin").error_code() == "missing_parameter");
  CHECK(api.get("kiosk", "/api/v1/slots?service=nope&date=2026-11-25").status == 404);
  CHECK(api.get("display", "/api/v1/slots?service=iin&date=2026-11-25").status == 403);

  const std::string start(list[0].as_object().at("start").as_string());
  CHECK(api.post("kiosk", "/api/v1/appointments", booking("work_visa_in_country", start, "P-1")).status == 403);
  const Answer booked = api.post("admin", "/api/v1/appointments", booking("work_visa_in_country", start, "P-1"));
  REQUIRE(booked.status == 201);
  const std::string code(booked.object().at("appointment").as_object().at("code").as_string());
  CHECK(code.size() == 6);
  // One active booking per applicant and service.
  const Answer twice =
      api.post("admin", "/api/v1/appointments",
               booking("work_visa_in_country", list[1].as_object().at("start").as_string().c_str(), "P-1"));
  CHECK(twice.error_code() == "already_booked");
  // Not a slot at all.
  CHECK(api.post("admin", "/api/v1/appointments", booking("iin", "2026-11-25T13:30:00+05:00", "P-2")).error_code() ==
        "slot_unavailable");
  CHECK(api.post("admin", "/api/v1/appointments", booking("iin", "tomorrow", "P-2")).error_code() == "bad_start");
  CHECK(api.post("admin", "/api/v1/appointments", R"({"service":"iin"})").error_code() == "missing_field");

  const Answer read = api.get("kiosk", "/api/v1/appointments/" + code);
  CHECK(read.status == 200);
  CHECK(read.object().at("appointment").as_object().at("start").as_string() == start);
  // Typed in lower case with a dash, it is the same code.
  std::string typed = code.substr(0, 3) + "-" + code.substr(3);
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(api.get("kiosk", "/api/v1/appointments/" + typed).status == 200);
  CHECK(api.get("kiosk", "/api/v1/appointments/AAAAAA").status == 404);
  CHECK(api.get("kiosk", "/api/v1/appointments/!!").error_code() == "bad_code");

  CHECK(api.call("kiosk", "DELETE", "/api/v1/appointments/" + code).status == 403);
  CHECK(api.call("admin", "DELETE", "/api/v1/appointments/" + code).status == 200);
  CHECK(api.call("admin", "DELETE", "/api/v1/appointments/" + code).error_code() == "not_cancellable");
  // Cancelled: the applicant may book again.
  CHECK(api.post("admin", "/api/v1/appointments", booking("work_visa_in_country", start, "P-1")).status == 201);
}

TEST_CASE("e2e appointments: check-in too early, on time (served first), too late") {
  // Book today's slots from an early morning server, then check in at the right moments.
  ApiSession api(kezek::testing::at("2026-11-24T09:00:00+05:00"));
  const Answer slots = api.get("kiosk", "/api/v1/slots?service=iin&date=2026-11-24");
  REQUIRE(slots.status == 200);
  const auto& list = slots.object().at("slots").as_array();
  REQUIRE(list.size() > 3);
  const std::string start(list[0].as_object().at("start").as_string());  // 10:00 or later (lead time)
  const Answer booked = api.post("admin", "/api/v1/appointments", booking("iin", start, "P-7"));
  REQUIRE(booked.status == 201);
  const std::string code(booked.object().at("appointment").as_object().at("code").as_string());

  const Answer early = api.post("kiosk", "/api/v1/appointments/" + code + "/check-in");
  CHECK(early.status == 409);
  CHECK(early.error_code() == "too_early");
  CHECK(!early.str("come_back_at").empty());

  // The same data, the clock at the slot: walk-ins wait, the booking goes first.
  api.server().stop();
  kezek::testing::ServerProcess at_slot(api.data(), kezek::testing::at(start));
  kezek::net::HttpClient kiosk(at_slot.address(), at_slot.token("kiosk"));
  kezek::net::HttpClient counter6(at_slot.address(), at_slot.token("counter:6"));
  REQUIRE(kiosk.post("/api/v1/tickets", R"({"service":"iin"})").status == 201);
  const auto checked = kiosk.post("/api/v1/appointments/" + code + "/check-in", R"({"lang":"ru"})");
  REQUIRE(checked.status == 201);
  const auto ticket = checked.json().as_object().at("ticket").as_object();
  CHECK(ticket.at("tier").as_string() == "appointment");
  CHECK(kiosk.post("/api/v1/appointments/" + code + "/check-in").status == 409);
  const auto called = counter6.post("/api/v1/counters/6/call-next");
  REQUIRE(called.status == 200);
  CHECK(called.json().as_object().at("ticket").as_object().at("tier").as_string() == "appointment");
  at_slot.stop();

  // Another booking, and a visitor who comes 20 minutes after the slot.
  kezek::testing::ServerProcess later(api.data(), kezek::testing::at("2026-11-24T09:00:00+05:00"));
  kezek::net::HttpClient admin(later.address(), later.token("admin"));
  const std::string start2(list[2].as_object().at("start").as_string());
  const auto booked2 = admin.post("/api/v1/appointments", booking("iin", start2, "P-8"));
  REQUIRE(booked2.status == 201);
  const std::string code2(booked2.json().as_object().at("appointment").as_object().at("code").as_string());
  later.stop();
  const auto slot2 = *kezek::parse_iso8601(start2);
  kezek::testing::ServerProcess late(api.data(),
                                     kezek::testing::at(kezek::format_iso8601(slot2 + std::chrono::minutes(20))));
  kezek::net::HttpClient kiosk2(late.address(), late.token("kiosk"));
  const auto too_late = kiosk2.post("/api/v1/appointments/" + code2 + "/check-in");
  CHECK(too_late.status == 409);
  const auto body = too_late.json().as_object();
  CHECK(body.at("error").as_object().at("code").as_string() == "too_late");
  CHECK(body.at("offer").as_object().at("tier").as_string() == "standard");
}

}  // namespace kezek_e2e_appointments
