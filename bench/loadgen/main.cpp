// kezek-loadgen: how fast the real kezek-server is on this machine, and how
// fast this machine could be at all. See docs/benchmarks.md.
//
// Sections:
//   [options]  command line
//   [limits]   the disk's commit rate, bare Beast; the engine without HTTP
//   [server]   the real binary: closed-loop mix, fixed rate, fan-out
//   [report]   Markdown tables and the goals
#include <boost/asio/ip/address_v4.hpp>

#include <cstdio>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "bench/common/machine_info.hpp"
#include "bench/common/server_launcher.hpp"
#include "bench/loadgen/bare_server.hpp"
#include "bench/loadgen/commit_rate.hpp"
#include "bench/loadgen/engine_rate.hpp"
#include "bench/loadgen/fanout.hpp"
#include "bench/loadgen/mix_load.hpp"
#include "bench/loadgen/plain_load.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek::bench;
namespace http = boost::beast::http;

// [options] ---------------------------------------------------------------------

struct Options {
  std::filesystem::path server_binary = default_server_binary();
  std::filesystem::path data_root = std::filesystem::temp_directory_path();
  std::string now = "2026-11-24T10:00:00+05:00";
  std::vector<int> connections = {1, 8, 32, 128};
  int threads = 1;
  int counters = 99;
  double warmup = 0.5, seconds = 5;
  double rate = 1000, rate_seconds = 10;
  int rate_connections = 32;
  FanoutOptions fanout;
  double limit_seconds = 2;
  int quiet_wait = 0;  // seconds to wait for other programs to leave the CPUs alone
  int quiet_sample_ms = 1000;
  std::set<std::string> parts = {"limits", "engine", "mix", "rate", "fanout"};
};

constexpr const char* kUsage =
    "usage: kezek-loadgen [--only limits,engine,mix,rate,fanout] [--connections 1,8,32,128] [--seconds S]\n"
    "                     [--warmup S] [--threads N] [--counters N] [--rate R] [--rate-seconds S]\n"
    "                     [--rate-connections N] [--subscribers N] [--rounds N] [--limit-seconds S]\n"
    "                     [--server-binary PATH] [--data-root DIR] [--now ISO8601] [--quiet-wait S]\n"
    "                     [--smoke]\n"
    "  Starts kezek-server on a fresh temp folder under --data-root for each run (the real\n"
    "  database file on that disk) and prints Markdown tables. Before each run it measures\n"
    "  the disk's flush rate and the CPU other programs use (--quiet-wait S: wait up to S\n"
    "  seconds for them to stop). --smoke: tiny sizes, seconds.\n";

std::vector<int> parse_list(const std::string& text) {
  std::vector<int> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(std::stoi(item));
  return out;
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (kezek::cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--server-binary"))
      o.server_binary = args.value();
    else if (args.is("--data-root"))
      o.data_root = args.value();
    else if (args.is("--now"))
      o.now = args.value();
    else if (args.is("--connections"))
      o.connections = parse_list(args.value());
    else if (args.is("--threads"))
      o.threads = args.integer_between(0, 1'000'000);
    else if (args.is("--counters"))
      o.counters = args.integer_between(1, 99);
    else if (args.is("--warmup"))
      o.warmup = args.number();
    else if (args.is("--seconds"))
      o.seconds = args.number();
    else if (args.is("--rate"))
      o.rate = args.number();
    else if (args.is("--rate-seconds"))
      o.rate_seconds = args.number();
    else if (args.is("--rate-connections"))
      o.rate_connections = args.integer_between(0, 1'000'000);
    else if (args.is("--subscribers"))
      o.fanout.subscribers = args.integer_between(0, 1'000'000);
    else if (args.is("--rounds"))
      o.fanout.rounds = args.integer_between(0, 1'000'000);
    else if (args.is("--limit-seconds"))
      o.limit_seconds = args.number();
    else if (args.is("--quiet-wait"))
      o.quiet_wait = args.integer_between(0, 1'000'000);
    else if (args.is("--only")) {
      o.parts.clear();
      std::stringstream in(args.value());
      std::string part;
      while (std::getline(in, part, ',')) o.parts.insert(part);
    } else if (args.is("--smoke")) {
      o.connections = {1, 8};
      o.warmup = 0.1;
      o.seconds = 0.4;
      o.rate = 200;
      o.rate_seconds = 0.5;
      o.rate_connections = 4;
      o.fanout = FanoutOptions{20, 5, 10};
      o.limit_seconds = 0.2;
      o.quiet_sample_ms = 100;
    } else {
      args.reject();
    }
  }
  return o;
}

