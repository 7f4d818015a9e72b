// kezek-server: the Centre's single source of truth. See docs/api.md and
// `kezek-server --help`.
#include <boost/asio.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "server/api/api_handler.hpp"
#include "server/api/catalog_document.hpp"
#include "server/config/server_calendar.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "server/http/event_hub.hpp"
#include "server/http/listener.hpp"
#include "server/http/open_files_limit.hpp"
#include "server/store/database.hpp"
#include "shared/calendar/calendar_horizon.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/catalog_summary.hpp"
#include "shared/catalog/mrp_table.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek;

struct Options {
  std::filesystem::path data = "kezek-data";
  std::string listen = "127.0.0.1:8080";
  std::optional<std::filesystem::path> config;
  std::optional<Instant> now;
  double time_scale = 1;
  std::filesystem::path assets = KEZEK_ASSETS_DIR;
  std::optional<std::filesystem::path> check_catalog;
  std::optional<std::string> print_token;
  std::optional<std::filesystem::path> backup;
  bool print_demo_start = false;
};

constexpr const char* kUsage =
    "usage: kezek-server [--data DIR] [--listen HOST:PORT] [--config FILE] [--now ISO8601]\n"
    "                    [--time-scale X] [--assets DIR]\n"
    "       kezek-server --check-catalog FILE\n"
    "       kezek-server --data DIR --print-token admin|kiosk|display|counter:N\n"
    "       kezek-server --print-demo-start\n"
    "       kezek-server --data DIR --backup FILE   (online: the server may be running)\n"
    "  --data DIR       where kezek.db and credentials.json live (created; default ./kezek-data)\n"
    "  --listen H:P     address to serve HTTP and WebSocket on (default 127.0.0.1:8080; port 0 = any)\n"
    "  --config FILE    counters, walk-in share, rules (JSON; see docs/configuration.md)\n"
    "  --now ISO8601    start the clock at this instant, then run in real time (demos, training)\n"
    "  --time-scale X   run the clock X times faster than real time, 1 to 3600 (600: a working\n"
    "                   day in about a minute; tests, soak runs, the demo)\n"
    "  --assets DIR     catalog and calendar data (default: the source tree's assets/)\n";

