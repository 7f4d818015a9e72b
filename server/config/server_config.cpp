#include "server/config/server_config.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace kezek::server {
namespace {

namespace json = boost::json;

// The default counters by group: two for work and investor visas, residence,
// business visas, cancellations with the long business visas, two for the quick
// "other services" (IIN, EDS, arrival notification, tax certificate,
// fingerprinting) and one personal manager for everything.
struct DefaultCounter {
  int number;
  std::vector<std::string_view> groups;
  bool manager;
};

std::vector<DefaultCounter> make_default_counters() {
  return {
      {1, {"work_visa", "investor_visa"}, false},
      {2, {"work_visa", "investor_visa", "temporary_residence"}, false},
      {3, {"temporary_residence", "permanent_residence"}, false},
      {4, {"business_visa_short", "business_visa_long"}, false},
      {5, {"business_visa_long", "visa_cancellation", "work_visa"}, false},
      {6, {"other_services"}, false},
      {7, {"other_services", "visa_cancellation"}, false},
      {8, {}, true},  // every service
  };
}

std::set<std::string> services_of_group(const catalog::Catalog& catalog, std::string_view group) {
  std::set<std::string> ids;
  for (const auto& service : catalog.services()) {
    if (catalog.group_of(service).id == group) ids.insert(service.id);
  }
  return ids;
}

std::set<std::string> all_services(const catalog::Catalog& catalog) {
  std::set<std::string> ids;
  for (const auto& service : catalog.services()) ids.insert(service.id);
  return ids;
}

[[noreturn]] void fail(std::string_view file, std::string_view entry, std::string_view problem) {
  std::ostringstream out;
  out << file << ": " << entry << ": " << problem;
  throw std::runtime_error(out.str());
}

// "limits.body_limit" for a key inside an object, "max_tickets_per_day" at the top.
std::string entry_name(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

// A misspelt key would otherwise be ignored and its default used without a word,
// at any depth: every object's keys are checked against what it may hold.
void refuse_unknown_keys(const json::object& o, std::initializer_list<std::string_view> known, std::string_view file,
                         std::string_view path) {
  for (const auto& kv : o) {
    bool found = false;
    for (auto k : known) found = found || kv.key() == k;
    if (!found) fail(file, entry_name(path, kv.key()), "unknown setting");
  }
}

// A whole number from `min` to `max`, or `fallback` when the key is absent. The
// range is checked on the 64-bit value read, before any narrowing, so -1 or 2^40
// is refused rather than wrapped into something that looks valid.
int get_int(const json::object& o, std::string_view key, int fallback, std::string_view file, std::string_view path,
            int min, int max) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return fallback;
  const std::string entry = entry_name(path, key);
  const std::string range = "from " + std::to_string(min) + " to " + std::to_string(max);
  if (v->is_uint64()) fail(file, entry, "must be " + range);  // above int64's range
  if (!v->is_int64()) fail(file, entry, "expected a whole number " + range);
  const std::int64_t n = v->as_int64();
  if (n < min || n > max) fail(file, entry, "must be " + range);
  return static_cast<int>(n);
}

std::chrono::minutes get_minutes(const json::object& o, std::string_view key, std::chrono::minutes fallback,
                                 std::string_view file, std::string_view path, int min, int max) {
  return std::chrono::minutes(get_int(o, key, static_cast<int>(fallback.count()), file, path, min, max));
}

std::chrono::seconds get_seconds(const json::object& o, std::string_view key, std::chrono::seconds fallback,
                                 std::string_view file, std::string_view path, int min, int max) {
  return std::chrono::seconds(get_int(o, key, static_cast<int>(fallback.count()), file, path, min, max));
}

// Bounds for the settings: wide enough for any Centre, narrow enough that a typo
// (an extra zero, a minus sign) is caught before it runs. A working day is 540 min.
constexpr int kDayMinutes = 540;
constexpr int kTenYearsDays = 3650;
constexpr int kHourSeconds = 3600;

Date get_date(const json::value& v, std::string_view file, std::string_view entry) {
  if (!v.is_string()) fail(file, entry, "expected a date \"YYYY-MM-DD\"");
  const auto d = parse_date(v.as_string());
  if (!d) fail(file, entry, "not a date: \"" + std::string(v.as_string()) + "\"");
  return *d;
}

}  // namespace

ServerConfig default_config(const catalog::Catalog& catalog) {
  ServerConfig config;
  for (const auto& c : make_default_counters()) {
    domain::CounterConfig counter;
    counter.number = c.number;
    counter.manager = c.manager;
    if (c.groups.empty()) {
      counter.services = all_services(catalog);
    } else {
      for (auto group : c.groups) counter.services.merge(services_of_group(catalog, group));
    }
    config.counters.push_back(std::move(counter));
  }
  return config;
}

