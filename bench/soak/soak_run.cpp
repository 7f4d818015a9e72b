// The soak run's driver: the server's lifetime, the days, and the checks.
#include "bench/soak/soak_run.hpp"

#include <algorithm>
#include <chrono>
#include <memory>
#include <set>
#include <thread>

#include "bench/common/rng.hpp"
#include "bench/model/visitor_model.hpp"
#include "bench/soak/soak_checks.hpp"
#include "bench/soak/soak_ledger.hpp"
#include "bench/visitors/live_centre.hpp"
#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/net/http_client.hpp"
#include "shared/protocol/board_state.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek::bench::soak {
namespace {

namespace json = boost::json;
using namespace std::chrono;
using namespace std::chrono_literals;

std::string string_at(const json::value& v, std::initializer_list<std::string_view> path) {
  const json::value* at = &v;
  for (std::string_view key : path) {
    if (!at->is_object()) return {};
    at = at->as_object().if_contains(key);
    if (at == nullptr) return {};
  }
  return at->is_string() ? std::string(at->as_string()) : std::string{};
}

std::int64_t int_at(const json::value& v, std::string_view object, std::string_view key) {
  const json::value* outer = v.is_object() ? v.as_object().if_contains(object) : nullptr;
  const json::value* inner = outer != nullptr && outer->is_object() ? outer->as_object().if_contains(key) : nullptr;
  return inner != nullptr && inner->is_int64() ? inner->as_int64() : 0;
}

// A ticket in an answer ({"ticket": {...}}) as the ledger keeps it.
std::optional<std::pair<std::int64_t, IssuedTicket>> ticket_of(const json::value& answer) {
  const std::int64_t id = int_at(answer, "ticket", "id");
  const auto issued = parse_iso8601(string_at(answer, {"ticket", "issued_at"}));
  const std::string number = string_at(answer, {"ticket", "number"});
  if (id <= 0 || !issued || number.empty()) return std::nullopt;
  return std::pair{id, IssuedTicket{format_date(local_date(*issued)), number}};
}

std::string hhmm(Instant t) { return format_hhmm(to_local(t).time_of_day); }

class SoakRun {
 public:
  explicit SoakRun(const SoakOptions& o)
      : o_(o),
        assets_(o.assets.empty() ? std::filesystem::path(KEZEK_ASSETS_DIR) : o.assets),
        catalog_(catalog::load_catalog(assets_ / "catalog" / "catalog.json")),
        calendar_(WorkingCalendar::load(assets_ / "calendar" / "kz-holidays.json")),
        model_(catalog_),
        data_({}, "kezek-soak-"),
        rng_(o.seed) {
    if (o.keep_data) data_.keep();
  }

  SoakResult run();

 private:
  // The server's lifetime.
  void start_server(Instant at);
  // Stops (or kills) the server and starts it again at `at`, or, without it,
  // at the moment it went down: the Centre's clock is the run's, and the
  // server was simply off while it restarted.
  void restart(std::optional<Instant> at, bool kill9);
  Instant centre_now() const { return clock_->now(); }
  void wait_for(Instant t) const;
  net::HttpClient client(const std::string& role) const { return net::HttpClient(server_->address(), token(role)); }
  std::string token(const std::string& role) const { return server_->token(role); }
  // The visitor model (bench/visitors' LiveCentre) walking in and serving.
  void start_visitors(std::uint64_t seed);
  void stop_visitors();
  // The days.
  void working_day(Date d, int index, DayResult& r);
  void closed_day(Date d, DayResult& r);
  void book_ahead(Date d, DayResult& r);
  void check_in(const std::string& code, DayResult& r);
  void cross_to(Date from, Date to, Instant morning, bool& lived_a_night);
  std::vector<std::string> morning_checks(Date d);
  std::vector<std::string> evening_checks(Date d, DayResult& r);
  std::vector<std::string> board_check();
  void fault_unless(bool holds, std::vector<std::string>& faults, const std::string& what) const {
    if (!holds) faults.push_back(what);
  }
  void log(const std::string& line) const {
    if (o_.log) o_.log(line);
  }

