#pragma once
// The Centre's visitors as a model: when they come, what for, at which tier,
// how long they take at the counter. Drawn from a seed, so a day is repeatable.
// The day simulator (day_simulator.hpp) and the live driver (kezek-visitors)
// share it.
//
// The model, in short:
//  - walk-ins arrive between opening and closing with an intensity that rises
//    from 09:00 to a late-morning peak (11:00-12:00), dips over lunch (people
//    still come and get "after lunch" tickets) and fades towards 18:00;
//  - services are drawn with fixed weights (IIN and the digital signature are
//    the most asked for; visas and residence permits follow);
//  - priority and manager tiers, where the catalog offers them, are taken by a
//    share of the visitors;
//  - the time at the counter is lognormal with its mean at the catalog's
//    counter_minutes (sigma 0.35: most visits within +-40 %);
//  - a called visitor walks to the counter in 20-90 s; a few never come;
//  - visitors with a booking come 0-20 min early, some late, a few not at all.
//
// Threading: immutable after construction; draw() may be called from any thread.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/common/rng.hpp"
#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/domain/model.hpp"

namespace kezek::bench {

struct DemandOptions {
  int walk_ins = 3000;
  int bookings = 300;             // booking requests; those that find a slot become appointments
  double priority_share = 0.25;   // of the visitors to a service that offers priority
  double manager_share = 0.05;    // of the visitors to a service that offers a personal manager
  double service_sigma = 0.35;    // shape of the lognormal service time
  double walk_in_no_show = 0.02;  // called, never comes
  double booking_late = 0.10;     // comes after the slot's start
  double booking_no_show = 0.05;  // never comes
};

struct WalkInVisitor {
  Instant arrival{};
  std::string service;
  domain::TicketTier tier = domain::TicketTier::standard;
  std::chrono::seconds service_time{};
  std::chrono::seconds walk{};  // from being called to reaching the counter
  bool comes_when_called = true;
};

struct BookingVisitor {
  std::string service;
  std::string applicant;
  Instant preferred{};  // the start they ask for
  bool comes = true;
  std::chrono::seconds offset{};  // check-in time minus the slot's start (negative: early)
  std::chrono::seconds service_time{};
  std::chrono::seconds walk{};
};

struct DayDemand {
  Date date{};
  std::vector<WalkInVisitor> walk_ins;   // in arrival order
  std::vector<BookingVisitor> bookings;  // in booking order
};

class VisitorModel {
 public:
  explicit VisitorModel(const catalog::Catalog& catalog);

  DayDemand draw(Date date, const WorkingCalendar& calendar, const DemandOptions& options, std::uint64_t seed) const;

  // The pieces, for drivers that draw one visitor at a time.
  // Relative arrival intensity (peak 1.0) at a local time of day; 0 outside 09:00-18:00.
  static double arrival_intensity(std::chrono::seconds time_of_day);
  const std::string& draw_service(Rng& rng, bool booking) const;
  domain::TicketTier draw_tier(Rng& rng, const std::string& service, const DemandOptions& options) const;
  std::chrono::seconds draw_service_time(Rng& rng, const std::string& service, double sigma) const;
  static std::chrono::seconds draw_walk(Rng& rng);
  // The mean time at the counter the model uses for a service (the catalog's).
  std::chrono::seconds mean_service_time(const std::string& service) const;

 private:
  const catalog::Catalog& catalog_;
  std::vector<std::string> services_;
  std::vector<double> walk_in_weights_, booking_weights_;
  std::vector<double> arrival_cdf_;  // by minute from 09:00
};

// The Centre the simulations staff: 12 counters by service group, counters 11
// and 12 personal managers serving everything.
std::vector<domain::CounterConfig> centre_counters(const catalog::Catalog& catalog);

}  // namespace kezek::bench
