// domain::Queue — issuing tickets: the success and every refusal.
#include "tests/unit/domain_queue_fixture.hpp"

namespace kezek_unit_domain_queue_tickets {

using namespace kezek;
using namespace kezek::domain;
using namespace kezek::domain::test;

TEST_CASE("queue issue: a walk-in ticket gets its number, token and id from the supply, and a forecast") {
  QueueFixture f;
  const QueueResult r = f.queue.apply(IssueTicket{"iin", TicketTier::priority, "ru"}, at(9, 30), f.supply);
  REQUIRE(r.ok());
  REQUIRE(r.ticket.has_value());
  CHECK(r.created == r.ticket);
  CHECK(*r.ticket == 101);
  const Ticket& t = f.ticket(*r.ticket);
  CHECK(t.number == "O-001");
  CHECK(t.status_token == "token-1");
  CHECK(t.tier == TicketTier::priority);
  CHECK(t.lang == "ru");
  CHECK(t.status == TicketStatus::waiting);
  CHECK(t.issued_at == at(9, 30));
  CHECK(t.day == kDay);
  REQUIRE(r.forecast.has_value());
  CHECK(r.forecast->today);
  CHECK(r.forecast->call_at == at(9, 30));  // two idle counters
  CHECK(r.queue_changed);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].kind == QueueEventKind::ticket_issued);
  CHECK(r.events[0].ticket == r.ticket);
  CHECK(r.changes.tickets.empty());  // created, stored by the supply already
}

TEST_CASE("queue issue: refusals for the service and the tier, before anything is drawn") {
  QueueFixture f;
  CHECK(reason(f.queue.apply(IssueTicket{"passport", TicketTier::standard, "en"}, at(10), f.supply)) ==
        Refusal::unknown_service);
  CHECK(reason(f.queue.apply(IssueTicket{"iin", TicketTier::appointment, "en"}, at(10), f.supply)) ==
        Refusal::bad_tier);
  CHECK(reason(f.queue.apply(IssueTicket{"work_visa_invitation", TicketTier::priority, "en"}, at(10), f.supply)) ==
        Refusal::tier_not_offered);
  CHECK(reason(f.queue.apply(IssueTicket{"work_visa_extension", TicketTier::standard, "en"}, at(10), f.supply)) ==
        Refusal::not_served);
  // iin has a manager tier, but no manager counter serves it.
  CHECK(reason(f.queue.apply(IssueTicket{"iin", TicketTier::manager, "en"}, at(10), f.supply)) == Refusal::not_served);
  CHECK(f.supply.sequences == 0);
  CHECK(f.supply.tokens == 0);
  CHECK(f.queue.state().tickets.empty());
}

TEST_CASE("queue issue: closed before opening and after closing (until the next opening), open at lunch") {
  QueueFixture f;
  QueueResult r = f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(8, 30), f.supply);
  CHECK(reason(r) == Refusal::closed);
  CHECK(r.refusal->until == at(9));
  r = f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(18, 5), f.supply);
  CHECK(reason(r) == Refusal::closed);
  CHECK(r.refusal->until == from_local(kNextDay, hours{9}));
  r = f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(13, 10), f.supply);
  REQUIRE(r.ok());
  CHECK(r.forecast->call_at == at(14));
  CHECK(r.forecast->after_lunch);
}

TEST_CASE("queue issue: the day's ticket limit") {
  QueueRules rules;
  rules.max_tickets_per_day = 2;
  QueueFixture f(rules);
  f.issue("iin", at(9));
  f.issue("iin", at(9, 1));
  CHECK(reason(f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(9, 2), f.supply)) == Refusal::day_full);
  CHECK(f.queue.state().tickets.size() == 2);
}

TEST_CASE("queue issue: a ticket the line would not reach today is refused with a next-slot request") {
  QueueFixture f;
  // 17:00, two counters, 10-minute visits: 12 tickets fill the last hour.
  for (int i = 0; i < 12; ++i) f.issue("iin", at(17, 0, i));
  const int drawn = f.supply.sequences;
  const QueueResult r = f.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(17, 1), f.supply);
  CHECK(reason(r) == Refusal::not_today);
  CHECK(r.refusal->next_slot_service == "iin");
  CHECK(f.supply.sequences == drawn);  // a refused ticket takes no number
  CHECK(f.queue.state().tickets.size() == 12);

  SUBCASE("a baseline that sells every ticket") {
    QueueRules rules;
    rules.refuse_not_today = false;
    QueueFixture fcfs(rules);
    for (int i = 0; i < 12; ++i) fcfs.issue("iin", at(17, 0, i));
    const QueueResult sold = fcfs.queue.apply(IssueTicket{"iin", TicketTier::standard, "en"}, at(17, 1), fcfs.supply);
    CHECK(sold.ok());
    CHECK_FALSE(sold.forecast.has_value());
  }
}

}  // namespace kezek_unit_domain_queue_tickets
