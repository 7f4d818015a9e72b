// measure_engine_rate: Engine::submit from the completion callbacks.
#include "bench/loadgen/engine_rate.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "bench/loadgen/load_options.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "shared/catalog/catalog_loader.hpp"

namespace kezek::bench {
namespace {

using server::ApiReply;
using server::QueueService;

struct Run {
  Run(server::Engine& e, std::chrono::steady_clock::time_point end) : engine(e), until(end) {}
  server::Engine& engine;
  std::chrono::steady_clock::time_point until;
  std::atomic<std::size_t> commands{0}, issues{0}, errors{0};
  std::mutex mutex;
  std::condition_variable done;
  int active = 0;

  // One virtual client: step 0 issue, 1 call-next, 2 finish, on counter `counter`.
  void submit(int counter, int step, std::size_t round) {
    if (std::chrono::steady_clock::now() >= until) {
      std::lock_guard lock(mutex);
      if (--active == 0) done.notify_all();
      return;
    }
    server::Engine::Command command;
    if (step == 0) {
      server::IssueRequest request;
      request.service = load_services()[(static_cast<std::size_t>(counter) + round) % load_services().size()];
      command = [request](QueueService& q, Instant now) { return q.issue_ticket(request, now); };
    } else {
      const auto action = step == 1 ? server::CounterAction::call_next : server::CounterAction::finish;
      command = [counter, action](QueueService& q, Instant now) {
        return q.counter_action(counter, action, server::TransferRequest{}, now, "bench");
      };
    }
    engine.submit(std::move(command), [this, counter, step, round](ApiReply reply) {
      ++commands;
      int next = 0;
      if (step == 0) {
        if (reply.status == 201)
          ++issues;
        else
          ++errors;
        next = 1;
      } else if (step == 1) {
        if (reply.status != 200 && reply.status != 204) ++errors;
        next = reply.status == 200 ? 2 : 0;
      } else if (reply.status != 200) {
        ++errors;
      }
      submit(counter, next, next == 0 ? round + 1 : round);
    });
  }
};

}  // namespace

EngineRate measure_engine_rate(const std::string& database, const std::string& config_json, const std::string& now,
                               int in_flight, double seconds) {
  const std::filesystem::path assets = KEZEK_ASSETS_DIR;
  const catalog::Catalog catalog = catalog::load_catalog(assets / "catalog" / "catalog.json");
  const server::ServerConfig config = server::parse_config(config_json, "bench config", catalog);
  const WorkingCalendar calendar = WorkingCalendar::load(assets / "calendar" / "kz-holidays.json");
  const auto start = parse_iso8601(now);
  const OffsetClock clock(start.value_or(Instant{}));
  EngineRate out;
  out.storage = database == ":memory:" ? ":memory:" : "file (WAL, FULL)";
  out.in_flight = in_flight;
  server::Engine engine(catalog, calendar, config, clock, database);
  engine.start();
  const auto begin = std::chrono::steady_clock::now();
  Run run(engine, begin + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(seconds)));
  run.active = in_flight;
  for (int i = 0; i < in_flight; ++i) run.submit(i + 1, 0, 0);
  {
    std::unique_lock lock(run.mutex);
    run.done.wait(lock, [&] { return run.active == 0; });
  }
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  engine.stop();
  out.commands_per_s = static_cast<double>(run.commands) / elapsed;
  out.issues_per_s = static_cast<double>(run.issues) / elapsed;
  out.tickets = run.issues;
  out.errors = run.errors;
  return out;
}

}  // namespace kezek::bench
