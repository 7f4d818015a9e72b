// The staff console, really run under the X display against a real server the
// test starts: a counter serving a visitor, a counter at lunch, the transfer
// form, and the supervisor's view of a day with a few dozen tickets — each in
// English, Russian and Kazakh, written to build/screenshots/ for a person to
// look at. Every screenshot is also a glyph check (the console exits non-zero
// when a text was drawn as a box).
#include <doctest/doctest.h>
#include <stb_image.h>

#include <boost/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "shared/net/http_client.hpp"
#include "shared/time/local_time.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"

namespace {

using kezek::testing::ServerProcess;
using kezek::testing::TempDir;

constexpr const char* kLangs[] = {"en", "ru", "kk"};

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

// Runs the console with `args` against `centre` at its time and writes NAME.png.
void shoot(Centre& centre, const std::string& name, std::vector<std::string> args) {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr,
                  "the GUI tests need an X display: run them through ./kezek.sh test");
  const std::filesystem::path file = std::filesystem::path(KEZEK_SCREENSHOT_DIR) / (name + ".png");
  std::filesystem::remove(file);
  std::vector<std::string> argv = {KEZEK_STAFF_BINARY,
                                   "--server",
                                   centre.server().address(),
                                   "--now",
                                   centre.now(),
                                   "--windowed",
                                   "--size",
                                   "1920x1080",
                                   "--screenshot",
                                   file.string(),
                                   "--frames",
                                   "8"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto result = kezek::testing::run_program(argv);
  INFO(name << ": " << result.output);
  REQUIRE(result.exit_code == 0);
  int width = 0, height = 0;
  CHECK(distinct_colours(file, width, height) > 20);
  CHECK(width == 1920);
  CHECK(height == 1080);
}

std::filesystem::path write_script(const TempDir& dir, const std::string& name, const std::string& text) {
  const auto file = dir.path() / name;
  std::ofstream(file) << text;
  return file;
}

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

  TempDir scripts;
  // Two documents already handed over: the checklist shows its ticks.
  const auto ticks = write_script(scripts, "ticks.txt", "wait\ntick 1\ntick 2\n");
  const std::string token = centre.server().token("counter:" + std::to_string(desk));
  for (const char* lang : kLangs) {
    shoot(centre, std::string("staff-serving-") + lang,
          {"--token", token, "--counter", std::to_string(desk), "--lang", lang, "--script", ticks.string()});
  }
  // The transfer form over the queue (F6), in Kazakh and Russian.
  const auto transfer = write_script(scripts, "transfer.txt", "wait\nkey F6\n");
  for (const char* lang : {"kk", "ru"}) {
    shoot(centre, std::string("staff-transfer-") + lang,
          {"--token", token, "--counter", std::to_string(desk), "--lang", lang, "--script", transfer.string()});
  }
}

// The behaviour itself (Call next disabled at lunch, saying until when) is
// asserted on the view model: tests/clients/test_staff_views.cpp. This is the
// picture of it for a person to look at.
TEST_CASE("staff screenshot: the counter at lunch, in three languages") {
  Centre centre;
  centre.at("2026-11-24T13:10:00+05:00");
  centre.issue("iin");  // issued at lunch: served after it
  centre.issue("digital_signature");
  const std::string token = centre.server().token("counter:6");
  for (const char* lang : kLangs)
    shoot(centre, std::string("staff-lunch-") + lang, {"--token", token, "--counter", "6", "--lang", lang});
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
  const auto script = write_script(exports, "export.txt", "wait\nexport\nwait\n");
  const std::string token = centre.server().token("admin");
  for (const char* lang : kLangs) {
    shoot(centre, std::string("staff-supervisor-") + lang,
          {"--token", token, "--supervisor", "--lang", lang, "--export-dir", exports.path().string(), "--script",
           script.string()});
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
  shoot(centre, "staff-setup-missing", {"--lang", "ru"});
}

TEST_CASE("staff screenshot: a refusal from the server in plain words, and nobody waiting") {
  Centre centre;
  centre.at("2026-11-24T10:00:00+05:00");
  centre.issue("iin");
  TempDir scripts;
  // Counter 42 does not exist: the server refuses the transfer, the form stays.
  const auto refused =
      write_script(scripts, "refused.txt", "wait\nkey F1\nwait\ntransfer counter 42 wrong desk\nwait\n");
  const std::string token = centre.server().token("counter:6");
  for (const char* lang : {"ru", "en"}) {
    shoot(centre, std::string("staff-refused-") + lang,
          {"--token", token, "--counter", "6", "--lang", lang, "--script", refused.string(), "--frames", "12"});
  }
  // Finish the visitor, then call again: nobody is waiting.
  const auto empty = write_script(scripts, "empty.txt", "wait\nkey F4\nwait\nkey F1\nwait\n");
  shoot(centre, "staff-nobody-waiting-kk",
        {"--token", token, "--counter", "6", "--lang", "kk", "--script", empty.string(), "--frames", "12"});
}
