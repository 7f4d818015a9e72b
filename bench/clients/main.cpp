// kezek-clientbench: what the GUI clients cost under Xvfb — time to first
// frame, frame times while animating, CPU while idle, resident memory — each
// client against a real kezek-server of its own. See docs/benchmarks.md.
//
// Sections:
//   [options]  command line
//   [plans]    how each client is started and made to move
//   [report]   Markdown tables
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "bench/clients/client_run.hpp"
#include "bench/clients/counter_calls.hpp"
#include "bench/clients/tap_tour.hpp"
#include "bench/common/machine_info.hpp"
#include "bench/common/server_launcher.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/cli/option_reader.hpp"

namespace {

using namespace kezek::bench;

// [options] ---------------------------------------------------------------------

struct Options {
  std::vector<std::string> clients = {"kiosk", "display", "staff"};
  Phases phases;
  int width = 1920, height = 1080;
  bool use_display = false;
  std::string now = "2026-11-24T10:00:00+05:00";  // a Tuesday morning: the Centre is open
  double call_every_s = 4;
  double tap_every_s = 0.7;
  bool keep = false;
  bool smoke = false;
};

constexpr const char* kUsage =
    "usage: kezek-clientbench [--clients kiosk,display,staff] [--idle-seconds S] [--animate-seconds S]\n"
    "                         [--settle-seconds S] [--size WxH] [--use-display] [--now ISO8601]\n"
    "                         [--call-every S] [--tap-every S] [--quiet-wait S] [--keep] [--smoke]\n"
    "  Starts an Xvfb of its own (--use-display: the one in $DISPLAY instead) and, for each\n"
    "  client, a fresh kezek-server; runs the client full screen with its frame trace on\n"
    "  (KEZEK_FRAME_TRACE) and prints Markdown tables: time to first frame, memory, CPU and\n"
    "  frames while idle, frame times while animating (display: a counter calls every\n"
    "  --call-every s; kiosk: xdotool taps every --tap-every s). --quiet-wait S: before\n"
    "  each client and each window, wait up to S seconds for other programs to leave the\n"
    "  CPUs alone. --keep leaves the traces and logs in the folder it names. --smoke: a\n"
    "  few seconds, checks that frames were seen.\n";

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(item);
  return out;
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (kezek::cli::OptionReader args(argc, argv, kUsage); args.next();) {
    if (args.is("--clients"))
      o.clients = split(args.value());
    else if (args.is("--idle-seconds"))
      o.phases.idle_s = args.number();
    else if (args.is("--animate-seconds"))
      o.phases.animate_s = args.number();
    else if (args.is("--settle-seconds"))
      o.phases.settle_s = args.number();
    else if (args.is("--use-display"))
      o.use_display = true;
    else if (args.is("--now"))
      o.now = args.value();
    else if (args.is("--call-every"))
      o.call_every_s = args.number();
    else if (args.is("--tap-every"))
      o.tap_every_s = args.number();
    else if (args.is("--quiet-wait"))
      o.phases.quiet_wait_s = args.integer_between(0, 1'000'000);
    else if (args.is("--keep"))
      o.keep = true;
    else if (args.is("--size")) {
      const std::string text = args.value();
      const auto x = text.find('x');
      if (x == std::string::npos) throw std::invalid_argument("--size expects WxH, e.g. 1920x1080");
      o.width = std::stoi(text.substr(0, x));
      o.height = std::stoi(text.substr(x + 1));
    } else if (args.is("--smoke")) {
      o.smoke = true;
      o.phases.settle_s = 0.5;
      o.phases.settle_max_s = 5;
      o.phases.idle_s = 2;
      o.phases.animate_s = 2.5;
      o.call_every_s = 1.5;
    } else {
      args.reject();
    }
  }
  for (const auto& c : o.clients)
    if (c != "kiosk" && c != "display" && c != "staff") throw std::invalid_argument("unknown client \"" + c + "\"");
  return o;
}

std::filesystem::path make_work_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kezek-clientbench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a folder in /tmp");
  return pattern;
}

std::chrono::milliseconds every(double seconds) { return std::chrono::milliseconds(static_cast<long>(seconds * 1000)); }

// [plans] -----------------------------------------------------------------------

// The tour, measured on the kiosk's 1920x1080 screens (kezek-kiosk --screen
// home / groups / services --screenshot): "Take a ticket", the "Work visa"
// group, then "Back" twice, which leaves it on the home screen again.
const std::vector<TapPoint> kKioskTour = {{0.17, 0.47}, {0.13, 0.33}, {0.11, 0.94}, {0.11, 0.94}};

// What a client needs while it is measured: its server, and what drives it.
struct Subject {
  std::unique_ptr<LaunchedServer> server;
  std::unique_ptr<CounterCalls> calls;
  std::unique_ptr<TapTour> taps;
  ClientPlan plan;
};

