#pragma once
// Booked appointment slots in the `appointments` table, keyed by their code.
//
// Writes must run inside the caller's Transaction or Savepoint (StoreError
// otherwise).
//
// Threading: used only from the engine thread (as its Database). The Database
// must outlive the repository.
#include <optional>
#include <string_view>
#include <vector>

#include "server/store/database.hpp"
#include "shared/domain/model.hpp"

namespace kezek::store {

class AppointmentRepository {
 public:
  explicit AppointmentRepository(Database& db);

  // A second appointment with the same code is refused (constraint
  // violation); so is a `ticket` that is not in `tickets`.
  void insert(const domain::Appointment& appointment);
  // Overwrites the row with appointment.code; throws StoreError if none.
  void update(const domain::Appointment& appointment);

  std::optional<domain::Appointment> find(std::string_view code);
  // Appointments, of every status, starting in [from, to), by start then code.
  std::vector<domain::Appointment> load_range(Instant from, Instant to);
  // The applicant's booked or checked-in appointment for `service`, the
  // earliest if several; nullopt for an empty (purged) applicant.
  std::optional<domain::Appointment> find_active(std::string_view applicant, std::string_view service);

  // At start of day: bookings that started before `day_start` and are still
  // booked or checked in take their day-end status (domain::status_at_day_end:
  // missed, unserved) — every earlier day at once, however long the server
  // was off. Returns how many changed.
  int close_ended_before(Instant day_start);

  // Personal-data retention: blanks the applicant reference of appointments
  // starting before `cutoff`. Returns how many were blanked.
  int purge_applicants_before(Instant cutoff);

 private:
  Database& db_;
  Statement insert_;
  Statement update_;
  Statement find_;
  Statement load_range_;
  Statement find_active_;
  Statement close_ended_;
  Statement purge_;
};

}  // namespace kezek::store
