// Fuzzes the HTTP API as the server runs it: ApiHandler::handle_now on a real
// Engine (the real catalog, calendar and default Centre, SQLite in memory), with
// the real tokens of every role at hand so the fuzzer gets past 401/403 into
// the engine. One input is a short day: a start time, then up to 24 requests,
// each after an optional pause on a manual clock, so sequences like "issue a
// ticket, call it, start, finish" and no-shows or lunch are reachable.
//
// Input (each field a FuzzedDataProvider string: it ends at a backslash followed
// by any other character, so seed files end each field's line with a backslash;
// `\\` is a backslash):
//   START                  the clock, e.g. 2026-11-24T10:00:00+05:00 (other → that)
//   then per request:
//     WHO METHOD [+SECONDS]  WHO: [SCHEME=]admin|kiosk|display|counter:N sends that
//                            role's real token; none sends no Authorization;
//                            other text is sent verbatim ('_' for a space)
//     TARGET                 e.g. /api/v1/counters/3/call-next
//     BODY
//   In TARGET and BODY, $code and $token stand for the last booking code and
//   ticket status token answered (they are random, so not guessable).
// KEZEK_FUZZ_VERBOSE=1 (or =all, for whole answers) in the environment prints
// every request, answer and event.
// Invariants (abort on violation):
//   - nothing escapes handle_now;
//   - the status is 100..599 and never 5xx (a 500 is a bug: the engine turns a
//     command's exception into one);
//   - every 4xx is {"error": {"code": text, "message": text}} as application/json,
//     except the ticket status page (/t/TOKEN), a text/html 404 for people;
//   - every JSON answer is valid JSON; a 204 has no body.
#include <fuzzer/FuzzedDataProvider.h>
#include <stdlib.h>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "server/api/api_handler.hpp"
#include "server/api/catalog_document.hpp"
#include "server/api/request_parts.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/mrp_table.hpp"

namespace {

using namespace kezek;
namespace beast_http = boost::beast::http;

constexpr int kCounters = 8;
constexpr int kMaxRequests = 24;
constexpr auto kDefaultStart = "2026-11-24T10:00:00+05:00";  // a Tuesday, open

[[noreturn]] void violated(const std::string& what, const http::Request& request, const http::Response& response) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n  request: %s %s\n  body: %s\n  response: %u %s\n", what.c_str(),
               std::string(request.method_string()).c_str(), std::string(request.target()).c_str(),
               request.body().c_str(), response.result_int(), response.body().c_str());
  std::abort();
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// What every input shares: read once. The credentials file lives in a private
// temporary folder, removed at exit.
struct World {
  catalog::Catalog catalog =
      catalog::load_catalog(std::filesystem::path(KEZEK_ASSETS_DIR) / "catalog" / "catalog.json");
  WorkingCalendar calendar =
      WorkingCalendar::load(std::filesystem::path(KEZEK_ASSETS_DIR) / "calendar" / "kz-holidays.json");
  server::ServerConfig config = server::default_config(catalog);
  std::filesystem::path dir = make_dir();
  http::Credentials credentials = http::Credentials::load_or_create(dir / "credentials.json", counter_numbers());
  server::api::CatalogDocuments catalog_documents{
      read_file(std::filesystem::path(KEZEK_ASSETS_DIR) / "catalog" / "catalog.json"), catalog,
      catalog::load_mrp_table(std::filesystem::path(KEZEK_ASSETS_DIR) / "catalog" / "mrp.json")};

  ~World() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }

  static std::filesystem::path make_dir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kezek-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    return pattern;
  }
  static std::vector<int> counter_numbers() {
    std::vector<int> numbers;
    for (int n = 1; n <= kCounters; ++n) numbers.push_back(n);
    return numbers;
  }
};

World& world() {
  static World w;
  return w;
}

// The Authorization value for WHO: [SCHEME=]ROLE → "SCHEME TOKEN" (SCHEME
// defaults to Bearer), "none" → no header, anything else verbatim with '_' for
// a space.
std::optional<std::string> authorization(const World& w, std::string_view who) {
  if (who == "none") return std::nullopt;
  std::string scheme = "Bearer";
  std::string_view role = who;
  if (const auto equals = who.find('='); equals != std::string_view::npos) {
    scheme = who.substr(0, equals);
    role = who.substr(equals + 1);
  }
  std::optional<std::string> token;
  if (role == "admin")
    token = w.credentials.token_for(http::Role::admin);
  else if (role == "kiosk")
    token = w.credentials.token_for(http::Role::kiosk);
  else if (role == "display")
    token = w.credentials.token_for(http::Role::display);
  else if (role.starts_with("counter:")) {
    const std::string digits(role.substr(8));
    const int n = std::atoi(digits.c_str());
    if (n >= 1 && n <= kCounters) token = w.credentials.token_for(http::Role::counter, n);
  }
  if (token) return scheme + " " + *token;
  std::string verbatim(who);
  std::replace(verbatim.begin(), verbatim.end(), '_', ' ');
  return verbatim;
}

// A clock that stays in years the calendar has data for: the server's clock is
// the real time, not input.
Instant start_of(const World& w, const std::string& text) {
  const auto parsed = parse_iso8601(text);
  if (parsed && w.calendar.covers(local_date(*parsed).year())) return *parsed;
  return *parse_iso8601(kDefaultStart);
}

