// domain::Queue — the counters' actions: each success and each refusal.
#include "tests/unit/domain_queue_fixture.hpp"

namespace kezek_unit_domain_queue_counters {

using namespace kezek;
using namespace kezek::domain;
using namespace kezek::domain::test;

TEST_CASE("queue call-next: calls the scheduler's choice and says what to save") {
  QueueFixture f;
  const TicketId first = f.issue("iin", at(9, 0));
  f.issue("iin", at(9, 1));
  const QueueResult r = f.queue.apply(CallNext{1}, at(9, 5));
  REQUIRE(r.ok());
  CHECK(r.ticket == first);
  CHECK(f.ticket(first).status == TicketStatus::called);
  CHECK(f.ticket(first).called_at == at(9, 5));
  CHECK(f.ticket(first).counter == 1);
  CHECK(f.counter(1).phase == CounterPhase::calling);
  CHECK(f.counter(1).current == first);
  CHECK(r.changes.tickets == std::vector<TicketId>{first});
  CHECK(r.changes.counters == std::vector<int>{1});
  CHECK(r.queue_changed);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::ticket_called);
  CHECK(r.events[0].counter == 1);
}

TEST_CASE("queue call-next: nothing waiting is a success with no ticket") {
  QueueFixture f;
  const QueueResult r = f.queue.apply(CallNext{1}, at(10));
  CHECK(r.ok());
  CHECK_FALSE(r.ticket.has_value());
  CHECK(r.events.empty());
}

TEST_CASE("queue call-next: refusals") {
  QueueFixture f;
  const TicketId t = f.issue("iin", at(9));
  QueueResult r = f.queue.apply(CallNext{9}, at(10));
  CHECK(reason(r) == Refusal::unknown_counter);
  CHECK(r.refusal->counter == 9);
  r = f.queue.apply(CallNext{1}, at(13, 10));
  CHECK(reason(r) == Refusal::lunch_break);
  CHECK(r.refusal->until == at(14));
  r = f.queue.apply(CallNext{1}, at(18, 30));
  CHECK(reason(r) == Refusal::closed);
  CHECK(r.refusal->until == from_local(kNextDay, hours{9}));
  REQUIRE(f.queue.apply(PauseCounter{2}, at(10)).ok());
  CHECK(reason(f.queue.apply(CallNext{2}, at(10))) == Refusal::paused);
  f.call(at(10));
  r = f.queue.apply(CallNext{1}, at(10, 1));
  CHECK(reason(r) == Refusal::busy);
  CHECK(r.refusal->ticket == t);
}

TEST_CASE("queue call-next: a caller's rule decides who is called (the baseline's hook)") {
  QueueFixture f;
  f.issue("iin", at(9, 0));
  const TicketId second = f.issue("iin", at(9, 1));
  f.queue.set_call_rule([second](const DayState&, int, Instant) { return std::optional<TicketId>(second); });
  CHECK(f.call(at(9, 5)) == second);
}

TEST_CASE("queue recall: counts the recalls, then the unanswered last one is a no-show") {
  QueueFixture f;  // max_recalls = 2
  const TicketId t = f.issue("iin", at(9));
  f.call(at(9, 1));
  QueueResult r = f.queue.apply(Recall{1}, at(9, 2));
  REQUIRE(r.ok());
  CHECK(f.ticket(t).recalls == 1);
  CHECK(f.ticket(t).called_at == at(9, 2));
  CHECK(r.events.at(0).kind == QueueEventKind::ticket_recalled);
  CHECK_FALSE(r.queue_changed);
  REQUIRE(f.queue.apply(Recall{1}, at(9, 3)).ok());
  CHECK(f.ticket(t).recalls == 2);
  r = f.queue.apply(Recall{1}, at(9, 4));
  REQUIRE(r.ok());
  CHECK(f.ticket(t).status == TicketStatus::no_show);
  CHECK(f.ticket(t).finished_at == at(9, 4));
  CHECK(f.counter(1).phase == CounterPhase::idle);
  CHECK_FALSE(f.counter(1).current.has_value());
  CHECK(r.events.at(0).kind == QueueEventKind::ticket_no_show);
  CHECK_FALSE(r.events.at(0).automatic);
  CHECK(reason(f.queue.apply(Recall{1}, at(9, 5))) == Refusal::no_current_ticket);
}

