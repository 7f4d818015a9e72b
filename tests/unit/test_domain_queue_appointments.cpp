// domain::Queue — booking, cancelling and checking in: each success and each refusal.
#include "tests/unit/domain_queue_fixture.hpp"

namespace kezek_unit_domain_queue_appointments {

using namespace kezek;
using namespace kezek::domain;
using namespace kezek::domain::test;

namespace {

// The first free iin slot at or after `from` on `date`, as a client would pick it.
Instant free_slot(const QueueFixture& f, Date date, Instant from, Instant now) {
  const DayState& day = f.queue.state();
  for (const Slot& s : free_slots("iin", date, day.counters, day.appointments, f.calendar, f.queue.service_times(),
                                  f.queue.rules().slots, now))
    if (s.start >= from) return s.start;
  FAIL("no free slot");
  return {};
}

BookAppointment booking_of(Instant start, std::string applicant = "APP-7") {
  return BookAppointment{"iin", start, std::move(applicant), std::nullopt, {}};
}

}  // namespace

TEST_CASE("queue book: today's booking joins the day and holds its counter") {
  QueueFixture f;
  const Instant start = free_slot(f, kDay, at(11), at(9));
  const QueueResult r = f.queue.apply(booking_of(start), at(9), f.supply);
  REQUIRE(r.ok());
  REQUIRE(r.appointment.has_value());
  CHECK(r.appointment->code == "K7M4QX");
  CHECK(r.appointment->start == start);
  CHECK(r.appointment->status == AppointmentStatus::booked);
  CHECK(r.appointment->applicant == "APP-7");
  CHECK(r.appointment->created_at == at(9));
  CHECK(f.queue.state().find_appointment("K7M4QX") != nullptr);
  CHECK(r.queue_changed);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::appointment_booked);
  CHECK(r.events[0].code == "K7M4QX");
}

TEST_CASE("queue book: another day's booking is answered but not kept in the day") {
  QueueFixture f;
  const Instant start = from_local(kNextDay, hours{11});
  const QueueResult r = f.queue.apply(booking_of(start), at(9), f.supply);
  REQUIRE(r.ok());
  CHECK(r.appointment->start == start);
  CHECK(f.queue.state().find_appointment("K7M4QX") == nullptr);
  CHECK_FALSE(r.queue_changed);
}

TEST_CASE("queue book: a provisional day is booked up to provisional_booking_days ahead, a decreed one further") {
  QueueRules rules;
  rules.provisional_booking_days = 62;
  QueueFixture f(rules);
  // 2026 has a decree; 2027 has no list, so its days are provisional.
  f.calendar = WorkingCalendar::from_json(
      R"({"timezone": "Asia/Almaty", "utc_offset": "+05:00",
          "hours": {"open": "09:00", "close": "18:00", "lunch_start": "13:00", "lunch_end": "14:00"},
          "years": {"2026": {"source": "decree", "days_off": []}}})",
      "test-holidays.json");
  const Date decreed = 2026y / December / 31;    // 37 days after kDay
  const Date last = 2027y / January / 25;        // 62 days after kDay
  const Date beyond = 2027y / January / 26;      // 63
  const Date next_year = 2027y / December / 20;  // far beyond
  REQUIRE(f.calendar.is_provisional(last));
  REQUIRE_FALSE(f.calendar.is_provisional(decreed));
  CHECK(reason(f.queue.apply(booking_of(from_local(beyond, hours{10}), "APP-1"), at(9), f.supply)) ==
        Refusal::provisional_day);
  CHECK(reason(f.queue.apply(booking_of(from_local(next_year, hours{10}), "APP-2"), at(9), f.supply)) ==
        Refusal::provisional_day);
  const QueueResult near = f.queue.apply(booking_of(from_local(last, hours{10}), "APP-3"), at(9), f.supply);
  REQUIRE(near.ok());
  CHECK(local_date(near.appointment->start) == last);
  CHECK(f.queue.apply(booking_of(from_local(decreed, hours{10}), "APP-4"), at(9), f.supply).ok());
  // The horizon counts from today: a day later, 26 January is in reach.
  CHECK(
      f.queue.apply(booking_of(from_local(beyond, hours{10}), "APP-5"), from_local(kNextDay, hours{9}), f.supply).ok());
}

TEST_CASE("queue book: refusals") {
  QueueFixture f;
  const Instant start = free_slot(f, kDay, at(11), at(9));
  CHECK(reason(f.queue.apply(BookAppointment{"passport", start, "APP-7", std::nullopt, {}}, at(9), f.supply)) ==
        Refusal::unknown_service);
  CHECK(reason(f.queue.apply(booking_of(start, ""), at(9), f.supply)) == Refusal::bad_applicant);
  CHECK(reason(f.queue.apply(booking_of(start, std::string(65, 'x')), at(9), f.supply)) == Refusal::bad_applicant);
  BookAppointment twice = booking_of(start);
  twice.existing = appointment("ABCDEF", "iin", at(15));
  const QueueResult r = f.queue.apply(twice, at(9), f.supply);
  CHECK(reason(r) == Refusal::already_booked);
  CHECK(r.refusal->appointment->code == "ABCDEF");
  CHECK(reason(f.queue.apply(booking_of(at(13, 30)), at(9), f.supply)) == Refusal::slot_unavailable);  // lunch
  CHECK(reason(f.queue.apply(booking_of(at(9, 30)), at(9), f.supply)) == Refusal::slot_unavailable);   // too soon
  f.supply.code.reset();
  CHECK(reason(f.queue.apply(booking_of(start), at(9), f.supply)) == Refusal::no_code);
  CHECK(f.queue.state().appointments.empty());
}