  const SoakOptions& o_;
  std::filesystem::path assets_;
  catalog::Catalog catalog_;
  WorkingCalendar calendar_;
  VisitorModel model_;
  testing::TempDir data_;
  std::unique_ptr<testing::ServerProcess> server_;
  std::unique_ptr<ScaledClock> clock_;
  std::unique_ptr<BoardWatcher> display_;
  SoakLedger ledger_;
  Rng rng_;
  std::set<Date> booked_days_;
  int applicants_ = 0;
  std::unique_ptr<StopSignal> visitors_stop_;
  std::unique_ptr<LiveCentre> visitors_;
  std::thread visitors_thread_;
  SoakResult result_;
};

void SoakRun::start_server(Instant at) {
  testing::ServerProcess::Options options;
  options.now = format_iso8601(at);
  options.binary = o_.server_binary;
  options.extra_args = {"--time-scale", std::to_string(o_.time_scale)};
  options.log = data_.path() / "server.log";
  if (!server_) {
    server_ = std::make_unique<testing::ServerProcess>(data_.path() / "data", options);
  } else {
    server_->set_now(options.now);
    server_->start();
  }
  // The run's own reading of the Centre's clock, from the server's: its
  // start-up time would otherwise put the two minutes apart at scale 3600.
  net::HttpClient kiosk(server_->address(), token("kiosk"));
  const auto now = parse_iso8601(string_at(kiosk.get("/api/v1/status").json(), {"status", "now"}));
  if (!now) throw std::runtime_error("soak: cannot read the server's clock");
  clock_ = std::make_unique<ScaledClock>(*now, o_.time_scale);
  if (!display_) display_ = std::make_unique<BoardWatcher>(token("display"));
  display_->follow(server_->address());
}

void SoakRun::restart(std::optional<Instant> at, bool kill9) {
  if (kill9) {
    server_->kill9();
    ++result_.kills;
  } else {
    server_->stop();
    ++result_.restarts;
  }
  start_server(at.value_or(centre_now()));
}

void SoakRun::wait_for(Instant t) const {
  // Waits on the Centre's clock: real sleeps of at most 50 ms until it shows t.
  for (Instant now = centre_now(); now < t; now = centre_now()) {
    const duration<double> real(static_cast<double>((t - now).count()) / o_.time_scale);
    std::this_thread::sleep_for(std::min(duration_cast<microseconds>(real) + 1ms, microseconds(50ms)));
  }
}

void SoakRun::start_visitors(std::uint64_t seed) {
  LiveOptions live;
  live.server = server_->address();
  live.admin_token = token("admin");
  live.kiosk_token = token("kiosk");
  for (int n = 1; n <= 99; ++n) {
    try {
      live.counter_tokens[n] = token("counter:" + std::to_string(n));
    } catch (const std::exception&) {
      break;  // the counters are numbered 1..N
    }
  }
  live.leave = {1};  // counter 1 is "a person's": the run pauses it at 17:50
  live.speed = o_.time_scale;
  live.time_scale = o_.time_scale;
  live.visitors_per_day = o_.visitors_per_day;
  live.bookings = 0;  // the run books days ahead itself
  live.seed = seed;
  live.on_acknowledged = [this](std::string_view what, const json::value& answer) {
    if (const auto t = ticket_of(answer)) {
      if (what == "issued") ledger_.add_ticket(t->first, t->second);
      if (what == "finished") ledger_.add_finished(t->first);
    }
  };
  visitors_stop_ = std::make_unique<StopSignal>();
  visitors_ = std::make_unique<LiveCentre>(catalog_, live);
  visitors_thread_ = std::thread([this] { visitors_->run(*visitors_stop_); });
}

void SoakRun::stop_visitors() {
  if (!visitors_) return;
  visitors_stop_->stop();
  visitors_thread_.join();
  visitors_.reset();
}

void SoakRun::book_ahead(Date d, DayResult& r) {
  // Today on the first day, then each working day up to two ahead: every
  // working day gets its bookings two days before it comes.
  std::vector<Date> targets;
  if (booked_days_.empty()) targets.push_back(d);
  Date next = d;
  for (int i = 0; i < 2; ++i) targets.push_back(next = calendar_.next_working_day(next));
  net::HttpClient kiosk = client("kiosk");
  net::HttpClient admin = client("admin");
  for (const Date target : targets) {
    if (!booked_days_.insert(target).second) continue;
    for (int i = 0; i < o_.bookings_per_day; ++i) {
      const std::string& service = model_.draw_service(rng_, true);
      const json::value v = kiosk.get("/api/v1/slots?service=" + service + "&date=" + format_date(target)).json();
      std::vector<std::string> free;
      if (const auto* slots = v.is_object() ? v.as_object().if_contains("slots") : nullptr; slots && slots->is_array())
        for (const auto& s : slots->as_array())
          if (const auto* f = s.as_object().if_contains("free");
              f && ((f->is_bool() && f->as_bool()) || (f->is_int64() && f->as_int64() > 0)))
            free.push_back(string_at(s, {"start"}));
      if (free.empty()) continue;
      const std::string start = free[rng_.bits() % free.size()];
      const net::HttpResult booked =
          admin.post("/api/v1/appointments", "{\"service\":\"" + service + "\",\"start\":\"" + start +
                                                 "\",\"applicant\":\"SOAK-" + std::to_string(++applicants_) + "\"}");
      const std::string code = string_at(booked.json(), {"appointment", "code"});
      if (booked.status == 201 && !code.empty()) {
        ledger_.add_booking(code, Booking{format_date(target), start, false});
        ++r.booked;
      } else if (booked.status >= 500 || booked.status == 0) {
        r.faults.push_back("booking " + start + " failed: " + booked.error_message());
      }
    }
  }
}

void SoakRun::check_in(const std::string& code, DayResult& r) {
  const net::HttpResult answer =
      client("kiosk").post("/api/v1/appointments/" + code + "/check-in", "{\"lang\":\"ru\"}");
  if (answer.status == 201) {
    if (const auto t = ticket_of(answer.json())) {
      ledger_.add_check_in(code, t->first, t->second);
      ++r.checked_in;
    }
  } else if (answer.status >= 500 || answer.status == 0) {
    r.faults.push_back("check-in of " + code + " failed: " + answer.error_message());
  }
}

void SoakRun::working_day(Date d, int index, DayResult& r) {
  struct Step {
    Instant at;
    std::function<void()> run;
  };
  // Bookings first: on the first day, today's are among them.
  book_ahead(d, r);
  std::vector<Step> steps;
  const auto at = [d](minutes m) { return from_local(d, m); };
  // Today's booked visitors, but some never come.
  for (const auto& [code, booking] : ledger_.snapshot().bookings) {
    if (booking.day != format_date(d) || rng_.chance(o_.booking_no_show)) continue;
    const auto start = parse_iso8601(booking.start);
    if (!start) continue;
    const Instant when = *start - seconds(static_cast<int>(rng_.uniform(0, 20 * 60)));
    steps.push_back({std::max(when, centre_now()), [this, code = code, &r] { check_in(code, r); }});
  }
  if (index % 5 == 0) {
    steps.push_back({at(10h), [this, &r] {
                       display_->set_offline(true);
                       r.episodes += "display offline 10:00-14:00; ";
                     }});
    steps.push_back({at(14h), [this] { display_->set_offline(false); }});
  }
  if (index % 10 == 1) {
    steps.push_back({at(12h), [this, &r, index] {
                       stop_visitors();
                       restart(std::nullopt, false);
                       start_visitors(o_.seed + static_cast<std::uint64_t>(index) * 7 + 1);
                       r.episodes += "clean restart at 12:00; ";
                     }});
  }
  if (index % 10 == 2) {
    // While the visitors are at it: whatever they were told is done must
    // survive (the evening's checks look for every acknowledged change).
    steps.push_back({at(11h), [this, &r, index] {
                       const Instant when = centre_now();
                       restart(std::nullopt, true);
                       stop_visitors();
                       start_visitors(o_.seed + static_cast<std::uint64_t>(index) * 7 + 2);
                       r.episodes += "kill -9 at " + hhmm(when) + "; ";
                     }});
  }
  // A pause left on at closing: the next day must start with it off.
  steps.push_back({at(17h + 50min), [this, &r] {
                     const net::HttpResult p = client("counter:1").post("/api/v1/counters/1/pause");
                     fault_unless(p.status == 200, r.faults, "pausing counter 1 at 17:50: " + p.error_message());
                   }});
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });

  start_visitors(o_.seed + static_cast<std::uint64_t>(index) * 7);
  for (Step& step : steps) {
    wait_for(step.at);
    step.run();
  }
  wait_for(at(18h + 30min));
  stop_visitors();
}