void check(const http::Request& request, const http::Response& response) {
  const unsigned status = response.result_int();
  if (status < 100 || status > 599) violated("status out of 100..599", request, response);
  if (status >= 500) violated("a 5xx answer", request, response);
  const std::string content_type(response[beast_http::field::content_type]);
  if (status == 204) {
    if (!response.body().empty()) violated("a 204 with a body", request, response);
    return;
  }
  const bool is_json = content_type == "application/json";
  boost::json::value body;
  if (is_json) {
    boost::system::error_code ec;
    body = boost::json::parse(response.body(), ec);
    if (ec) violated("an application/json answer that is not JSON", request, response);
  }
  if (status < 400) return;
  if (!is_json) {
    const auto target = server::api::parse_target(request.target());
    const bool status_page = status == 404 && content_type.starts_with("text/html") && target &&
                             target->segments.size() == 2 && target->segments[0] == "t";
    if (!status_page) violated("a 4xx answer that is not JSON", request, response);
    return;
  }
  const auto* object = body.if_object();
  const auto* error = object ? object->if_contains("error") : nullptr;
  const auto* detail = error ? error->if_object() : nullptr;
  const auto* code = detail ? detail->if_contains("code") : nullptr;
  const auto* message = detail ? detail->if_contains("message") : nullptr;
  if (!code || !code->is_string() || code->get_string().empty() || !message || !message->is_string() ||
      message->get_string().empty())
    violated("a 4xx answer without {\"error\": {\"code\", \"message\"}}", request, response);
}

// Booking codes and status tokens are random: the fuzzer cannot guess them, so
// a target or body may say $code and $token for the last ones answered.
struct Names {
  std::string code = "K7M4QX", token = "0123456789abcdef";
};

std::string with_names(std::string text, const Names& names) {
  for (const auto& [name, value] : {std::pair<std::string_view, const std::string&>{"$code", names.code},
                                    std::pair<std::string_view, const std::string&>{"$token", names.token}}) {
    for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size()))
      text.replace(at, name.size(), value);
  }
  return text;
}

void remember_names(const http::Response& response, Names& names) {
  boost::system::error_code ec;
  const boost::json::value body = boost::json::parse(response.body(), ec);
  if (ec || !body.is_object()) return;
  for (const auto* key : {"appointment", "ticket"}) {
    const auto* entry = body.get_object().if_contains(key);
    if (entry == nullptr || !entry->is_object()) continue;
    if (const auto* code = entry->get_object().if_contains("code"); code && code->is_string())
      names.code = code->get_string();
    if (const auto* token = entry->get_object().if_contains("status_token"); token && token->is_string())
      names.token = token->get_string();
  }
}

// KEZEK_FUZZ_VERBOSE=1 prints each request and the start of its answer (=all:
// the whole answer): to see what a seed or a crash input does.
bool verbose() {
  static const bool on = std::getenv("KEZEK_FUZZ_VERBOSE") != nullptr;
  return on;
}

bool verbose_all() {
  static const bool on = verbose() && std::string_view(std::getenv("KEZEK_FUZZ_VERBOSE")) == "all";
  return on;
}

std::string clock_text(const Clock& clock) { return format_iso8601(clock.now()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  World& w = world();
  FuzzedDataProvider input(data, size);
  ManualClock clock(start_of(w, input.ConsumeRandomLengthString(40)));
  server::Engine engine(w.catalog, w.calendar, w.config, clock, ":memory:");
  if (verbose()) engine.set_publisher([](http::EventFrame e) { std::fprintf(stderr, "event %s\n", e.json->c_str()); });
  // Rate limit off: it reads the steady clock, which would make runs differ.
  server::api::ApiHandler handler(engine, w.credentials, w.catalog_documents, 0, 1);

  Names names;
  for (int i = 0; i < kMaxRequests && input.remaining_bytes() > 0; ++i) {
    std::istringstream header(input.ConsumeRandomLengthString(200));
    std::string who, method, pause;
    header >> who >> method >> pause;
    if (pause.size() > 1 && pause[0] == '+') {
      // Up to a week at a time, within the calendar's years.
      const long seconds = std::min(std::strtol(pause.c_str() + 1, nullptr, 10), 7L * 24 * 3600);
      const Instant later = clock.now() + std::chrono::seconds(std::max(seconds, 0L));
      if (w.calendar.covers(local_date(later).year())) clock.set(later);
    }

    http::Request request;
    request.version(11);
    const auto verb = beast_http::string_to_verb(method);
    if (verb == beast_http::verb::unknown)
      request.method_string(method.empty() ? "GET" : method);
    else
      request.method(verb);
    request.target(with_names(input.ConsumeRandomLengthString(512), names));
    if (auto value = authorization(w, who)) request.set(beast_http::field::authorization, *value);
    request.body() = with_names(input.ConsumeRandomLengthString(4096), names);
    request.prepare_payload();

    http::Response response;
    try {
      response = handler.handle_now(request);
    } catch (const std::exception& e) {
      violated(std::string("an exception escaped handle_now: ") + e.what(), request, response);
    } catch (...) {
      violated("a non-standard exception escaped handle_now", request, response);
    }
    if (verbose()) {
      std::fprintf(stderr, "%s %s %s -> %u %.*s\n", clock_text(clock).c_str(),
                   std::string(request.method_string()).c_str(), std::string(request.target()).c_str(),
                   response.result_int(), verbose_all() ? static_cast<int>(response.body().size()) : 200,
                   response.body().c_str());
    }
    check(request, response);
    remember_names(response, names);
  }
  return 0;
}