// Many counters serving everything, room for a very long day, and no rate
// limit on the kiosk token: the load generator measures the server, not the
// Centre's capacity or its protection against a runaway kiosk.
std::string bench_config(int counters) {
  std::string json = "{\"counters\":[";
  for (int n = 1; n <= counters; ++n) {
    if (n > 1) json += ",";
    json += "{\"number\":" + std::to_string(n) + ",\"services\":[\"*\"],\"manager\":false}";
  }
  json +=
      "],\"max_tickets_per_day\":100000000,"
      "\"limits\":{\"max_connections\":4000,\"kiosk_requests_per_second\":0}}";
  return json;
}

boost::asio::ip::tcp::endpoint loopback(unsigned short port) { return {boost::asio::ip::address_v4::loopback(), port}; }

std::unique_ptr<LaunchedServer> launch(const Options& o) {
  LaunchOptions launch;
  launch.binary = o.server_binary;
  launch.temp_parent = o.data_root;
  launch.now = o.now;
  launch.config_json = bench_config(o.counters);
  auto server = std::make_unique<LaunchedServer>(launch);
  std::fprintf(stderr, "kezek-loadgen: kezek-server pid %d on %s, data %s\n", static_cast<int>(server->pid()),
               server->address().c_str(), server->data_dir().c_str());
  return server;
}

MixTarget target_of(const LaunchedServer& server, int counters) {
  MixTarget target;
  target.endpoint = loopback(server.port());
  target.kiosk_token = server.token("kiosk");
  for (int n = 1; n <= counters; ++n) target.counter_tokens.push_back(server.token("counter:" + std::to_string(n)));
  target.services = load_services();
  return target;
}

std::string fmt(double value, int decimals = 0) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

void print_problems(const std::vector<std::string>& problems) {
  for (const auto& p : problems) std::printf("  - problem: %s\n", p.c_str());
}

// [limits] ----------------------------------------------------------------------

struct Limits {
  std::optional<CommitRate> full, normal;
  std::vector<std::pair<int, PlainResult>> bare;  // by connections
};

Limits measure_limits(const Options& o) {
  Limits limits;
  const double other = wait_for_quiet(std::chrono::seconds(o.quiet_wait), std::chrono::milliseconds(o.quiet_sample_ms));
  std::printf("\n## Limits of this machine (other programs used %.0f %% of the CPUs just before)\n\n", 100 * other);
  limits.full = measure_commit_rate(o.data_root, true, o.limit_seconds);
  limits.normal = measure_commit_rate(o.data_root, false, o.limit_seconds);
  std::printf("| what | rate | latency |\n|---|---:|---:|\n");
  for (const CommitRate* c : {&*limits.full, &*limits.normal})
    std::printf("| SQLite single-row commits, WAL, synchronous=%s | %s /s | mean %s ms, p99 %s ms |\n",
                c->synchronous.c_str(), fmt(c->commits_per_s).c_str(), ms(c->mean_us).c_str(), ms(c->p99_us).c_str());
  {
    BareServer bare;
    const auto request = make_request(http::verb::get, "/healthz", "");
    for (int connections : o.connections) {
      ClosedLoopOptions options{connections, o.threads, o.warmup, o.seconds};
      limits.bare.emplace_back(connections, run_closed_plain(bare.endpoint(), request, options));
    }
  }
  for (const auto& [connections, r] : limits.bare) {
    const LatencySummary s = r.all.summary();
    std::printf("| bare Beast loopback, %d connections | %s req/s | mean %s ms, p99 %s ms |\n", connections,
                fmt(r.requests_per_s()).c_str(), ms(s.mean_us).c_str(), ms(s.p99_us).c_str());
    print_problems(r.problems);
  }
  return limits;
}

