// Day boundaries in the queue core, against a real database: what one day left
// open is closed at the next day's first moment — while the server runs across
// midnight, and on start-up after days switched off (issue: "Runs for months").
// The reproductions of the two reported failures: a checked-in booking whose
// ticket was still open at closing stayed checked_in for ever (the applicant
// could not book again), and a counter paused at 17:55 stayed paused the next
// morning.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <functional>
#include <memory>
#include <string>

#include "server/engine/queue_service.hpp"
#include "server/store/appointment_repository.hpp"
#include "server/store/migrations.hpp"
#include "server/store/ticket_repository.hpp"
#include "server/store/transaction.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/domain/day_end.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_engine_day_boundary {

using namespace kezek;
namespace json = boost::json;

namespace {

Instant at(const char* iso) { return *parse_iso8601(iso); }

// The server's engine without its thread: one QueueService over one database
// file, each batch as the engine runs it (tick, command, finish, commit).
// restart() is a new QueueService on the same file, as after a power cut.
struct BoundaryCentre {
  store::testing::TempDir dir;
  catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  server::ServerConfig config = server::default_config(catalog);
  store::Database db = store::open_database(dir.file("kezek.db"));
  std::unique_ptr<server::QueueService> service;
  std::vector<server::PendingEvent> events;  // of the last batch

  explicit BoundaryCentre(Instant start) { restart(start); }

  void restart(Instant now) {
    service = std::make_unique<server::QueueService>(catalog, calendar, config, db);
    store::Transaction tx(db);
    service->load(now);
    tx.commit();
  }

  server::ApiReply batch(Instant now, const std::function<server::ApiReply(server::QueueService&)>& command) {
    store::Transaction tx(db);
    service->tick(now);
    server::ApiReply reply = command ? command(*service) : server::ApiReply{};
    service->finish_batch(now);
    tx.commit();
    events = service->take_events();
    return reply;
  }

  bool announced(std::string_view type) const {
    for (const server::PendingEvent& e : events)
      if (json::parse(e.json).as_object().at("type").as_string() == type) return true;
    return false;
  }

  server::ApiReply book(const char* start, const char* applicant, Instant now) {
    return batch(now, [&](server::QueueService& s) {
      return s.book(server::BookingRequest{"work_visa_in_country", at(start), applicant}, now, "admin");
    });
  }
  std::string code_of(const server::ApiReply& reply) const {
    return std::string(json::parse(reply.body).at("appointment").at("code").as_string());
  }
  domain::Appointment booking(const std::string& code) { return *store::AppointmentRepository(db).find(code); }
  domain::Ticket ticket(domain::TicketId id) { return *store::TicketRepository(db).find(id); }
  bool paused(int counter, Instant now) {
    const server::ApiReply view = batch(now, [&](server::QueueService& s) { return s.counter_view(counter, now); });
    return json::parse(view.body).at("paused").as_bool();
  }
};

}  // namespace