Subject prepare(const std::string& client, const Options& o, const kezek::testing::XvfbDisplay& display,
                const std::filesystem::path& work) {
  Subject s;
  LaunchOptions launch;
  launch.binary = default_server_binary();
  launch.temp_parent = work;
  launch.now = o.now;
  s.server = std::make_unique<LaunchedServer>(launch);
  const std::vector<std::string> common = {"--server", s.server->address(), "--now", o.now};
  ClientPlan& p = s.plan;
  p.name = client;
  if (client == "kiosk") {
    p.argv = {KEZEK_KIOSK_BINARY, "--token", s.server->token("kiosk")};
    if (TapTour::available(display.name())) {
      s.taps = std::make_unique<TapTour>(display.name(), o.width, o.height, kKioskTour);
      p.step = [taps = s.taps.get()]() -> std::optional<std::string> {
        taps->tap_next();
        return std::nullopt;
      };
      p.step_every = every(o.tap_every_s);
      std::ostringstream what;
      what << "a tap every " << o.tap_every_s << " s (xdotool): take a ticket, a group, back, back";
      p.animation = what.str();
    } else {
      p.animation = "not measured: xdotool is not installed or cannot reach the display";
    }
  } else if (client == "display") {
    p.app_trace = work / "display-trace.log";
    // Muted: the frames are measured, not the speech synthesiser (which runs on
    // the display's audio thread for each call).
    p.argv = {KEZEK_DISPLAY_BINARY, "--token", s.server->token("display"), "--mute", "--trace", p.app_trace.string()};
    s.calls = std::make_unique<CounterCalls>(*s.server, 1, "work_visa_in_country");
    p.step = [calls = s.calls.get()]() -> std::optional<std::string> { return "call " + calls->call_next(); };
    p.step_every = every(o.call_every_s);
    std::ostringstream what;
    what << "counter 1 calls a new ticket every " << o.call_every_s << " s (each flashes for 6 s)";
    p.animation = what.str();
  } else {
    p.argv = {KEZEK_STAFF_BINARY, "--token", s.server->token("counter:1"), "--counter", "1"};
    p.animation = "not measured: nothing on the console moves by itself";
  }
  p.argv.insert(p.argv.end(), common.begin(), common.end());
  return s;
}

// [report] ----------------------------------------------------------------------

std::string fmt(double value, int decimals = 1) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string mb(long kb) { return fmt(static_cast<double>(kb) / 1024.0); }

std::string resident(const Memory& m) { return mb(m.rss_kb) + " (" + mb(m.anon_kb) + ")"; }

std::string three(double a, double b, double c) { return fmt(a) + " / " + fmt(b) + " / " + fmt(c); }

std::string times_list(const std::vector<double>& seconds) {
  if (seconds.empty()) return "none";
  std::string out;
  for (std::size_t i = 0; i < seconds.size() && i < 12; ++i) out += (i ? ", " : "") + fmt(seconds[i]);
  if (seconds.size() > 12) out += ", …";
  return out + " s";
}

std::string xserver(double pct) { return pct < 0 ? "—" : fmt(pct, 2) + " %"; }