TEST_CASE("queue start and finish: serving, then done; the queue learns both times") {
  QueueFixture f;
  const TicketId t = f.issue("iin", at(9));
  CHECK(reason(f.queue.apply(StartServing{1}, at(9))) == Refusal::no_current_ticket);
  CHECK(reason(f.queue.apply(FinishServing{1}, at(9))) == Refusal::no_current_ticket);
  f.call(at(9, 0));
  QueueResult r = f.queue.apply(StartServing{1}, at(9, 2));
  REQUIRE(r.ok());
  CHECK(f.ticket(t).status == TicketStatus::serving);
  CHECK(f.ticket(t).started_at == at(9, 2));
  CHECK(f.counter(1).phase == CounterPhase::serving);
  CHECK(f.queue.service_times().call_overhead() > seconds{0});                            // the 2-minute walk up
  CHECK(reason(f.queue.apply(StartServing{1}, at(9, 3))) == Refusal::no_current_ticket);  // serving already
  CHECK(reason(f.queue.apply(MarkNoShow{1}, at(9, 3))) == Refusal::no_current_ticket);    // came after all
  const seconds before = f.queue.service_times().expected("iin");
  r = f.queue.apply(FinishServing{1}, at(9, 32));  // 30 minutes against 10 expected
  REQUIRE(r.ok());
  CHECK(f.ticket(t).status == TicketStatus::done);
  CHECK(f.ticket(t).finished_at == at(9, 32));
  CHECK(f.counter(1).phase == CounterPhase::idle);
  CHECK(f.queue.service_times().expected("iin") > before);
  CHECK(r.events.at(0).kind == QueueEventKind::ticket_finished);
  CHECK(r.queue_changed);
}

TEST_CASE("queue finish straight from the call: the service began at the call") {
  QueueFixture f;
  const TicketId t = f.issue("iin", at(9));
  f.call(at(9, 1));
  REQUIRE(f.queue.apply(FinishServing{1}, at(9, 11)).ok());
  CHECK(f.ticket(t).started_at == at(9, 1));
}

TEST_CASE("queue no-show: a called ticket; its appointment is missed") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(10))});
  REQUIRE(f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(9, 50), f.supply).ok());
  const TicketId t = f.call(at(9, 55));
  const QueueResult r = f.queue.apply(MarkNoShow{1}, at(10, 0));
  REQUIRE(r.ok());
  CHECK(f.ticket(t).status == TicketStatus::no_show);
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::missed);
  CHECK(r.changes.appointments == std::vector<std::string>{"K7M4QX"});
  CHECK(reason(f.queue.apply(MarkNoShow{1}, at(10, 1))) == Refusal::no_current_ticket);
}

TEST_CASE("queue finish: an appointment's ticket makes it served") {
  QueueFixture f({}, {appointment("K7M4QX", "iin", at(10))});
  REQUIRE(f.queue.apply(CheckIn{"K7M4QX", "en", std::nullopt}, at(9, 50), f.supply).ok());
  f.call(at(10));
  REQUIRE(f.queue.apply(FinishServing{1}, at(10, 10)).ok());
  CHECK(f.booking("K7M4QX").status == AppointmentStatus::served);
}

