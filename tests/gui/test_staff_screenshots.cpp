// The staff console, really run under X against a real server the test
// starts: a counter serving a visitor, a counter at lunch, the transfer form,
// and the supervisor's view of a day with a few dozen tickets — each in
// English, Russian and Kazakh, written to build/screenshots/ for a person to
// look at. Each run is a --script: real key presses and taps get the console
// there, and expect_* steps assert on what was drawn what the picture is of
// (the visitor being served, the form, the refusal, the saved export) before
// the screenshot, which is also a glyph check (it fails when a text was drawn
// as a box).
#include <doctest/doctest.h>
#include <stb_image.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "shared/i18n/centre_status_text.hpp"
#include "shared/net/http_client.hpp"
#include "shared/time/local_time.hpp"
#include "staff/staff_text.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/xvfb_display.hpp"

namespace kezek_gui_staff_screenshots {

namespace {

using kezek::staff::Msg;
using kezek::staff::tr;
using kezek::staff::trf;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;
using kezek::testing::XvfbDisplay;

constexpr const char* kLangCodes[] = {"en", "ru", "kk"};

// The real server on one data folder, started again at each moment of a
// scripted day (its clock starts at --now and runs in real time).
class Centre {
 public:
  void at(const std::string& now) {
    server_.reset();
    server_ = std::make_unique<ServerProcess>(dir_.path(), kezek::testing::at(now));
    now_ = now;
  }
  kezek::net::HttpResult call(const std::string& role, const std::string& method, const std::string& target,
                              const std::string& body = {}) {
    kezek::net::HttpClient client(server_->address(), server_->token(role));
    return client.request(method, target, body);
  }
  void issue(const std::string& service, const std::string& tier = "standard") {
    const auto r = call("kiosk", "POST", "/api/v1/tickets",
                        R"({"service":")" + service + R"(","tier":")" + tier + R"(","lang":"ru"})");
    REQUIRE_MESSAGE(r.status == 201, r.body);
  }
  unsigned counter(int n, const std::string& action, const std::string& body = {}) {
    return call("counter:" + std::to_string(n), "POST", "/api/v1/counters/" + std::to_string(n) + "/" + action, body)
        .status;
  }
  ServerProcess& server() { return *server_; }
  const std::string& now() const { return now_; }
  const std::filesystem::path& dir() const { return dir_.path(); }

