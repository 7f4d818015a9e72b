// kezek-daysim: one simulated day of the Centre under Kezek's scheduling and,
// side by side, under a plain first-come-first-served queue per service. See
// bench/model/day_simulator.hpp for the model and docs/benchmarks.md for results.
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

#include "bench/model/day_report.hpp"
#include "bench/model/day_simulator.hpp"
#include "bench/model/visitor_model.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek;
using namespace kezek::bench;

struct Options {
  std::uint64_t seed = 1;
  Date date = std::chrono::year{2026} / std::chrono::November / 24;  // a Tuesday
  DemandOptions demand;
  double walk_in_share = 0.5;
  std::filesystem::path assets = KEZEK_ASSETS_DIR;
};

constexpr const char* kUsage =
    "usage: kezek-daysim [--seed N] [--date YYYY-MM-DD] [--visitors N] [--bookings N]\n"
    "                    [--walk-in-share X] [--assets DIR]\n"
    "  Simulates one day (12 counters, two of them personal managers; the real calendar and\n"
    "  catalog) under Kezek's scheduling and under FCFS per service; prints a Markdown table.\n";

Options parse_options(int argc, char** argv) {
  Options o;
  for (cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--seed"))
      o.seed = static_cast<std::uint64_t>(args.integer());
    else if (args.is("--visitors"))
      o.demand.walk_ins = args.integer_between(0, 1'000'000);
    else if (args.is("--bookings"))
      o.demand.bookings = args.integer_between(0, 1'000'000);
    else if (args.is("--walk-in-share"))
      o.walk_in_share = args.number();
    else if (args.is("--assets"))
      o.assets = args.value();
    else if (args.is("--date")) {
      const std::string text = args.value();
      const auto d = parse_date(text);
      if (!d) args.expected("YYYY-MM-DD", text);
      o.date = *d;
    } else {
      args.reject();
    }
  }
  return o;
}

std::string num(double v, int decimals = 1) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, v);
  return text;
}

std::string waits(const TierFigures& f) {
  if (f.tickets == 0) return "—";
  return num(f.mean_wait_min) + " / " + num(f.p90_wait_min) + " / " + num(f.max_wait_min);
}

std::string mae(const TierFigures& f) {
  return f.promises == 0 ? "—" : num(f.promise_mae_min) + " (" + std::to_string(f.promises) + ")";
}

void row(const char* label, const std::string& a, const std::string& b) {
  std::printf("| %s | %s | %s |\n", label, a.c_str(), b.c_str());
}

