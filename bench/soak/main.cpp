// kezek-soak: the real server through consecutive simulated days, with the
// checks after each (bench/soak/soak_run.hpp). Exit code 0 when nothing was
// wrong, 1 when a check failed, 2 on bad options.
#include <cstdio>
#include <iostream>

#include "bench/common/machine_info.hpp"
#include "bench/soak/soak_run.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek;
using namespace kezek::bench::soak;

constexpr const char* kUsage =
    "usage: kezek-soak [--start YYYY-MM-DD] [--days N] [--time-scale X] [--fast-nights]\n"
    "                  [--visitors N] [--bookings N] [--seed N] [--max-rss-mb N] [--max-db-mb N]\n"
    "                  [--keep-data] [--server FILE] [--assets DIR]\n"
    "  --start DATE      the first day (default 2026-11-30, a Monday)\n"
    "  --days N          consecutive days to run (default 30)\n"
    "  --time-scale X    the server's --time-scale, 1 to 3600 (default 3600: a day in 24 s)\n"
    "  --fast-nights     cross nights and closed days by a clean restart at the next morning\n"
    "                    (one night between working days is still lived through)\n"
    "  --visitors N      walk-ins a day (default 300); --bookings N: booked a day (default 12)\n"
    "  --max-rss-mb N    the server's resident memory bound (default 256)\n"
    "  --max-db-mb N     the database's size bound, with its WAL (default 64)\n"
    "  --keep-data       leave the data folder (and server.log) behind\n";

SoakOptions parse_options(int argc, char** argv) {
  SoakOptions o;
  for (cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--start")) {
      const std::string text = args.value();
      const auto date = parse_date(text);
      if (!date) args.expected("a date YYYY-MM-DD", text);
      o.start = *date;
    } else if (args.is("--days")) {
      o.days = args.integer_between(1, 3660);
    } else if (args.is("--time-scale")) {
      o.time_scale = args.number_between(1, kMaxTimeScale);
    } else if (args.is("--fast-nights")) {
      o.fast_nights = true;
    } else if (args.is("--visitors")) {
      o.visitors_per_day = args.integer_between(0, 100'000);
    } else if (args.is("--bookings")) {
      o.bookings_per_day = args.integer_between(0, 1'000);
    } else if (args.is("--seed")) {
      o.seed = static_cast<std::uint64_t>(args.integer());
    } else if (args.is("--max-rss-mb")) {
      o.max_rss_kb = std::int64_t{args.integer_between(1, 1'000'000)} * 1024;
    } else if (args.is("--max-db-mb")) {
      o.max_db_bytes = static_cast<std::uintmax_t>(args.integer_between(1, 1'000'000)) << 20;
    } else if (args.is("--keep-data")) {
      o.keep_data = true;
    } else if (args.is("--server")) {
      o.server_binary = args.value();
    } else if (args.is("--assets")) {
      o.assets = args.value();
    } else {
      args.reject();
    }
  }
  return o;
}

int run(const SoakOptions& options) {
  SoakOptions o = options;
  o.log = [](const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
  };
  std::printf("kezek-soak: %d days from %s at time scale %g%s; busy CPUs before: %.0f %%; %s\n", o.days,
              format_date(o.start).c_str(), o.time_scale, o.fast_nights ? ", fast nights" : "",
              100 * bench::cpu_busy_share(std::chrono::milliseconds(500)),
              bench::to_string(bench::describe_machine(std::filesystem::temp_directory_path())).c_str());
  const SoakResult r = run_soak(o);
  for (const auto& f : r.final_faults) std::printf("  FAULT (the morning after): %s\n", f.c_str());
  std::printf(
      "kezek-soak: %zu days in %.1f s of wall time; %d clean restarts, %d kill -9; display: %d connects, %d "
      "snapshots, %d events, %d gaps, %d errors; max server RSS %lld MB (bound %lld), max database %llu kB (bound "
      "%llu); %d faults\n",
      r.days.size(), r.wall_seconds, r.restarts, r.kills, r.display.connects, r.display.snapshots, r.display.events,
      r.display.gaps, r.display.errors, static_cast<long long>(r.max_rss_kb / 1024),
      static_cast<long long>(o.max_rss_kb / 1024), static_cast<unsigned long long>(r.max_db_bytes / 1024),
      static_cast<unsigned long long>(o.max_db_bytes / 1024), r.fault_count());
  return r.fault_count() == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main(
      "kezek-soak", [&] { return run(parse_options(argc, argv)); }, 2);
}