std::vector<EngineRate> measure_engine(const Options& o) {
  std::vector<EngineRate> rates;
  const double other = wait_for_quiet(std::chrono::seconds(o.quiet_wait), std::chrono::milliseconds(o.quiet_sample_ms));
  std::printf(
      "\n## The engine alone, in this process (other programs used %.0f %% of the CPUs just before)\n\n"
      "| storage | counters | cycles in flight | commands/s | issues/s | tickets | errors |\n"
      "|---|---:|---:|---:|---:|---:|---:|\n",
      100 * other);
  std::vector<int> counters;
  const std::vector<std::pair<int, int>> shapes = {
      {o.counters, 8}, {o.counters, std::min(o.counters, 96)}, {std::min(o.counters, 12), 8}};
  for (const auto& [counter_count, in_flight] : shapes) {
    const std::string config = bench_config(counter_count);
    counters.push_back(counter_count);
    counters.push_back(counter_count);
    const auto file = o.data_root / "kezek-loadgen-engine.db";
    std::filesystem::remove(file);
    rates.push_back(measure_engine_rate(file.string(), config, o.now, in_flight, o.seconds));
    std::filesystem::remove(file);
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    rates.push_back(measure_engine_rate(":memory:", config, o.now, in_flight, o.seconds));
  }
  for (std::size_t i = 0; i < rates.size(); ++i) {
    const EngineRate& e = rates[i];
    std::printf("| %s | %d | %d | %s | %s | %zu | %zu |\n", e.storage.c_str(), counters[i], e.in_flight,
                fmt(e.commands_per_s).c_str(), fmt(e.issues_per_s).c_str(), e.tickets, e.errors);
  }
  return rates;
}

// [server] ----------------------------------------------------------------------

// This machine's disk flushes at a rate that drifts, and other programs may be
// using the CPUs (see docs/benchmarks.md): each server run is preceded by a
// short look at both.
struct Conditions {
  double other_cpu = 0;     // share of all CPUs busy just before (0..1)
  double disk_commits = 0;  // single-row FULL commits per second just before
  std::string text() const { return fmt(100 * other_cpu) + " % / " + fmt(disk_commits); }
};

Conditions probe(const Options& o) {
  Conditions c;
  c.other_cpu = wait_for_quiet(std::chrono::seconds(o.quiet_wait), std::chrono::milliseconds(o.quiet_sample_ms));
  c.disk_commits = measure_commit_rate(o.data_root, true, std::min(0.5, o.limit_seconds)).commits_per_s;
  return c;
}

std::vector<std::pair<int, MixResult>> measure_mix(const Options& o, std::optional<PlainResult>& healthz) {
  std::vector<std::pair<int, MixResult>> results;
  std::vector<Conditions> probes;
  for (int connections : o.connections) {
    probes.push_back(probe(o));
    auto server = launch(o);
    ClosedLoopOptions options{connections, o.threads, o.warmup, o.seconds};
    results.emplace_back(connections, run_closed_mix(target_of(*server, o.counters), options));
    if (connections == 32 || (!healthz && connections == o.connections.back())) {
      healthz = run_closed_plain(loopback(server->port()), make_request(http::verb::get, "/healthz", ""),
                                 ClosedLoopOptions{connections, o.threads, o.warmup, o.seconds});
    }
  }
  std::printf("\n## The server: issue / call-next / finish, closed loop (%.1f s per row, fresh server each)\n\n",
              o.seconds);
  std::printf(
      "| connections | requests/s | issues/s | p50 ms | p99 ms | p99.9 ms | max ms | issue p99 | call p99 | "
      "finish p99 | tickets | other CPU / disk commits/s before | checks |\n"
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& [connections, r] = results[i];
    const LatencySummary s = r.all.summary();
    std::printf("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %zu | %s | %s |\n", connections,
                fmt(r.requests_per_s()).c_str(), fmt(r.issues_per_s()).c_str(), ms(s.p50_us).c_str(),
                ms(s.p99_us).c_str(), ms(s.p999_us).c_str(), ms(s.max_us).c_str(), ms(r.issue.summary().p99_us).c_str(),
                ms(r.call.summary().p99_us).c_str(), ms(r.finish.summary().p99_us).c_str(), r.tickets_total,
                probes[i].text().c_str(), r.checks_passed() ? "ok" : "FAILED");
  }
  for (const auto& [connections, r] : results) {
    std::printf(
        "\n%d connections: %zu issued, %zu called, %zu finished, %zu empty calls, %zu refused, %zu errors, "
        "%zu duplicate numbers, %zu tickets called twice, %zu calls of unknown tickets; requests per second:",
        connections, r.issued, r.called, r.finished, r.empty_calls, r.refused, r.errors, r.duplicate_numbers,
        r.duplicate_calls, r.calls_of_unknown);
    for (std::size_t n : r.per_second) std::printf(" %zu", n);
    std::printf("\n");
    print_problems(r.problems);
  }
  if (healthz) {
    const LatencySummary s = healthz->all.summary();
    std::printf("\nkezek-server GET /healthz (no engine): %s req/s, p50 %s ms, p99 %s ms\n",
                fmt(healthz->requests_per_s()).c_str(), ms(s.p50_us).c_str(), ms(s.p99_us).c_str());
    print_problems(healthz->problems);
  }
  return results;
}

