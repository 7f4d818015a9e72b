#include "server/store/appointment_repository.hpp"

#include <string>

#include "server/store/enum_columns.hpp"
#include "server/store/write_guard.hpp"
#include "shared/domain/day_end.hpp"

namespace kezek::store {
namespace {

using domain::Appointment;
using domain::AppointmentStatus;

// The column order read_appointment() expects; ?1..?9 in insert and update.
constexpr std::string_view kAppointmentColumns =
    "code, service, start, minutes, counter, applicant, status, ticket, created_at";

constexpr std::string_view kInsertAppointment =
    "INSERT INTO appointments (code, service, start, minutes, counter, applicant, status, ticket, "
    "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kUpdateAppointment =
    "UPDATE appointments SET service = ?2, start = ?3, minutes = ?4, counter = ?5, applicant = ?6, "
    "status = ?7, ticket = ?8, created_at = ?9 WHERE code = ?1";
// The start-of-day sweep: one status of every booking that started before ?3.
constexpr std::string_view kCloseEnded = "UPDATE appointments SET status = ?1 WHERE status = ?2 AND start < ?3";

constexpr std::string_view kPurge = "UPDATE appointments SET applicant = '' WHERE start < ?1 AND applicant <> ''";

std::string select_appointments(std::string_view rest) {
  return "SELECT " + std::string(kAppointmentColumns) + " FROM appointments " + std::string(rest);
}

void bind_fields(Statement& s, const Appointment& a) {
  s.bind(1, std::string_view(a.code));
  s.bind(2, std::string_view(a.service));
  s.bind(3, a.start);
  s.bind(4, a.minutes);
  s.bind(5, a.counter);
  s.bind(6, std::string_view(a.applicant));
  s.bind(7, domain::to_string(a.status));
  s.bind(8, a.ticket);
  s.bind(9, a.created_at);
}

Appointment read_appointment(const Statement& row) {
  Appointment a;
  a.code = row.column_text(0);
  a.service = row.column_text(1);
  a.start = row.column_instant(2);
  a.minutes = row.column_int(3);
  a.counter = row.column_int(4);
  a.applicant = row.column_text(5);
  a.status = column_appointment_status(row, 6);
  a.ticket = row.column_optional_int64(7);
  a.created_at = row.column_instant(8);
  return a;
}

}  // namespace

AppointmentRepository::AppointmentRepository(Database& db)
    : db_(db),
      insert_(db.prepare(kInsertAppointment)),
      update_(db.prepare(kUpdateAppointment)),
      find_(db.prepare(select_appointments("WHERE code = ?1"))),
      load_range_(db.prepare(select_appointments("WHERE start >= ?1 AND start < ?2 ORDER BY start, code"))),
      find_active_(db.prepare(
          select_appointments("WHERE applicant = ?1 AND service = ?2 AND status IN (?3, ?4) ORDER BY start, code "
                              "LIMIT 1"))),
      close_ended_(db.prepare(kCloseEnded)),
      purge_(db.prepare(kPurge)) {}

void AppointmentRepository::insert(const Appointment& appointment) {
  require_transaction(db_, "AppointmentRepository::insert");
  StatementUse use(insert_);
  bind_fields(insert_, appointment);
  insert_.run();
}

void AppointmentRepository::update(const Appointment& appointment) {
  require_transaction(db_, "AppointmentRepository::update");
  StatementUse use(update_);
  bind_fields(update_, appointment);
  update_.run();
  if (db_.changes() == 0) {
    throw StoreError("AppointmentRepository::update: no appointment with code '" + appointment.code + "'");
  }
}

std::optional<Appointment> AppointmentRepository::find(std::string_view code) {
  StatementUse use(find_);
  find_.bind(1, code);
  if (!find_.step()) {
    return std::nullopt;
  }
  return read_appointment(find_);
}

std::vector<Appointment> AppointmentRepository::load_range(Instant from, Instant to) {
  StatementUse use(load_range_);
  load_range_.bind(1, from);
  load_range_.bind(2, to);
  std::vector<Appointment> appointments;
  while (load_range_.step()) {
    appointments.push_back(read_appointment(load_range_));
  }
  return appointments;
}

std::optional<Appointment> AppointmentRepository::find_active(std::string_view applicant, std::string_view service) {
  if (applicant.empty()) {
    return std::nullopt;  // purged references must not match each other
  }
  StatementUse use(find_active_);
  find_active_.bind(1, applicant);
  find_active_.bind(2, service);
  find_active_.bind(3, domain::to_string(AppointmentStatus::booked));
  find_active_.bind(4, domain::to_string(AppointmentStatus::checked_in));
  if (!find_active_.step()) {
    return std::nullopt;
  }
  return read_appointment(find_active_);
}

int AppointmentRepository::close_ended_before(Instant day_start) {
  require_transaction(db_, "AppointmentRepository::close_ended_before");
  int closed = 0;
  for (const AppointmentStatus open : {AppointmentStatus::booked, AppointmentStatus::checked_in}) {
    const std::optional<AppointmentStatus> ended = domain::status_at_day_end(open);
    if (!ended) continue;
    StatementUse use(close_ended_);
    close_ended_.bind(1, domain::to_string(*ended));
    close_ended_.bind(2, domain::to_string(open));
    close_ended_.bind(3, day_start);
    close_ended_.run();
    closed += db_.changes();
  }
  return closed;
}

int AppointmentRepository::purge_applicants_before(Instant cutoff) {
  require_transaction(db_, "AppointmentRepository::purge_applicants_before");
  StatementUse use(purge_);
  purge_.bind(1, cutoff);
  purge_.run();
  return db_.changes();
}

}  // namespace kezek::store