 private:
  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
  std::string now_;
};

std::size_t distinct_colours(const std::filesystem::path& file, int& width, int& height) {
  int channels = 0;
  unsigned char* pixels = stbi_load(file.c_str(), &width, &height, &channels, 4);
  REQUIRE_MESSAGE(pixels != nullptr, "cannot read " << file);
  std::set<std::uint32_t> colours;
  for (int i = 0; i < width * height; i += 7) {
    const unsigned char* p = pixels + static_cast<std::size_t>(i) * 4;
    colours.insert(static_cast<std::uint32_t>(p[0] << 16 | p[1] << 8 | p[2]));
  }
  stbi_image_free(pixels);
  return colours.size();
}

// Runs the console with `args` against `centre` at its time, on a display of
// its own (a script's taps move the X pointer and take the focus), by a
// script of `steps` — each fails the run when what it expects is not drawn —
// then "screenshot" to NAME.png (which fails the run too when a text was
// drawn as boxes) and "quit".
void shoot_staff(Centre& centre, const std::string& name, std::vector<std::string> args,
                 const std::vector<std::string>& steps) {
  const std::filesystem::path file = std::filesystem::path(KEZEK_SCREENSHOT_DIR) / (name + ".png");
  std::filesystem::remove(file);
  const TempDir scripts;
  const std::filesystem::path script = scripts.path() / (name + ".txt");
  {
    std::ofstream out(script);
    for (const std::string& step : steps) out << step << "\n";
    out << "screenshot " << file.string() << "\nquit\n";
  }
  std::vector<std::string> argv = {KEZEK_STAFF_BINARY,
                                   "--server",
                                   centre.server().address(),
                                   "--now",
                                   centre.now(),
                                   "--windowed",
                                   "--size",
                                   "1920x1080",
                                   "--script",
                                   script.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  const XvfbDisplay display(1920, 1080);
  const auto result = kezek::testing::run_program(display.on_display(argv));
  INFO(name << ": " << result.output);
  REQUIRE(result.exit_code == 0);
  int width = 0, height = 0;
  CHECK(distinct_colours(file, width, height) > 20);
  CHECK(width == 1920);
  CHECK(height == 1080);
}

kezek::catalog::Lang lang_of(const char* code) { return *kezek::catalog::parse_lang(code); }

}  // namespace

TEST_CASE("staff: every phrase of the console has its glyphs in three languages") {
  const auto result = kezek::testing::run_program({KEZEK_STAFF_BINARY, "--check-texts"});
  INFO(result.output);
  CHECK(result.exit_code == 0);
}

TEST_CASE("staff screenshot: a counter serving an appointment visitor, in three languages") {
  Centre centre;
  // Booked at 09:00 for the first free slot; the visitor checks in ten minutes
  // before it and is called.
  centre.at("2026-11-24T09:00:00+05:00");
  const auto slots = centre.call("admin", "GET", "/api/v1/slots?service=work_visa_in_country&date=2026-11-24");
  REQUIRE(slots.status == 200);
  const boost::json::value free_slots = slots.json();
  std::string start;
  for (const auto& s : free_slots.at("slots").as_array()) {
    if (s.at("free").as_int64() > 0) {
      start = std::string(s.at("start").as_string());
      break;
    }
  }
  REQUIRE_MESSAGE(!start.empty(), slots.body);
  const auto booked =
      centre.call("admin", "POST", "/api/v1/appointments",
                  R"({"service":"work_visa_in_country","start":")" + start + R"(","applicant":"P-7731"})");
  REQUIRE_MESSAGE(booked.status == 201, booked.body);
  const std::string code(booked.json().at("appointment").at("code").as_string());
  const int desk = static_cast<int>(booked.json().at("appointment").at("counter").as_int64());
  centre.at(kezek::format_iso8601(*kezek::parse_iso8601(start) - std::chrono::minutes(10)));
  REQUIRE(centre.call("kiosk", "POST", "/api/v1/appointments/" + code + "/check-in").status == 201);
  REQUIRE(centre.counter(desk, "call-next") == 200);
  REQUIRE(centre.counter(desk, "start") == 200);
  // Walk-ins behind them.
  centre.issue("work_visa_extension");
  centre.issue("investor_visa_in_country");
  centre.issue("work_visa_in_country");
  // Seven minutes into the visit.
  centre.at(kezek::format_iso8601(*kezek::parse_iso8601(start) - std::chrono::minutes(3)));

  const std::string token = centre.server().token("counter:" + std::to_string(desk));
  for (const char* lang : kLangCodes) {
    // Being served, the booking's code shown; two documents already handed
    // over: the checklist counts its ticks ("received 2 of", whatever the total).
    shoot_staff(
        centre, std::string("staff-serving-") + lang,
        {"--token", token, "--counter", std::to_string(desk), "--lang", lang},
        {"wait_idle", "expect_text " + std::string(tr(Msg::status_serving, lang_of(lang))), "expect_text " + code,
         "tap doc:0", "tap doc:1", "expect_text " + trf(Msg::received_count, lang_of(lang), {"2", ""})});
  }
  // The transfer form over the queue (F6), in Kazakh and Russian.
  for (const char* lang : {"kk", "ru"}) {
    shoot_staff(centre, std::string("staff-transfer-") + lang,
                {"--token", token, "--counter", std::to_string(desk), "--lang", lang},
                {"wait_idle", "key F6", "expect_screen transfer", "expect_enabled transfer:to_counter"});
  }
}

// The behaviour itself (Call next disabled at lunch, saying until when) is
// asserted on the view model too: tests/clients/test_staff_views.cpp.
TEST_CASE("staff screenshot: the counter at lunch, in three languages") {
  Centre centre;
  centre.at("2026-11-24T13:10:00+05:00");
  centre.issue("iin");  // issued at lunch: served after it
  centre.issue("digital_signature");
  const std::string token = centre.server().token("counter:6");
  for (const char* lang : kLangCodes) {
    // The picture shows what the name says: the Centre at lunch, Call next not pressable.
    shoot_staff(centre, std::string("staff-lunch-") + lang, {"--token", token, "--counter", "6", "--lang", lang},
                {"wait_idle", "expect_text " + kezek::i18n::state_name(kezek::CentreState::lunch, lang_of(lang)),
                 "expect_disabled action:call-next"});
  }
}

TEST_CASE("staff screenshot: the supervisor's view of a day in three languages") {
  Centre centre;
  // A morning and an early afternoon, every 20 minutes: tickets come in, the
  // counters finish what they have and call the next; some never come.
  const std::vector<std::string> services = {"work_visa_in_country", "iin",
                                             "trp_labour",           "business_short_invitation",
                                             "digital_signature",    "work_visa_extension",
                                             "arrival_notification", "visa_cancellation_abroad"};
  const std::vector<std::string> times = {"09:02", "09:20", "09:40", "10:00", "10:20", "10:40", "11:00", "11:20",
                                          "11:40", "12:00", "12:20", "12:40", "14:02", "14:20", "14:40"};
  int issued = 0;
  for (std::size_t step = 0; step < times.size(); ++step) {
    centre.at("2026-11-24T" + times[step] + ":00+05:00");
    const int arrivals = 3 + static_cast<int>((step * 7) % 4);
    for (int i = 0; i < arrivals; ++i) {
      const std::string& service = services[static_cast<std::size_t>(issued) % services.size()];
      centre.issue(service);
      ++issued;
    }
    for (int counter : {1, 3, 6, 7}) {    // a short-staffed day: a queue builds up
      centre.counter(counter, "finish");  // 409 when it has nobody: fine
      if (centre.counter(counter, "call-next") != 200) continue;
      // Every fifth call nobody comes (the server marks them after 5 minutes).
      if ((step + static_cast<std::size_t>(counter)) % 5 != 0) centre.counter(counter, "start");
    }
  }
  centre.counter(3, "finish");
  centre.counter(4, "pause");
  REQUIRE(issued >= 40);
  const auto report = centre.call("admin", "GET", "/api/v1/report");
  REQUIRE(report.status == 200);
  CHECK(report.json().at("totals").at("issued").as_int64() == issued);

  TempDir exports;
  const std::string token = centre.server().token("admin");
  const std::string csv_file = (exports.path() / "kezek-report-2026-11-24.csv").string();
  for (const char* lang : kLangCodes) {
    shoot_staff(centre, std::string("staff-supervisor-") + lang,
                {"--token", token, "--supervisor", "--lang", lang, "--export-dir", exports.path().string()},
                {"wait_idle", "expect_screen supervisor", "tap export_csv", "wait_idle",
                 "expect_text " + trf(Msg::export_saved, lang_of(lang), {csv_file})});
  }
  // Export CSV wrote the day's tickets where it was told to.
  std::ifstream csv(exports.path() / "kezek-report-2026-11-24.csv");
  REQUIRE(csv.good());
  std::string line;
  int lines = 0;
  while (std::getline(csv, line)) ++lines;
  CHECK(lines == issued + 1);
}

TEST_CASE("staff screenshot: a console that is not set up says how to start it") {
  Centre centre;
  centre.at("2026-11-24T10:00:00+05:00");
  shoot_staff(centre, "staff-setup-missing", {"--lang", "ru"},
              {"expect_screen setup", "expect_text " + std::string(tr(Msg::not_set_up, lang_of("ru")))});
}

TEST_CASE("staff screenshot: a refusal from the server in plain words, and nobody waiting") {
  Centre centre;
  centre.at("2026-11-24T10:00:00+05:00");
  centre.issue("iin");
  // Counter 42 does not exist: the server refuses the transfer, the form stays.
  const std::string token = centre.server().token("counter:6");
  for (const char* lang : {"ru", "en"}) {
    shoot_staff(
        centre, std::string("staff-refused-") + lang, {"--token", token, "--counter", "6", "--lang", lang},
        {"wait_idle", "key F1", "wait_idle", "key F6", "tap transfer:to_counter", "tap transfer:counter", "type 42",
         "tap transfer:reason", "type wrong desk", "tap transfer:confirm", "wait_idle", "expect_screen transfer",
         "expect_text " + std::string(tr(Msg::refused_unknown_counter, lang_of(lang)))});
  }
  // Finish the visitor, then call again: nobody is waiting.
  shoot_staff(centre, "staff-nobody-waiting-kk", {"--token", token, "--counter", "6", "--lang", "kk"},
              {"wait_idle", "key F4", "wait_idle", "key F1", "wait_idle",
               "expect_text " + std::string(tr(Msg::nobody_waiting, lang_of("kk")))});
}

}  // namespace kezek_gui_staff_screenshots
