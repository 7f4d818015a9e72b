// domain::Queue — what the clock brings (tick), and a whole day driven by a
// clock passed in, with no server.
#include "tests/unit/domain_queue_fixture.hpp"

namespace kezek_unit_domain_queue_day {

using namespace kezek;
using namespace kezek::domain;
using namespace kezek::domain::test;

TEST_CASE("queue tick: the centre's status changes are events, except the first look") {
  QueueFixture f;
  CHECK(f.queue.tick(at(12, 59)).events.empty());
  QueueResult r = f.queue.tick(at(13, 0));
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::centre_status_changed);
  CHECK(r.queue_changed);
  CHECK(f.queue.tick(at(13, 30)).events.empty());
  CHECK(has_event(f.queue.tick(at(14, 0)), QueueEventKind::centre_status_changed));
}

TEST_CASE("queue tick: a called visitor who does not come within no_show_after is a no-show") {
  QueueFixture f;  // no_show_after = 5 min
  f.queue.tick(at(9));
  const TicketId t = f.issue("iin", at(10));
  f.call(at(10));
  CHECK(f.queue.tick(at(10, 4, 59)).events.empty());
  const QueueResult r = f.queue.tick(at(10, 5));
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::ticket_no_show);
  CHECK(r.events[0].automatic);
  CHECK(r.events[0].ticket == t);
  CHECK(r.events[0].counter == 1);
  CHECK(f.ticket(t).status == TicketStatus::no_show);
  CHECK(f.counter(1).phase == CounterPhase::idle);
  CHECK(r.changes.tickets == std::vector<TicketId>{t});
  CHECK(r.changes.counters == std::vector<int>{1});
}

TEST_CASE("queue tick: a serving ticket is never an automatic no-show") {
  QueueFixture f;
  f.issue("iin", at(10));
  f.call(at(10));
  REQUIRE(f.queue.apply(StartServing{1}, at(10, 1)).ok());
  CHECK(f.queue.tick(at(10, 30)).events.empty());
}

TEST_CASE("queue tick: a booking nobody checked in for is missed once its window closes") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(11))});
  f.queue.tick(at(9));
  CHECK(f.queue.tick(at(11, 15)).events.empty());  // the window's last second
  const QueueResult r = f.queue.tick(at(11, 15, 1));
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::appointment_missed);
  CHECK(r.events[0].code == "K7M4QX");
  CHECK(r.changes.appointments == std::vector<std::string>{"K7M4QX"});
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::missed);
  CHECK(f.queue.tick(at(11, 20)).events.empty());  // once
}

TEST_CASE("queue tick: a new day starts afresh, keeping the counters but not their pauses") {
  QueueFixture f;
  f.issue("iin", at(10));
  f.call(at(10));
  REQUIRE(f.queue.apply(PauseCounter{2}, at(17, 55)).ok());  // left on at closing
  const QueueResult r = f.queue.tick(from_local(kNextDay, hours{8}));
  CHECK(has_event(r, QueueEventKind::day_started));
  CHECK(r.queue_changed);
  CHECK(f.queue.state().day == kNextDay);
  CHECK(f.queue.state().tickets.empty());
  CHECK(f.queue.state().counters.size() == 2);
  CHECK_FALSE(f.counter(2).paused);  // the morning's tickets are not refused for it
  CHECK(f.counter(1).phase == CounterPhase::idle);
  CHECK_FALSE(f.counter(1).current);
  CHECK_FALSE(f.queue.is_new_day(from_local(kNextDay, hours{9})));
  // Announced once.
  CHECK_FALSE(has_event(f.queue.tick(from_local(kNextDay, hours{8} + minutes{1})), QueueEventKind::day_started));
  // At 09:05 the morning's first ticket is issued and called at counter 2.
  f.issue("iin", from_local(kNextDay, hours{9} + minutes{5}));
  CHECK(f.queue.apply(CallNext{2}, from_local(kNextDay, hours{9} + minutes{5})).ok());
}

TEST_CASE("queue tick: a new day announces the Centre's status too, though it stays closed") {
  QueueFixture f;
  f.queue.tick(at(18, 30));  // closed for the night, announced
  const QueueResult r = f.queue.tick(from_local(kNextDay, hours{0} + seconds{1}));
  CHECK(has_event(r, QueueEventKind::day_started));
  // Its day is the new one: a display that never reconnects learns it here.
  CHECK(has_event(r, QueueEventKind::centre_status_changed));
  CHECK(f.queue.tick(from_local(kNextDay, hours{0} + seconds{2})).events.empty());  // once
}