MixResult measure_rate(const Options& o) {
  FixedRateOptions options{o.rate, std::min(o.rate_connections, o.counters), 1.0, o.rate_seconds};
  if (o.rate_seconds < 2) options.warmup_s = 0.1;
  PlainResult bare_result;
  {
    BareServer bare;
    bare_result = run_fixed_rate_plain(bare.endpoint(), make_request(http::verb::get, "/healthz", ""), options);
  }
  const Conditions before = probe(o);
  auto server = launch(o);
  MixResult r = run_fixed_rate_mix(target_of(*server, o.counters), options);
  const LatencySummary s = r.all.summary();
  const LatencySummary b = bare_result.all.summary();
  std::printf("\n## The server at a fixed rate: %.0f requests/s, %d connections, %.1f s\n\n", o.rate,
              options.connections, o.rate_seconds);
  std::printf(
      "| achieved requests/s | p50 ms | p99 ms | p99.9 ms | max ms | other CPU / disk commits/s before | checks |\n"
      "|---:|---:|---:|---:|---:|---:|---|\n");
  std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", fmt(r.requests_per_s()).c_str(), ms(s.p50_us).c_str(),
              ms(s.p99_us).c_str(), ms(s.p999_us).c_str(), ms(s.max_us).c_str(), before.text().c_str(),
              r.checks_passed() ? "ok" : "FAILED");
  std::printf("\nper request: issue p99 %s ms, call-next p99 %s ms, finish p99 %s ms\n",
              ms(r.issue.summary().p99_us).c_str(), ms(r.call.summary().p99_us).c_str(),
              ms(r.finish.summary().p99_us).c_str());
  const LatencySummary sent = r.from_send.summary();
  const LatencySummary bare_sent = bare_result.from_send.summary();
  std::printf(
      "counted from the real send instead of the due time (the client's own lateness left out): "
      "p50 %s ms, p99 %s ms, p99.9 %s ms\n",
      ms(sent.p50_us).c_str(), ms(sent.p99_us).c_str(), ms(sent.p999_us).c_str());
  std::printf(
      "bare Beast at the same rate and connections (this machine's floor): %s req/s, p50 %s ms, p99 %s ms, "
      "p99.9 %s ms, max %s ms; from the real send: p99 %s ms\n",
      fmt(bare_result.requests_per_s()).c_str(), ms(b.p50_us).c_str(), ms(b.p99_us).c_str(), ms(b.p999_us).c_str(),
      ms(b.max_us).c_str(), ms(bare_sent.p99_us).c_str());
  print_problems(r.problems);
  print_problems(bare_result.problems);
  return r;
}