TEST_CASE("queue cancel: a booked appointment; not one already checked in") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(11)), appointment("ABCDEF", "iin", at(12))});
  QueueResult r = f.queue.apply(CancelAppointment{f.booking("K7M4QX")}, at(9));
  REQUIRE(r.ok());
  CHECK(r.appointment->status == AppointmentStatus::cancelled);
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::cancelled);
  CHECK(r.queue_changed);
  CHECK(r.events.at(0).kind == QueueEventKind::appointment_cancelled);
  REQUIRE(f.queue.apply(CheckIn{"ABCDEF", "en", std::nullopt}, at(11, 40), f.supply).ok());
  r = f.queue.apply(CancelAppointment{f.booking("ABCDEF")}, at(11, 41));
  CHECK(reason(r) == Refusal::not_cancellable);
  CHECK(f.booking("ABCDEF").status == AppointmentStatus::checked_in);
}

TEST_CASE("queue check-in: the booking becomes an appointment ticket") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(11))});
  const QueueResult r = f.queue.apply(CheckIn{"K7M4QX", "kk", std::nullopt}, at(10, 45), f.supply);
  REQUIRE(r.ok());
  const Ticket& t = f.ticket(*r.ticket);
  CHECK(t.tier == TicketTier::appointment);
  CHECK(t.slot_start == at(11));
  CHECK(t.appointment_code == "K7M4QX");
  CHECK(t.lang == "kk");
  CHECK(t.number == "O-001");
  CHECK(r.created == r.ticket);
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::checked_in);
  CHECK(f.booking("K7M4QX").ticket == r.ticket);
  CHECK(r.changes.appointments == std::vector<std::string>{"K7M4QX"});
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::appointment_checked_in);
  CHECK(r.events[0].code == "K7M4QX");
  CHECK(r.events[0].ticket == r.ticket);
}

TEST_CASE("queue check-in: refusals, each with what the kiosk shows") {
  Appointment cancelled = appointment("CANCEL", "iin", at(11));
  cancelled.status = AppointmentStatus::cancelled;
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(11)), appointment("EARLY1", "iin", at(9)),
                      appointment("GONE22", "passport", at(11)), cancelled});
  CHECK(reason(f.queue.apply(CheckIn{"NOSUCH", "en", std::nullopt}, at(10), f.supply)) == Refusal::unknown_appointment);
  QueueResult r = f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(10), f.supply);
  CHECK(reason(r) == Refusal::too_early);
  CHECK(r.refusal->come_back_at == at(10, 30));
  CHECK(r.refusal->appointment->code == "K7M4QX");
  r = f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(11, 16), f.supply);
  CHECK(reason(r) == Refusal::too_late);
  r = f.queue.apply(CheckIn{"CANCEL", "en", std::nullopt}, at(11), f.supply);
  CHECK(reason(r) == Refusal::not_active);
  CHECK(r.refusal->appointment->status == AppointmentStatus::cancelled);
  r = f.queue.apply(CheckIn{"EARLY1", "en", std::nullopt}, at(8, 45), f.supply);  // in the window, before opening
  CHECK(reason(r) == Refusal::closed);
  CHECK(r.refusal->until == at(9));
  CHECK(reason(f.queue.apply(CheckIn{"GONE22", "en", std::nullopt}, at(11), f.supply)) == Refusal::service_withdrawn);
  // Another day's booking, as the store holds it.
  r = f.queue.apply(CheckIn{"TOMORR", "en", appointment("TOMORR", "iin", from_local(kNextDay, hours{11}))}, at(11),
                    f.supply);
  CHECK(reason(r) == Refusal::wrong_day);
  REQUIRE(f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(11), f.supply).ok());
  CHECK(reason(f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(11, 1), f.supply)) ==
        Refusal::already_checked_in);
  CHECK(f.queue.state().tickets.size() == 1);
  CHECK(f.supply.sequences == 1);
}

TEST_CASE("queue check-in: a booking the clock marked missed is too late, today") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(11))});
  f.queue.tick(at(11, 16));
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::missed);
  const QueueResult r = f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(11, 20), f.supply);
  CHECK(reason(r) == Refusal::too_late);
  CHECK(r.refusal->appointment->service == "iin");
}

}  // namespace kezek_unit_domain_queue_appointments