ServerConfig parse_config(std::string_view text, std::string_view file, const catalog::Catalog& catalog) {
  json::error_code ec;
  const json::value root = json::parse(text, ec);
  if (ec) fail(file, "(file)", "malformed JSON: " + ec.message());
  if (!root.is_object()) fail(file, "(file)", "expected a JSON object");
  const json::object& o = root.as_object();
  refuse_unknown_keys(o,
                      {"counters", "walk_in_share", "scheduling", "check_in", "extra_days_off", "extra_working_days",
                       "mrp_kzt", "max_tickets_per_day", "limits", "hours", "personal_data_days", "event_days",
                       "record_days", "provisional_booking_days"},
                      file, "");
  ServerConfig config = default_config(catalog);

  if (const json::value* counters = o.if_contains("counters")) {
    if (!counters->is_array() || counters->as_array().empty()) fail(file, "counters", "expected a non-empty array");
    config.counters.clear();
    std::set<int> numbers;
    const auto& list = counters->as_array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string entry = "counters[" + std::to_string(i) + "]";
      if (!list[i].is_object()) fail(file, entry, "expected an object");
      const auto& c = list[i].as_object();
      refuse_unknown_keys(c, {"number", "services", "manager"}, file, entry);
      if (!c.contains("number")) fail(file, entry + ".number", "missing: a counter number from 1 to 99");
      domain::CounterConfig counter;
      counter.number = get_int(c, "number", 0, file, entry, 1, 99);
      if (!numbers.insert(counter.number).second) fail(file, entry, "counter number used twice");
      if (const json::value* m = c.if_contains("manager")) {
        if (!m->is_bool()) fail(file, entry + ".manager", "expected true or false");
        counter.manager = m->as_bool();
      }
      const json::value* services = c.if_contains("services");
      if (services == nullptr || !services->is_array())
        fail(file, entry + ".services", "expected an array of service or \"group:ID\" names");
      for (const auto& s : services->as_array()) {
        if (!s.is_string()) fail(file, entry + ".services", "expected strings");
        const std::string_view name = s.as_string();
        if (name == "*") {
          counter.services.merge(all_services(catalog));
        } else if (name.starts_with("group:")) {
          auto ids = services_of_group(catalog, name.substr(6));
          if (ids.empty()) fail(file, entry + ".services", "unknown group \"" + std::string(name.substr(6)) + "\"");
          counter.services.merge(ids);
        } else if (catalog.find_service(name) == nullptr) {
          fail(file, entry + ".services", "unknown service \"" + std::string(name) + "\"");
        } else {
          counter.services.insert(std::string(name));
        }
      }
      if (counter.services.empty()) fail(file, entry + ".services", "a counter must serve something");
      config.counters.push_back(std::move(counter));
    }
  }
  if (const json::value* h = o.if_contains("hours")) {
    if (!h->is_object()) fail(file, "hours", "expected {\"open\", \"close\", \"lunch_start\", \"lunch_end\"}");
    refuse_unknown_keys(h->as_object(), {"open", "close", "lunch_start", "lunch_end"}, file, "hours");
    OpeningHours hours;
    for (auto [key, target] :
         {std::pair{"open", &hours.open}, std::pair{"close", &hours.close},
          std::pair{"lunch_start", &hours.lunch_start}, std::pair{"lunch_end", &hours.lunch_end}}) {
      const json::value* v = h->as_object().if_contains(key);
      if (v == nullptr) continue;
      const auto parsed = v->is_string() ? parse_hhmm(v->as_string()) : std::nullopt;
      if (!parsed) fail(file, std::string("hours.") + key, "expected a time like \"09:00\"");
      *target = *parsed;
    }
    if (!hours_in_order(hours)) fail(file, "hours", "times out of order: open < lunch_start <= lunch_end < close");
    config.hours = hours;
  }
  if (const json::value* share = o.if_contains("walk_in_share")) {
    if (!share->is_number()) fail(file, "walk_in_share", "expected a number from 0 to 1");
    const double v = share->to_number<double>();
    if (v < 0.0 || v > 1.0) fail(file, "walk_in_share", "expected a number from 0 to 1");
    config.slots.walk_in_share = v;
  }
  if (const json::value* s = o.if_contains("scheduling")) {
    if (!s->is_object()) fail(file, "scheduling", "expected an object");
    const auto& so = s->as_object();
    refuse_unknown_keys(so, {"priority_head_start_min", "max_recalls", "no_show_after_min", "appointment_lead_min"},
                        file, "scheduling");
    auto& policy = config.scheduling;
    policy.priority_head_start =
        get_minutes(so, "priority_head_start_min", policy.priority_head_start, file, "scheduling", 0, kDayMinutes);
    policy.max_recalls = get_int(so, "max_recalls", policy.max_recalls, file, "scheduling", 0, 10);
    policy.no_show_after = get_minutes(so, "no_show_after_min", policy.no_show_after, file, "scheduling", 1, 120);
    policy.appointment_lead =
        get_minutes(so, "appointment_lead_min", policy.appointment_lead, file, "scheduling", 0, 120);
  }
  if (const json::value* s = o.if_contains("check_in")) {
    if (!s->is_object()) fail(file, "check_in", "expected an object");
    const auto& so = s->as_object();
    refuse_unknown_keys(so, {"before_min", "after_min"}, file, "check_in");
    config.check_in.before = get_minutes(so, "before_min", config.check_in.before, file, "check_in", 0, kDayMinutes);
    config.check_in.after = get_minutes(so, "after_min", config.check_in.after, file, "check_in", 0, kDayMinutes);
  }
  for (auto [key, target] : {std::pair{"extra_days_off", &config.extra_days_off},
                             std::pair{"extra_working_days", &config.extra_working_days}}) {
    if (const json::value* list = o.if_contains(key)) {
      if (!list->is_array()) fail(file, key, "expected an array of dates");
      for (std::size_t i = 0; i < list->as_array().size(); ++i)
        target->push_back(get_date(list->as_array()[i], file, std::string(key) + "[" + std::to_string(i) + "]"));
    }
  }
  if (const json::value* mrp = o.if_contains("mrp_kzt")) {
    if (!mrp->is_object()) fail(file, "mrp_kzt", "expected {\"YEAR\": KZT}");
    for (const auto& kv : mrp->as_object()) {
      // The whole key must be the year: "2027x" or "27" is a typo, not 2027.
      const std::string_view key = kv.key();
      int year = 0;
      const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), year);
      if (error != std::errc{} || end != key.data() + key.size() || year < 2000 || year > 2200)
        fail(file, "mrp_kzt." + std::string(key), "not a year from 2000 to 2200");
      if (!kv.value().is_int64() || kv.value().as_int64() <= 0)
        fail(file, "mrp_kzt." + std::string(kv.key()), "expected a positive whole number of tenge");
      config.mrp_kzt[year] = kv.value().as_int64();
    }
  }
  // Far above any Centre's day (the load generator issues millions); the bound
  // only keeps a typo from wrapping around an int.
  config.max_tickets_per_day = get_int(o, "max_tickets_per_day", config.max_tickets_per_day, file, "", 1, 100'000'000);
  config.personal_data_days = get_int(o, "personal_data_days", config.personal_data_days, file, "", 1, kTenYearsDays);
  config.event_days = get_int(o, "event_days", config.event_days, file, "", 1, kTenYearsDays);
  config.record_days = get_int(o, "record_days", config.record_days, file, "", 1, 10 * kTenYearsDays);
  // A booking's record must outlive its applicant reference's purge, which needs it.
  if (config.record_days < config.personal_data_days)
    fail(file, "record_days",
         "must be at least personal_data_days (" + std::to_string(config.personal_data_days) + ")");
  config.provisional_booking_days =
      get_int(o, "provisional_booking_days", config.provisional_booking_days, file, "", 0, kTenYearsDays);
  if (const json::value* l = o.if_contains("limits")) {
    if (!l->is_object()) fail(file, "limits", "expected an object");
    const auto& lo = l->as_object();
    refuse_unknown_keys(
        lo,
        {"body_limit", "max_connections", "header_timeout_s", "body_timeout_s", "kiosk_requests_per_second",
         "kiosk_burst", "anonymous_per_address", "anonymous_idle_timeout_s"},
        file, "limits");
    auto& limits = config.limits;
    // A body under 1 KiB cannot hold a booking; over 64 MiB is memory for nothing.
    limits.body_limit = static_cast<std::size_t>(
        get_int(lo, "body_limit", static_cast<int>(limits.body_limit), file, "limits", 1024, 64 * 1024 * 1024));
    limits.max_connections = static_cast<std::size_t>(
        get_int(lo, "max_connections", static_cast<int>(limits.max_connections), file, "limits", 8, 1'000'000));
    limits.header_timeout = get_seconds(lo, "header_timeout_s", limits.header_timeout, file, "limits", 1, kHourSeconds);
    limits.body_timeout = get_seconds(lo, "body_timeout_s", limits.body_timeout, file, "limits", 1, kHourSeconds);
    config.kiosk_requests_per_second =
        get_int(lo, "kiosk_requests_per_second", static_cast<int>(config.kiosk_requests_per_second), file, "limits", 0,
                1'000'000);
    config.kiosk_burst = get_int(lo, "kiosk_burst", static_cast<int>(config.kiosk_burst), file, "limits", 1, 1'000'000);
    limits.anonymous_per_address = static_cast<std::size_t>(get_int(
        lo, "anonymous_per_address", static_cast<int>(limits.anonymous_per_address), file, "limits", 1, 1'000'000));
    limits.anonymous_idle_timeout =
        get_seconds(lo, "anonymous_idle_timeout_s", limits.anonymous_idle_timeout, file, "limits", 1, kHourSeconds);
  }
  return config;
}

ServerConfig load_config(const std::filesystem::path& file, const catalog::Catalog& catalog) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(file.string() + ": cannot read the configuration file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), file.filename().string(), catalog);
}

}  // namespace kezek::server