TEST_CASE("engine day boundary: after days switched off, what earlier days left open is closed at start-up") {
  // Tuesday 24 November 2026.
  BoundaryCentre centre(at("2026-11-24T08:50:00+05:00"));
  const std::string checked_in =
      centre.code_of(centre.book("2026-11-24T11:00:00+05:00", "P-1", at("2026-11-24T08:55:00+05:00")));
  const std::string wednesday =
      centre.code_of(centre.book("2026-11-25T10:00:00+05:00", "P-2", at("2026-11-24T08:56:00+05:00")));

  // 10:50: P-1 checks in; the ticket is still waiting when the day ends.
  const Instant ten_fifty = at("2026-11-24T10:50:00+05:00");
  const server::ApiReply check_in =
      centre.batch(ten_fifty, [&](server::QueueService& s) { return s.check_in(checked_in, "en", ten_fifty); });
  REQUIRE(check_in.status == 201);
  const auto its_ticket = json::parse(check_in.body).at("ticket").at("id").to_number<domain::TicketId>();
  const Instant issued_at = at("2026-11-24T11:00:00+05:00");
  const server::ApiReply walk_in = centre.batch(issued_at, [&](server::QueueService& s) {
    return s.issue_ticket(server::IssueRequest{"iin", domain::TicketTier::standard, "kk"}, issued_at);
  });
  REQUIRE(walk_in.status == 201);
  const auto walk_in_id = json::parse(walk_in.body).at("ticket").at("id").to_number<domain::TicketId>();
  // 17:55: counter 3 pauses and nobody resumes it.
  const Instant five_to_six = at("2026-11-24T17:55:00+05:00");
  REQUIRE(centre
              .batch(five_to_six,
                     [&](server::QueueService& s) {
                       return s.counter_action(3, server::CounterAction::pause, {}, five_to_six, "counter:3");
                     })
              .status == 200);
  CHECK(centre.paused(3, five_to_six));

  // Switched off over Wednesday; on again Thursday 08:30.
  const Instant thursday = at("2026-11-26T08:30:00+05:00");
  centre.restart(thursday);

  const domain::Ticket walk_in_after = centre.ticket(walk_in_id);
  CHECK(walk_in_after.status == domain::TicketStatus::cancelled);
  CHECK(walk_in_after.close_reason == domain::kClosedDayEnded);
  CHECK(centre.ticket(its_ticket).status == domain::TicketStatus::cancelled);
  CHECK(centre.booking(checked_in).status == domain::AppointmentStatus::unserved);
  // Wednesday's booking: the server never ran that day, and it is missed all the same.
  CHECK(centre.booking(wednesday).status == domain::AppointmentStatus::missed);
  CHECK_FALSE(centre.paused(3, thursday));

  // P-1 may book again (it was 409 already_booked for ever), and the status
  // page's data says why the old ticket closed.
  const server::ApiReply again = centre.book("2026-11-27T10:00:00+05:00", "P-1", thursday);
  CHECK(again.status == 201);
  const server::ApiReply old =
      centre.batch(thursday, [&](server::QueueService& s) { return s.ticket_by_id(walk_in_id, thursday); });
  CHECK(json::parse(old.body).at("ticket").at("close_reason").as_string() == "day_ended");
  // A booking closed by the day cannot be cancelled (it is not active).
  const server::ApiReply cancel = centre.batch(
      thursday, [&](server::QueueService& s) { return s.cancel_appointment(checked_in, thursday, "admin"); });
  CHECK(cancel.status == 409);
}

TEST_CASE("engine day boundary: running across midnight, the new day is announced and starts unpaused") {
  BoundaryCentre centre(at("2026-11-24T17:50:00+05:00"));
  const Instant five_to_six = at("2026-11-24T17:55:00+05:00");
  REQUIRE(centre
              .batch(five_to_six,
                     [&](server::QueueService& s) {
                       return s.counter_action(5, server::CounterAction::pause, {}, five_to_six, "counter:5");
                     })
              .status == 200);
  const Instant six = at("2026-11-24T18:00:00+05:00");
  centre.batch(six, {});
  CHECK(centre.announced("centre.status"));
  CHECK_FALSE(centre.announced("day.started"));

  centre.batch(at("2026-11-25T00:00:01+05:00"), {});
  CHECK(centre.announced("day.started"));
  // Closed at 18:00, closed after midnight: the status is announced again for its new day.
  CHECK(centre.announced("centre.status"));
  CHECK(centre.service->state().day == *parse_date("2026-11-25"));
  centre.batch(at("2026-11-25T00:00:02+05:00"), {});
  CHECK_FALSE(centre.announced("day.started"));  // once

  const Instant morning = at("2026-11-25T09:05:00+05:00");
  CHECK_FALSE(centre.paused(5, morning));
  // And after a restart the same morning, still not paused (the state is the day's).
  centre.restart(morning);
  CHECK_FALSE(centre.paused(5, morning));
}

}  // namespace kezek_server_engine_day_boundary