void SoakRun::closed_day(Date d, DayResult& r) {
  wait_for(from_local(d, 10h));
  const std::string& service = model_.draw_service(rng_, false);
  const net::HttpResult t = client("kiosk").post(
      "/api/v1/tickets", "{\"service\":\"" + service + "\",\"tier\":\"standard\",\"lang\":\"kk\"}");
  fault_unless(t.status == 409 && string_at(t.json(), {"error", "code"}) == "closed", r.faults,
               "a ticket on a closed day was answered " + std::to_string(t.status) + " " + t.error_message());
  wait_for(from_local(d, 10h + 30min));
}

void SoakRun::cross_to(Date from, Date to, Instant morning, bool& lived_a_night) {
  const bool both_working = calendar_.is_working_day(from) && calendar_.is_working_day(to);
  if (!o_.fast_nights || (!lived_a_night && both_working)) {
    lived_a_night = lived_a_night || both_working;
    wait_for(morning);  // the night passes on the server's own clock
  } else {
    restart(morning, false);  // switched off for the night, on the next morning
  }
}

std::vector<std::string> SoakRun::morning_checks(Date d) {
  std::vector<std::string> faults;
  // The day boundary ran: today's board, and no pause carried over from last night.
  const json::value board = client("display").get("/api/v1/board").json();
  fault_unless(string_at(board, {"status", "day", "date"}) == format_date(d), faults,
               "the board's day is not " + format_date(d));
  if (const auto* counters = board.is_object() ? board.as_object().if_contains("counters") : nullptr;
      counters && counters->is_array()) {
    for (const auto& c : counters->as_array())
      if (const auto* p = c.as_object().if_contains("paused"); p && p->is_bool() && p->as_bool())
        faults.push_back("a counter is still paused on the morning of " + format_date(d));
  } else {
    faults.push_back("no counters on the board on the morning of " + format_date(d));
  }
  return faults;
}