TEST_CASE("queue transfer: back in line at its place, to another service or counter") {
  QueueFixture f;
  const TicketId t = f.issue("iin", at(9));
  f.call(at(9, 1));
  REQUIRE(f.queue.apply(Recall{1}, at(9, 2)).ok());
  QueueResult r = f.queue.apply(Transfer{1, std::nullopt, 2, "needs counter 2"}, at(9, 3));
  REQUIRE(r.ok());
  const Ticket& moved = f.ticket(t);
  CHECK(moved.status == TicketStatus::waiting);
  CHECK(moved.target_counter == 2);
  CHECK(moved.issued_at == at(9));
  CHECK(moved.recalls == 0);
  CHECK_FALSE(moved.called_at.has_value());
  CHECK_FALSE(moved.counter.has_value());
  CHECK(moved.transfer_reason == "needs counter 2");
  CHECK(f.counter(1).phase == CounterPhase::idle);
  CHECK(r.events.at(0).kind == QueueEventKind::ticket_transferred);
  CHECK(r.events.at(0).counter == 1);
  CHECK(f.call(at(9, 4), 2) == t);
  r = f.queue.apply(Transfer{2, std::string("work_visa_invitation"), std::nullopt, ""}, at(9, 5));
  REQUIRE(r.ok());
  CHECK(f.ticket(t).service == "work_visa_invitation");
  CHECK_FALSE(f.ticket(t).target_counter.has_value());
}

TEST_CASE("queue transfer: refusals") {
  QueueFixture f;
  CHECK(reason(f.queue.apply(Transfer{1, std::string("iin"), std::nullopt, ""}, at(9))) == Refusal::no_current_ticket);
  f.issue("iin", at(9));
  f.call(at(9, 1));
  CHECK(reason(f.queue.apply(Transfer{1, std::nullopt, std::nullopt, ""}, at(9, 2))) == Refusal::bad_transfer);
  CHECK(reason(f.queue.apply(Transfer{1, std::string("iin"), 2, ""}, at(9, 2))) == Refusal::bad_transfer);
  CHECK(reason(f.queue.apply(Transfer{1, std::string("passport"), std::nullopt, ""}, at(9, 2))) ==
        Refusal::unknown_service);
  CHECK(reason(f.queue.apply(Transfer{1, std::string("work_visa_extension"), std::nullopt, ""}, at(9, 2))) ==
        Refusal::not_served);
  const QueueResult r = f.queue.apply(Transfer{1, std::nullopt, 7, ""}, at(9, 2));
  CHECK(reason(r) == Refusal::unknown_counter);
  CHECK(r.refusal->counter == 7);
  CHECK(reason(f.queue.apply(Transfer{1, std::nullopt, 1, ""}, at(9, 2))) == Refusal::same_counter);
  CHECK(f.counter(1).phase == CounterPhase::calling);  // refused: nothing changed
}

TEST_CASE("queue pause and resume") {
  QueueFixture f;
  QueueResult r = f.queue.apply(PauseCounter{1}, at(9));
  REQUIRE(r.ok());
  CHECK(f.counter(1).paused);
  CHECK(r.events.at(0).kind == QueueEventKind::counter_paused);
  CHECK(r.changes.counters == std::vector<int>{1});
  CHECK(reason(f.queue.apply(PauseCounter{1}, at(9))) == Refusal::already_paused);
  r = f.queue.apply(ResumeCounter{1}, at(9, 10));
  REQUIRE(r.ok());
  CHECK_FALSE(f.counter(1).paused);
  CHECK(r.events.at(0).kind == QueueEventKind::counter_resumed);
  CHECK(reason(f.queue.apply(ResumeCounter{1}, at(9, 11))) == Refusal::not_paused);
  const TicketId t = f.issue("iin", at(9, 12));
  f.call(at(9, 12));
  r = f.queue.apply(PauseCounter{1}, at(9, 13));
  CHECK(reason(r) == Refusal::busy);
  CHECK(r.refusal->ticket == t);
  CHECK(reason(f.queue.apply(PauseCounter{5}, at(9, 13))) == Refusal::unknown_counter);
}

}  // namespace kezek_unit_domain_queue_counters