int run(const Options& o) {
  const catalog::Catalog catalog = catalog::load_catalog(o.assets / "catalog" / "catalog.json");
  const WorkingCalendar calendar = WorkingCalendar::load(o.assets / "calendar" / "kz-holidays.json");
  const auto counters = centre_counters(catalog);
  SimSettings settings;
  settings.slots.walk_in_share = o.walk_in_share;

  const auto begin = std::chrono::steady_clock::now();
  const VisitorModel model(catalog);
  const DayDemand demand = model.draw(o.date, calendar, o.demand, o.seed);
  const BookedDay booked = book_appointments(demand, counters, calendar, catalog, settings);
  const double prepare_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
  const SimOutcome kezek_day = simulate_day(catalog, calendar, counters, demand, booked, Policy::kezek, settings);
  const SimOutcome fcfs_day = simulate_day(catalog, calendar, counters, demand, booked, Policy::fcfs, settings);
  const DayFigures k = figures_of(kezek_day);
  const DayFigures f = figures_of(fcfs_day);

  double asked_s = 0;
  for (const auto& v : demand.walk_ins) asked_s += static_cast<double>(v.service_time.count());
  for (std::size_t i : booked.visitor) asked_s += static_cast<double>(demand.bookings[i].service_time.count());
  const double capacity_s = static_cast<double>(kezek_day.working_time.count()) * static_cast<double>(counters.size());

  std::printf("# kezek-daysim: seed %llu, %s%s\n\n", static_cast<unsigned long long>(o.seed),
              format_date(o.date).c_str(), calendar.is_working_day(o.date) ? "" : " (a closed day)");
  std::printf(
      "%zu walk-ins, %d booking requests (%zu booked, walk-in share %.2f), %zu counters (2 personal "
      "managers). Service time asked: %.0f counter-hours against %.0f the counters have (%.1fx).\n\n",
      demand.walk_ins.size(), booked.requested, booked.appointments.size(), o.walk_in_share, counters.size(),
      asked_s / 3600, capacity_s / 3600, capacity_s > 0 ? asked_s / capacity_s : 0);
  std::printf("| waits in minutes: mean / p90 / max | %s | %s |\n|---|---:|---:|\n",
              std::string(to_string(Policy::kezek)).c_str(), std::string(to_string(Policy::fcfs)).c_str());
  using domain::TicketTier;
  auto tier = [](const DayFigures& d, TicketTier t) -> const TierFigures& {
    return d.tiers[static_cast<std::size_t>(t)];
  };
  row("walk-in tickets sold / told \"not today\"",
      std::to_string(k.walk_ins.tickets) + " / " + std::to_string(k.walk_ins.turned_away),
      std::to_string(f.walk_ins.tickets) + " / " + std::to_string(f.walk_ins.turned_away));
  row("standard", waits(tier(k, TicketTier::standard)), waits(tier(f, TicketTier::standard)));
  row("priority (paid walk-in)", waits(tier(k, TicketTier::priority)), waits(tier(f, TicketTier::priority)));
  row("personal manager", waits(tier(k, TicketTier::manager)), waits(tier(f, TicketTier::manager)));
  row("appointment (from the later of slot and check-in)", waits(tier(k, TicketTier::appointment)),
      waits(tier(f, TicketTier::appointment)));
  auto on_time = [](const DayFigures& d) {
    return num(100 * d.on_time_share, 0) + " % (" + std::to_string(d.appointments_on_time) + " of " +
           std::to_string(d.checked_in_by_slot) + ")";
  };
  row("appointments called within 5 min of the slot (checked in by then)", on_time(k), on_time(f));
  auto longest = [](const DayFigures& d) {
    return (d.longest_standard_unserved ? ">= " : "") + num(d.longest_standard_wait_min);
  };
  row("longest wait of a standard ticket (starvation)", longest(k), longest(f));
  row("tickets still waiting at closing", std::to_string(k.waiting_at_close), std::to_string(f.waiting_at_close));
  row("served / no-shows", std::to_string(k.served) + " / " + std::to_string(k.no_shows),
      std::to_string(f.served) + " / " + std::to_string(f.no_shows));
  row("counter utilisation", num(100 * k.utilisation, 0) + " %", num(100 * f.utilisation, 0) + " %");
  row("last visit ends after closing by (min)", num(k.last_finish_after_close_min), num(f.last_finish_after_close_min));
  row("promised wait vs real, mean abs. error (min; tickets): walk-ins", mae(k.walk_ins), mae(f.walk_ins));
  row("... walk-ins, mean of promised - real (min; below 0: promised too short)", num(k.walk_ins.promise_bias_min),
      num(f.walk_ins.promise_bias_min));
  row("... appointments", mae(tier(k, TicketTier::appointment)), mae(tier(f, TicketTier::appointment)));
  row("simulated in (ms)", num(k.wall_ms), num(f.wall_ms));
  std::printf(
      "\nBookings: %d requested, %zu booked, %d never came, %d came too late (took a standard ticket). "
      "Drawing the day and booking took %.1f ms.\n",
      booked.requested, booked.appointments.size(), kezek_day.booking_no_shows, kezek_day.booking_too_late, prepare_ms);
  if (kezek_day.first_turned_away)
    std::printf("Kezek's kiosk first said \"not today\" at %s.\n",
                format_hhmm(to_local(*kezek_day.first_turned_away).time_of_day).c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main(
      "kezek-daysim", [&] { return run(parse_options(argc, argv)); }, 2);
}