std::vector<std::string> SoakRun::board_check() {
  // The display follows the server within a moment; compare when both are at
  // the same sequence number (the Centre is closed by now, so it settles).
  net::HttpClient display = client("display");
  std::vector<std::string> faults{"the display never caught up with the server's board"};
  testing::wait_until(
      [&] {
        const net::HttpResult answer = display.get("/api/v1/board");
        const auto mine = display_->board();
        if (answer.status != 200 || !mine) return false;
        const protocol::Board server = protocol::parse_board(answer.json().as_object());
        if (mine->seq != server.seq) return false;
        faults = compare_boards(*mine, server);
        return true;
      },
      10s, 20ms);
  return faults;
}

std::vector<std::string> SoakRun::evening_checks(Date d, DayResult& r) {
  std::vector<std::string> faults = board_check();
  const LedgerContents ledger = ledger_.snapshot();
  fault_unless(ledger.contradictions == 0, faults,
               std::to_string(ledger.contradictions) + " acknowledgements contradict earlier ones");
  for (const auto& f : check_database(data_.path() / "data" / "kezek.db", ledger, d)) faults.push_back(f);
  // The same through the API: today's tickets as acknowledged.
  net::HttpClient kiosk = client("kiosk");
  int asked = 0;
  for (auto it = ledger.tickets.rbegin(); it != ledger.tickets.rend() && asked < 5; ++it) {
    if (it->second.day != format_date(d)) continue;
    ++asked;
    const net::HttpResult t = kiosk.get("/api/v1/tickets/" + std::to_string(it->first));
    fault_unless(t.status == 200 && string_at(t.json(), {"ticket", "number"}) == it->second.number, faults,
                 "GET /api/v1/tickets/" + std::to_string(it->first) + " does not show " + it->second.number);
  }
  for (const auto& [id, ticket] : ledger.tickets)
    if (ticket.day == format_date(d)) ++r.issued;
  for (std::int64_t id : ledger.finished)
    if (const auto it = ledger.tickets.find(id); it != ledger.tickets.end() && it->second.day == format_date(d))
      ++r.finished;
  r.rss_kb = resident_kb(server_->pid());
  r.db_bytes = database_bytes(data_.path() / "data" / "kezek.db");
  result_.max_rss_kb = std::max(result_.max_rss_kb, r.rss_kb);
  result_.max_db_bytes = std::max(result_.max_db_bytes, r.db_bytes);
  fault_unless(r.rss_kb > 0 && r.rss_kb <= o_.max_rss_kb, faults,
               "the server's resident memory is " + std::to_string(r.rss_kb) + " kB, over " +
                   std::to_string(o_.max_rss_kb) + " kB");
  fault_unless(r.db_bytes <= o_.max_db_bytes, faults,
               "the database is " + std::to_string(r.db_bytes) + " bytes, over " + std::to_string(o_.max_db_bytes));
  return faults;
}