TEST_CASE("queue tick: a day the store loaded is announced by the next tick, the first load is not") {
  QueueFixture f;  // loaded kDay: the first load counts as announced
  CHECK_FALSE(has_event(f.queue.tick(at(9)), QueueEventKind::day_started));
  DayState next;
  next.day = kNextDay;
  next.add_counter(CounterConfig{1, {"iin"}, false});
  f.queue.load(std::move(next));  // as the server does at midnight, from its store
  const QueueResult r = f.queue.tick(from_local(kNextDay, hours{0}));
  REQUIRE(has_event(r, QueueEventKind::day_started));
  CHECK_FALSE(has_event(f.queue.tick(from_local(kNextDay, hours{0} + seconds{1})), QueueEventKind::day_started));
}

TEST_CASE("queue tick: announcements put back after a lost batch are made again") {
  QueueFixture f;
  f.queue.tick(at(12, 59));
  // 13:00: the batch that says "lunch" is not committed; the server puts back
  // what had been announced before it.
  const Queue::Announced before = f.queue.announced();
  CHECK(has_event(f.queue.tick(at(13, 0)), QueueEventKind::centre_status_changed));
  f.queue.restore_announced(before);
  CHECK(has_event(f.queue.tick(at(13, 0, 1)), QueueEventKind::centre_status_changed));
  CHECK(f.queue.tick(at(13, 0, 2)).events.empty());

  // Midnight: the same for the new day.
  const Queue::Announced evening = f.queue.announced();
  CHECK(has_event(f.queue.tick(from_local(kNextDay, hours{0})), QueueEventKind::day_started));
  f.queue.restore_announced(evening);
  CHECK(has_event(f.queue.tick(from_local(kNextDay, seconds{1})), QueueEventKind::day_started));
}

TEST_CASE("queue: a whole day with the clock passed in") {
  QueueFixture f;
  f.queue.tick(at(8, 55));
  // Booked the day before for 15:00 (its visitor never comes).
  const Instant slot = at(15);
  const QueueResult booked =
      f.queue.apply(BookAppointment{"iin", slot, "APP-9", std::nullopt, {}}, at(8, 55), f.supply);
  REQUIRE(booked.ok());
  const std::string code = booked.appointment->code;

  // 09:00: opening; a ticket is issued and served.
  const TicketId morning = f.issue("iin", at(9));
  CHECK(f.ticket(morning).number == "O-001");
  CHECK(f.call(at(9, 0)) == morning);
  REQUIRE(f.queue.apply(StartServing{1}, at(9, 1)).ok());
  REQUIRE(f.queue.apply(FinishServing{1}, at(9, 12)).ok());
  CHECK(f.ticket(morning).status == TicketStatus::done);

  // 13:00: lunch. Tickets are still sold; counters may not call until 14:00.
  CHECK(has_event(f.queue.tick(at(13, 0)), QueueEventKind::centre_status_changed));
  const TicketId lunch = f.issue("iin", at(13, 10));
  const QueueResult refused = f.queue.apply(CallNext{1}, at(13, 10));
  CHECK(reason(refused) == Refusal::lunch_break);
  CHECK(refused.refusal->until == at(14));
  CHECK(f.ticket(lunch).status == TicketStatus::waiting);

  // 14:00: calls resume with the ticket sold at lunch; its visitor never comes.
  CHECK(has_event(f.queue.tick(at(14, 0)), QueueEventKind::centre_status_changed));
  CHECK(f.call(at(14, 0)) == lunch);
  const QueueResult later = f.queue.tick(at(14, 5));
  CHECK(has_event(later, QueueEventKind::ticket_no_show));
  CHECK(f.ticket(lunch).status == TicketStatus::no_show);
  CHECK(f.counter(1).phase == CounterPhase::idle);

  // 15:15: the booking's check-in window closes; it is missed, and too late after.
  CHECK(f.queue.tick(at(15, 10)).events.empty());
  CHECK(has_event(f.queue.tick(at(15, 16)), QueueEventKind::appointment_missed));
  CHECK(f.booking(code).status == AppointmentStatus::missed);
  CHECK(reason(f.queue.apply(CheckIn{code, "en", std::nullopt}, at(15, 20), f.supply)) == Refusal::too_late);

  // 18:00: closed, until tomorrow's opening.
  CHECK(has_event(f.queue.tick(at(18, 0)), QueueEventKind::centre_status_changed));
  QueueResult closed = f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(18, 5), f.supply);
  CHECK(reason(closed) == Refusal::closed);
  CHECK(closed.refusal->until == from_local(kNextDay, hours{9}));
  CHECK(reason(f.queue.apply(CallNext{1}, at(18, 5))) == Refusal::closed);
  CHECK(f.queue.state().tickets.size() == 2);
}

}  // namespace kezek_unit_domain_queue_day
