// kezek-visitors: simulated visitors and staff acting on a running kezek-server
// through its API, for demos (a living Centre on the display and the staff
// console) and for soak runs. See bench/visitors/live_centre.hpp.
#include <boost/json.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "bench/common/server_launcher.hpp"
#include "bench/visitors/live_centre.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek;
using namespace kezek::bench;

struct Options {
  std::string server;
  std::filesystem::path data;
  std::filesystem::path assets = KEZEK_ASSETS_DIR;
  std::optional<double> speed;  // none: the time scale
  double time_scale = 1;        // the server's --time-scale
  int visitors = 300;
  int bookings = 12;
  std::uint64_t seed = 1;
  std::set<int> leave = {1};
  double seconds = 0;  // 0: until Ctrl-C
  double report_every = 10;
  bool smoke = false;
};

constexpr const char* kUsage =
    "usage: kezek-visitors --server HOST:PORT --data DIR [--time-scale X] [--speed X] [--visitors N]\n"
    "                      [--bookings N]\n"
    "                      [--leave-counter N]... [--all-counters] [--seconds S] [--seed N]\n"
    "                      [--report-every S] [--assets DIR]\n"
    "       kezek-visitors --smoke   (starts its own server for a few seconds and checks the day moves)\n"
    "  --data DIR          the server's data folder, for the tokens in credentials.json\n"
    "  --time-scale X      the server runs with --time-scale X (1 to 3600): the visitors keep its\n"
    "                      time, and --speed defaults to X\n"
    "  --speed X           X times the arrivals per second, walking and service X times shorter\n"
    "                      (default: the time scale; above it, a crowded day)\n"
    "  --visitors N        walk-ins over a whole day at speed 1 (default 300)\n"
    "  --bookings N        appointments booked for today with the admin token, checked in near their slots\n"
    "  --leave-counter N   a counter for a person at the staff console (default 1; repeatable)\n"
    "  --all-counters      automate every counter\n";

Options parse_options(int argc, char** argv) {
  Options o;
  bool leave_given = false;
  for (cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--server"))
      o.server = args.value();
    else if (args.is("--data"))
      o.data = args.value();
    else if (args.is("--assets"))
      o.assets = args.value();
    else if (args.is("--speed"))
      o.speed = args.number();
    else if (args.is("--time-scale"))
      o.time_scale = args.number_between(1, kMaxTimeScale);
    else if (args.is("--visitors"))
      o.visitors = args.integer_between(0, 1'000'000);
    else if (args.is("--bookings"))
      o.bookings = args.integer_between(0, 1'000'000);
    else if (args.is("--seed"))
      o.seed = static_cast<std::uint64_t>(args.integer());
    else if (args.is("--seconds"))
      o.seconds = args.number();
    else if (args.is("--report-every"))
      o.report_every = args.number();
    else if (args.is("--all-counters"))
      o.leave.clear();
    else if (args.is("--leave-counter")) {
      if (!leave_given) o.leave.clear();
      leave_given = true;
      o.leave.insert(args.integer_between(1, 99));
    } else if (args.is("--smoke"))
      o.smoke = true;
    else
      args.reject();
  }
  if (!o.speed) o.speed = o.time_scale;
  if (!(*o.speed > 0)) throw std::invalid_argument("--speed must be positive");
  if (!o.smoke && (o.server.empty() || o.data.empty()))
    throw std::invalid_argument(std::string("give --server and --data\n") + kUsage);
  return o;
}

void read_tokens(const std::filesystem::path& data, LiveOptions& live) {
  std::ifstream in(data / "credentials.json");
  if (!in) throw std::runtime_error((data / "credentials.json").string() + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  const boost::json::object creds = boost::json::parse(text.str()).as_object();
  live.admin_token = std::string(creds.at("admin").as_string());
  live.kiosk_token = std::string(creds.at("kiosk").as_string());
  for (const auto& kv : creds.at("counters").as_object())
    live.counter_tokens[std::stoi(std::string(kv.key()))] = std::string(kv.value().as_string());
}

int run(Options o) {
  const catalog::Catalog catalog = catalog::load_catalog(o.assets / "catalog" / "catalog.json");
  std::unique_ptr<LaunchedServer> own;
  if (o.smoke) {
    LaunchOptions launch;
    launch.binary = default_server_binary();
    own = std::make_unique<LaunchedServer>(launch);
    o.server = own->address();
    o.data = own->data_dir();
    o.speed = 120;
    o.visitors = 600;
    o.bookings = 2;
    o.seconds = 3;
    o.report_every = 1;
  }
  LiveOptions live;
  live.server = o.server;
  read_tokens(o.data, live);
  live.leave = o.leave;
  live.speed = *o.speed;
  live.time_scale = o.time_scale;
  live.visitors_per_day = o.visitors;
  live.bookings = o.bookings;
  live.seed = o.seed;

  // Ctrl-C and SIGTERM end the run: a thread waits for them (no handler state).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  StopSignal stop;
  std::thread watcher([&] {
    int received = 0;
    sigwait(&signals, &received);
    stop.stop();
  });

  LiveCentre centre(catalog, live);
  std::printf("kezek-visitors: %s at %.1fx, %d walk-ins a day, %d bookings, counters left to people:", o.server.c_str(),
              *o.speed, o.visitors, o.bookings);
  for (int n : o.leave) std::printf(" %d", n);
  std::printf("\n");
  std::fflush(stdout);
  std::thread reporter([&] {
    const auto start = std::chrono::steady_clock::now();
    const auto every = std::chrono::duration<double>(o.report_every);
    while (stop.sleep_for(every)) {
      std::printf("%s\n", centre.summary().c_str());
      std::fflush(stdout);
      if (o.seconds > 0 && std::chrono::steady_clock::now() - start >= std::chrono::duration<double>(o.seconds))
        stop.stop();
    }
  });
  centre.run(stop);
  stop.stop();  // run() returns early when the server cannot be read
  reporter.join();
  kill(getpid(), SIGTERM);  // release the watcher
  watcher.join();
  std::printf("%s\n", centre.summary().c_str());
  const LiveTally& t = centre.tally();
  if (o.smoke) {
    const bool moved = t.issued > 0 && t.called > 0;
    std::printf("smoke: %s\n", moved ? "the day moves" : "NOTHING HAPPENED");
    return moved ? 0 : 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main(
      "kezek-visitors", [&] { return run(parse_options(argc, argv)); }, 2);
}