FanoutResult measure_fanout(const Options& o) {
  const Conditions before = probe(o);
  auto server = launch(o);
  FanoutTokens tokens{server->token("display"), server->token("kiosk"), server->token("counter:1")};
  FanoutResult r = run_fanout(loopback(server->port()), tokens, o.fanout);
  const LatencySummary reply = r.from_reply.summary();
  const LatencySummary request = r.from_request.summary();
  const LatencySummary call = r.call_latency.summary();
  const LatencySummary spread = r.spread.summary();
  std::printf("\n## Event fan-out: %d subscribers, %d calls (other CPU / disk commits/s before: %s)\n\n", r.subscribers,
              r.rounds, before.text().c_str());
  std::printf("| measured from | samples | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
  std::printf("| the call-next reply (negative: the event came first) | %zu | %s | %s | %s |\n", reply.count,
              ms(reply.p50_us).c_str(), ms(reply.p99_us).c_str(), ms(reply.max_us).c_str());
  std::printf("| the call-next request | %zu | %s | %s | %s |\n", request.count, ms(request.p50_us).c_str(),
              ms(request.p99_us).c_str(), ms(request.max_us).c_str());
  std::printf("| the first subscriber to get it (spread, per call) | %zu | %s | %s | %s |\n", spread.count,
              ms(spread.p50_us).c_str(), ms(spread.p99_us).c_str(), ms(spread.max_us).c_str());
  std::printf("\ncall-next itself: p50 %s ms, p99 %s ms; events before the reply: %zu; missing: %zu\n",
              ms(call.p50_us).c_str(), ms(call.p99_us).c_str(), r.before_reply, r.missing);
  print_problems(r.problems);
  return r;
}

// [report] ----------------------------------------------------------------------

const char* verdict(bool met) { return met ? "met" : "NOT met"; }

int run(const Options& o) {
  std::filesystem::create_directories(o.data_root);
  std::printf("# kezek-loadgen\n\nMachine: %s\n", to_string(describe_machine(o.data_root)).c_str());
  std::optional<Limits> limits;
  std::vector<std::pair<int, MixResult>> mix;
  std::optional<PlainResult> healthz;
  std::optional<MixResult> rate;
  std::optional<FanoutResult> fanout;
  if (o.parts.contains("limits")) limits = measure_limits(o);
  if (o.parts.contains("engine")) measure_engine(o);
  if (o.parts.contains("mix")) mix = measure_mix(o, healthz);
  if (o.parts.contains("rate")) rate = measure_rate(o);
  if (o.parts.contains("fanout")) fanout = measure_fanout(o);

  std::printf("\n## Goals\n\n| goal | measured | verdict |\n|---|---|---|\n");
  bool checks = true;
  if (!mix.empty()) {
    const MixResult* best = &mix.front().second;
    for (const auto& [c, r] : mix) {
      checks = checks && r.checks_passed();
      if (r.issues_per_s() > best->issues_per_s()) best = &r;
    }
    std::printf("| >= 20,000 issues/s, each after a FULL commit | %s issues/s (%s requests/s of the mix) | %s |\n",
                fmt(best->issues_per_s()).c_str(), fmt(best->requests_per_s()).c_str(),
                verdict(best->issues_per_s() >= 20000));
    if (limits && limits->full) {
      std::printf("| (server issues per single-row FULL commit the disk can do) | %s x | |\n",
                  fmt(best->issues_per_s() / limits->full->commits_per_s, 2).c_str());
      for (const auto& [c, bare] : limits->bare)
        for (const auto& [c2, r] : mix)
          if (c == c2)
            std::printf("| (server requests/s as a share of bare Beast, %d connections) | %s %% | |\n", c,
                        fmt(100.0 * r.requests_per_s() / std::max(1.0, bare.requests_per_s()), 1).c_str());
    }
  }
  if (rate) {
    checks = checks && rate->checks_passed();
    const double p99 = rate->all.summary().p99_us;
    std::printf("| p99 < 2 ms at %.0f requests/s | p99 %s ms | %s |\n", o.rate, ms(p99).c_str(), verdict(p99 < 2000));
  }
  if (fanout) {
    const double p99 = fanout->from_reply.summary().p99_us;
    std::printf("| fan-out p99 < 10 ms to %d subscribers | p99 %s ms from the reply (%s ms from the request) | %s |\n",
                fanout->subscribers, ms(p99).c_str(), ms(fanout->from_request.summary().p99_us).c_str(),
                verdict(p99 < 10000 && fanout->missing == 0));
  }
  std::printf("\nAnswer checks (distinct numbers, no double calls, no errors): %s\n", checks ? "passed" : "FAILED");
  return checks ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main(
      "kezek-loadgen", [&] { return run(parse_options(argc, argv)); }, 2);
}