SoakResult SoakRun::run() {
  const auto began = steady_clock::now();
  const auto morning_of = [this](Date d) { return from_local(d, calendar_.is_working_day(d) ? 8h + 30min : 10h); };
  start_server(morning_of(o_.start));
  bool lived_a_night = false;
  int working_index = 0;
  Date d = o_.start;
  for (int i = 0; i < o_.days; ++i, d = Date{sys_days{d} + days{1}}) {
    DayResult r;
    r.date = format_date(d);
    r.working_day = calendar_.is_working_day(d);
    if (i > 0) cross_to(Date{sys_days{d} - days{1}}, d, morning_of(d), lived_a_night);
    r.faults = morning_checks(d);
    if (r.working_day)
      working_day(d, working_index++, r);
    else
      closed_day(d, r);
    for (auto& f : evening_checks(d, r)) r.faults.push_back(std::move(f));
    log(describe(r));
    result_.days.push_back(std::move(r));
  }
  // The morning after: switched off overnight, the last day is closed at start-up.
  const Date after{sys_days{d}};
  restart(from_local(after, 8h), false);
  result_.final_faults = morning_checks(after);
  for (auto& f : check_database(data_.path() / "data" / "kezek.db", ledger_.snapshot(), after))
    result_.final_faults.push_back(std::move(f));
  result_.display = display_->counts();
  display_.reset();
  server_->stop();
  result_.wall_seconds = duration<double>(steady_clock::now() - began).count();
  return result_;
}

}  // namespace

int SoakResult::fault_count() const {
  int n = static_cast<int>(final_faults.size());
  for (const DayResult& d : days) n += static_cast<int>(d.faults.size());
  return n;
}

std::string describe(const DayResult& day) {
  std::string out = day.date + (day.working_day ? " working" : " closed ") + ": issued " + std::to_string(day.issued) +
                    ", finished " + std::to_string(day.finished) + ", booked " + std::to_string(day.booked) +
                    ", checked in " + std::to_string(day.checked_in) + ", server RSS " +
                    std::to_string(day.rss_kb / 1024) + " MB, database " + std::to_string(day.db_bytes / 1024) + " kB";
  if (!day.episodes.empty()) out += "; " + day.episodes;
  for (const auto& f : day.faults) out += "\n  FAULT: " + f;
  return out;
}

SoakResult run_soak(const SoakOptions& options) { return SoakRun(options).run(); }

}  // namespace kezek::bench::soak