Options parse_options(int argc, char** argv) {
  Options o;
  for (cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--data"))
      o.data = args.value();
    else if (args.is("--listen"))
      o.listen = args.value();
    else if (args.is("--config"))
      o.config = args.value();
    else if (args.is("--assets"))
      o.assets = args.value();
    else if (args.is("--check-catalog"))
      o.check_catalog = args.value();
    else if (args.is("--print-token"))
      o.print_token = args.value();
    else if (args.is("--backup"))
      o.backup = args.value();
    else if (args.is("--print-demo-start"))
      o.print_demo_start = true;
    else if (args.is("--now")) {
      const std::string text = args.value();
      o.now = parse_iso8601(text);
      if (!o.now) args.expected("e.g. 2026-11-24T10:00:00+05:00", text);
    } else if (args.is("--time-scale")) {
      o.time_scale = args.number_between(1, kMaxTimeScale);
    } else {
      args.reject();
    }
  }
  return o;
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(file.string() + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The demo day starts at 10:00 on today's date when it is a working day, or on
// the next working day: a newcomer sees an open Centre at any hour.
int print_demo_start(const std::filesystem::path& assets) {
  const WorkingCalendar calendar = WorkingCalendar::load(assets / "calendar" / "kz-holidays.json");
  Date day = local_date(SystemClock().now());
  if (!calendar.is_working_day(day)) day = calendar.next_working_day(day);
  std::cout << format_iso8601(from_local(day, std::chrono::hours(10))) << "\n";
  return 0;
}

// Reads a token from DATA/credentials.json for the launcher and for docs'
// curl examples (the file is the owner's; this runs as the owner).
int print_token(const Options& o) {
  const auto file = o.data / "credentials.json";
  const boost::json::value v = boost::json::parse(read_file(file));
  const auto& creds = v.as_object();
  const std::string& role = *o.print_token;
  const boost::json::value* token = nullptr;
  if (role == "admin" || role == "kiosk" || role == "display") {
    token = creds.if_contains(role);
  } else if (role.starts_with("counter:")) {
    if (const auto* counters = creds.if_contains("counters"); counters && counters->is_object())
      token = counters->as_object().if_contains(role.substr(8));
  } else {
    throw std::invalid_argument("--print-token takes admin, kiosk, display or counter:N");
  }
  if (token == nullptr || !token->is_string()) throw std::runtime_error(file.string() + ": no token for " + role);
  std::cout << token->as_string().c_str() << "\n";
  return 0;
}

// An online backup with SQLite's backup API through a connection of our own:
// WAL lets it read a consistent snapshot while the server goes on writing.
int backup(const Options& o) {
  const auto source = o.data / "kezek.db";
  if (!std::filesystem::exists(source)) throw std::runtime_error(source.string() + ": no database to back up");
  store::Database db(source.string());
  db.backup_to(o.backup->string());
  std::cout << "kezek-server: backed up " << source.string() << " to " << o.backup->string() << "\n";
  return 0;
}

int serve(const Options& o) {
  const catalog::Catalog catalog = catalog::load_catalog(o.assets / "catalog" / "catalog.json");
  const server::ServerConfig config =
      o.config ? server::load_config(*o.config, catalog) : server::default_config(catalog);
  catalog::MrpTable mrp = catalog::load_mrp_table(o.assets / "catalog" / "mrp.json");
  if (!config.mrp_kzt.empty()) {
    auto years = mrp.years();
    for (const auto& [year, kzt] : config.mrp_kzt) years[year] = kzt;
    mrp = catalog::MrpTable(years);
  }
  const WorkingCalendar calendar = server::load_server_calendar(o.assets / "calendar" / "kz-holidays.json", config);
  std::unique_ptr<Clock> clock;
  if (o.time_scale != 1)
    clock = std::make_unique<ScaledClock>(o.now.value_or(SystemClock().now()), o.time_scale);
  else if (o.now)
    clock = std::make_unique<OffsetClock>(*o.now);
  else
    clock = std::make_unique<SystemClock>();
  // Said at start-up where the operator looks; GET /healthz repeats it.
  if (const auto warning = horizon_warning(calendar, local_date(clock->now())))
    std::cerr << "kezek-server: warning: " << *warning << "\n";

  std::filesystem::create_directories(o.data);
  std::vector<int> counters;
  for (const auto& c : config.counters) counters.push_back(c.number);
  const auto credentials = http::Credentials::load_or_create(o.data / "credentials.json", counters);

  server::Engine engine(catalog, calendar, config, *clock, o.data / "kezek.db");
  const server::api::CatalogDocuments catalog_documents(read_file(o.assets / "catalog" / "catalog.json"), catalog,
                                                        std::move(mrp));
  // The kiosk's rate is per second of the Centre's time: a clock X times
  // faster brings its visitors X times as often per real second.
  server::api::ApiHandler handler(engine, credentials, catalog_documents,
                                  config.kiosk_requests_per_second * clock->rate(), config.kiosk_burst);

  std::fprintf(stderr, "kezek-server: %s\n", http::raise_open_files_limit().c_str());
  boost::asio::io_context io;
  http::EventHub hub(io.get_executor(), engine);
  engine.set_publisher([&hub](http::EventFrame frame) { hub.publish(std::move(frame)); });
  http::HttpServer server(io, handler, hub, config.limits);
  const auto endpoint = server.listen(o.listen);
  engine.start();

  // On SIGINT/SIGTERM (docs/operations.md, "Faults"): every command the server
  // commits is answered, and none is committed that cannot be — a kiosk that
  // tries again after the restart never gets a silent duplicate. So: stop
  // accepting, close the idle connections, refuse new commands (503
  // shutting_down) while those already in the engine run and are answered;
  // exit once none is in flight and every answer is written. After
  // kShutdownGrace the engine abandons what is still queued (refused, unrun,
  // and an uncommitted batch rolls back); what it answers then still gets
  // kShutdownWrite to be written, after which connections are dropped.
  constexpr auto kShutdownGrace = std::chrono::seconds(3);
  constexpr auto kShutdownWrite = std::chrono::seconds(1);
  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  boost::asio::steady_timer poll(io);
  using SteadyTime = std::chrono::steady_clock::time_point;
  SteadyTime give_up_at{};
  bool abandoned = false;
  std::optional<SteadyTime> idle_since;  // when the engine had nothing left in flight
  std::function<void()> wait_for_sessions = [&] {
    const auto now = std::chrono::steady_clock::now();
    const std::size_t in_flight = engine.commands_in_flight();  // never grows once refusing
    if (in_flight == 0) {
      if (!idle_since) idle_since = now;
      if (server.connection_count() == 0 || (now > give_up_at && now - *idle_since > kShutdownWrite)) {
        io.stop();
        return;
      }
    } else if (now > give_up_at && !abandoned) {
      abandoned = true;
      std::fprintf(stderr, "kezek-server: shutting down: %zu command(s) still in the engine after %lld s, refused\n",
                   in_flight, static_cast<long long>(kShutdownGrace.count()));
      engine.abandon_queued();
    }
    poll.expires_after(std::chrono::milliseconds(20));
    poll.async_wait([&](const boost::system::error_code& e) {
      if (!e) wait_for_sessions();
    });
  };
  signals.async_wait([&](const boost::system::error_code& ec, int) {
    if (ec) return;
    std::fprintf(stderr, "kezek-server: shutting down\n");
    engine.refuse_new_commands();
    server.stop();
    give_up_at = std::chrono::steady_clock::now() + kShutdownGrace;
    wait_for_sessions();
  });
  std::printf("kezek-server: listening on http://%s:%u, data in %s, clock %s\n", endpoint.address().to_string().c_str(),
              endpoint.port(), o.data.c_str(), format_iso8601(clock->now()).c_str());
  std::fflush(stdout);
  io.run();
  engine.stop();  // nothing is in flight by now: it only joins the worker
  return 0;
}

int run(int argc, char** argv) {
  const Options o = parse_options(argc, argv);
  if (o.check_catalog) {
    const catalog::Catalog catalog = catalog::load_catalog(*o.check_catalog);
    std::cout << o.check_catalog->string() << ": OK\n" << catalog::summarize(catalog);
    return 0;
  }
  if (o.print_demo_start) return print_demo_start(o.assets);
  if (o.print_token) return print_token(o);
  if (o.backup) return backup(o);
  return serve(o);
}

}  // namespace

int main(int argc, char** argv) {
  // A closed stdout or a peer gone mid-write must not kill the Centre's server.
  std::signal(SIGPIPE, SIG_IGN);
  return kezek::cli::guarded_main("kezek-server", [&] { return run(argc, argv); });
}
