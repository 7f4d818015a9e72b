// Personal data: a booking's applicant reference is blanked once its slot is
// older than the configured retention; newer bookings keep it.
#include <doctest/doctest.h>

#include "server/engine/queue_service.hpp"
#include "server/store/event_log.hpp"
#include "server/store/migrations.hpp"
#include "server/store/transaction.hpp"
#include "shared/catalog/catalog_loader.hpp"

namespace kezek_server_engine_retention {

using namespace kezek;

TEST_CASE("engine retention: applicant references are purged after personal_data_days, old events after event_days") {
  const catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  const WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  server::ServerConfig config = server::default_config(catalog);
  config.personal_data_days = 30;
  store::Database db = store::open_database(":memory:");
  const Instant now = *parse_iso8601("2026-11-24T10:00:00+05:00");
  {
    store::Transaction tx(db);
    store::AppointmentRepository repo(db);
    domain::Appointment old;
    old.code = "ACDEFG";
    old.service = "iin";
    old.start = now - std::chrono::days(45);
    old.counter = 6;
    old.applicant = "P-OLD";
    old.status = domain::AppointmentStatus::served;
    old.created_at = old.start - std::chrono::days(2);
    repo.insert(old);
    domain::Appointment recent = old;
    recent.code = "ACDEFH";
    recent.start = now - std::chrono::days(10);
    recent.applicant = "P-NEW";
    repo.insert(recent);
    store::EventLog events(db);
    events.append(1, now - std::chrono::days(30), "waiting", "{}");
    events.append(2, now - std::chrono::days(3), "waiting", "{}");
    tx.commit();
  }
  server::QueueService service(catalog, calendar, config, db);
  {
    store::Transaction tx(db);
    service.load(now);
    service.tick(now);
    tx.commit();
  }
  store::AppointmentRepository repo(db);
  CHECK(repo.find("ACDEFG")->applicant.empty());
  CHECK(repo.find("ACDEFH")->applicant == "P-NEW");
  // event_days (7): the month-old event went, the recent one stayed.
  const auto kept = store::EventLog(db).since(0, 10);
  REQUIRE_FALSE(kept.empty());
  CHECK(kept.front().seq == 2);
}

}  // namespace kezek_server_engine_retention