void report(const std::vector<ClientResult>& results, const Options& o, const kezek::testing::XvfbDisplay& display) {
  std::string renderer = "unknown";
  for (const auto& r : results)
    if (!r.renderer.empty()) renderer = r.renderer;
  std::printf("\n## GUI clients (%s)\n\n", to_string(describe_machine(std::filesystem::temp_directory_path())).c_str());
  std::printf("X server %s (%s), %dx%d, clients full screen; OpenGL renderer: %s\n\n", display.name().c_str(),
              display.pid() > 0 ? "our own Xvfb" : "$DISPLAY", o.width, o.height, renderer.c_str());

  std::printf(
      "### Start and memory\n\n"
      "| client | first frame ms | of which drawing it ms | board on screen ms | settled after s | VmRSS (RssAnon) "
      "after start MB | VmRSS (RssAnon) at end MB | VmHWM MB |\n"
      "|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& r : results)
    std::printf("| %s | %s | %s | %s | %s | %s | %s | %s |\n", r.name.c_str(), fmt(r.first_frame_ms).c_str(),
                fmt(r.first_frame_draw_ms).c_str(), r.board_frame_ms < 0 ? "—" : fmt(r.board_frame_ms).c_str(),
                fmt(r.settled_after_s).c_str(), resident(r.after_start).c_str(), resident(r.at_end).c_str(),
                mb(r.at_end.hwm_kb).c_str());

  std::printf(
      "\n### Idle (%s s of nothing happening)\n\n"
      "| client | CPU, %% of one core | UI thread wake-ups/s | frames drawn | drawn at (into the window) | Xvfb CPU | "
      "other programs, %% of all CPUs |\n"
      "|---|---:|---:|---:|---|---:|---:|\n",
      fmt(o.phases.idle_s, 0).c_str());
  for (const auto& r : results)
    std::printf("| %s | %s | %s | %zu | %s | %s | %s |\n", r.name.c_str(), fmt(r.idle_cpu_pct, 2).c_str(),
                fmt(r.idle_wakeups_per_s).c_str(), r.idle_frames_at_s.size(), times_list(r.idle_frames_at_s).c_str(),
                xserver(r.idle_xserver_cpu_pct).c_str(), fmt(r.idle_other_cpu_pct, 0).c_str());

  std::printf(
      "\n### Animating (%s s)\n\n"
      "| client | what moves | frames | frames/s | frame time p50 / p99 / max ms | CPU per frame p50 / p99 / max ms | "
      "UI thread's share, p50 ms | longest gap ms | CPU, %% of one core | Xvfb CPU | other programs |\n"
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
      fmt(o.phases.animate_s, 0).c_str());
  for (const auto& r : results) {
    if (!r.animated()) {
      std::printf("| %s | %s | | | | | | | | | |\n", r.name.c_str(), r.animation.c_str());
      continue;
    }
    const FrameStats& f = r.animating;
    std::printf("| %s | %s | %zu | %s | %s | %s | %s | %s | %s | %s | %s %% |\n", r.name.c_str(), r.animation.c_str(),
                f.frames, fmt(static_cast<double>(f.frames) / r.animate_s).c_str(),
                three(f.wall_p50_ms, f.wall_p99_ms, f.wall_max_ms).c_str(),
                three(f.cpu_p50_ms, f.cpu_p99_ms, f.cpu_max_ms).c_str(), fmt(f.ui_thread_cpu_p50_ms).c_str(),
                fmt(f.longest_gap_ms).c_str(), fmt(r.animate_cpu_pct).c_str(),
                xserver(r.animate_xserver_cpu_pct).c_str(), fmt(r.animate_other_cpu_pct, 0).c_str());
  }
  for (const auto& r : results) {
    if (r.step_to_screen_ms.empty()) continue;
    std::vector<double> sorted = r.step_to_screen_ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf(
        "\n%s: from the call's reply to the frame showing it, %zu calls: median %s ms, max %s ms "
        "(negative: the event overtook the reply)\n",
        r.name.c_str(), sorted.size(), fmt(sorted[sorted.size() / 2]).c_str(), fmt(sorted.back()).c_str());
  }
  for (const auto& r : results)
    if (!r.problem.empty()) std::printf("\n- problem: %s: %s\n", r.name.c_str(), r.problem.c_str());
}

// A smoke run passes when every client drew, and every driven one drew while driven.
bool smoke_ok(const std::vector<ClientResult>& results) {
  bool ok = true;
  for (const auto& r : results) {
    if (!r.problem.empty() || r.first_frame_ms <= 0) ok = false;
    if (r.animated() && r.animating.frames == 0) {
      std::printf("- problem: %s drew no frame while driven\n", r.name.c_str());
      ok = false;
    }
  }
  std::printf("\nsmoke: %s\n", ok ? "ok (frames observed, numbers read)" : "FAILED");
  return ok;
}

int run(int argc, char** argv) {
  const Options o = parse_options(argc, argv);
  const std::filesystem::path work = make_work_dir();
  std::vector<ClientResult> results;
  {
    const kezek::testing::XvfbDisplay display = o.use_display ? kezek::testing::XvfbDisplay::from_environment()
                                                              : kezek::testing::XvfbDisplay(o.width, o.height);
    std::fprintf(stderr, "kezek-clientbench: X display %s, traces and logs in %s\n", display.name().c_str(),
                 work.c_str());
    for (const std::string& client : o.clients) {
      const double other = wait_for_quiet(std::chrono::seconds(o.phases.quiet_wait_s), std::chrono::milliseconds(1000));
      std::fprintf(stderr, "kezek-clientbench: %s (other programs used %.0f %% of the CPUs just before)\n",
                   client.c_str(), 100 * other);
      Subject subject = prepare(client, o, display, work);
      results.push_back(measure_client(subject.plan, o.phases, display, work));
    }
    report(results, o, display);
  }
  bool ok = true;
  for (const auto& r : results) ok = ok && r.problem.empty();
  if (o.smoke) ok = smoke_ok(results) && ok;
  // A failed run keeps its traces and the clients' logs: they say why.
  if (o.keep || !ok) {
    std::fprintf(stderr, "kezek-clientbench: kept %s\n", work.c_str());
  } else {
    std::error_code ignored;
    std::filesystem::remove_all(work, ignored);
  }
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main("kezek-clientbench", [&] { return run(argc, argv); });
}
