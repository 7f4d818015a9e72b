#include "server/config/server_config.hpp"

#include <boost/json.hpp>

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

int get_int(const json::object& o, std::string_view key, int fallback, std::string_view file, std::string_view entry) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return fallback;
  if (!v->is_int64()) fail(file, std::string(entry) + "." + std::string(key), "expected a whole number");
  return static_cast<int>(v->as_int64());
}

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
  static constexpr std::string_view kKnown[] = {
      "counters",    "walk_in_share",           "scheduling", "check_in", "extra_days_off",     "extra_working_days",
      "mrp_kzt",     "max_tickets_per_day",     "limits",     "hours",    "personal_data_days", "event_days",
      "record_days", "provisional_booking_days"};
  for (const auto& kv : o) {
    bool known = false;
    for (auto k : kKnown) known = known || kv.key() == k;
    if (!known) fail(file, kv.key(), "unknown setting");
  }
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
      domain::CounterConfig counter;
      counter.number = get_int(c, "number", 0, file, entry);
      if (counter.number < 1 || counter.number > 99) fail(file, entry, "number must be 1–99");
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
    config.scheduling.priority_head_start = std::chrono::minutes(
        get_int(so, "priority_head_start_min", static_cast<int>(config.scheduling.priority_head_start.count()), file,
                "scheduling"));
    config.scheduling.max_recalls = get_int(so, "max_recalls", config.scheduling.max_recalls, file, "scheduling");
    config.scheduling.no_show_after = std::chrono::minutes(get_int(
        so, "no_show_after_min", static_cast<int>(config.scheduling.no_show_after.count()), file, "scheduling"));
    config.scheduling.appointment_lead = std::chrono::minutes(get_int(
        so, "appointment_lead_min", static_cast<int>(config.scheduling.appointment_lead.count()), file, "scheduling"));
  }
  if (const json::value* s = o.if_contains("check_in")) {
    if (!s->is_object()) fail(file, "check_in", "expected an object");
    const auto& so = s->as_object();
    config.check_in.before = std::chrono::minutes(
        get_int(so, "before_min", static_cast<int>(config.check_in.before.count()), file, "check_in"));
    config.check_in.after = std::chrono::minutes(
        get_int(so, "after_min", static_cast<int>(config.check_in.after.count()), file, "check_in"));
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
      int year = 0;
      try {
        year = std::stoi(std::string(kv.key()));
      } catch (const std::exception&) {
        fail(file, "mrp_kzt." + std::string(kv.key()), "not a year");
      }
      if (!kv.value().is_int64() || kv.value().as_int64() <= 0)
        fail(file, "mrp_kzt." + std::string(kv.key()), "expected a positive whole number of tenge");
      config.mrp_kzt[year] = kv.value().as_int64();
    }
  }
  config.max_tickets_per_day = get_int(o, "max_tickets_per_day", config.max_tickets_per_day, file, "(file)");
  if (config.max_tickets_per_day < 1) fail(file, "max_tickets_per_day", "must be positive");
  config.personal_data_days = get_int(o, "personal_data_days", config.personal_data_days, file, "(file)");
  if (config.personal_data_days < 1) fail(file, "personal_data_days", "must be at least 1");
  config.event_days = get_int(o, "event_days", config.event_days, file, "(file)");
  if (config.event_days < 1) fail(file, "event_days", "must be at least 1");
  config.record_days = get_int(o, "record_days", config.record_days, file, "(file)");
  // A booking's record must outlive its applicant reference's purge, which needs it.
  if (config.record_days < config.personal_data_days)
    fail(file, "record_days",
         "must be at least personal_data_days (" + std::to_string(config.personal_data_days) + ")");
  config.provisional_booking_days =
      get_int(o, "provisional_booking_days", config.provisional_booking_days, file, "(file)");
  if (config.provisional_booking_days < 0)
    fail(file, "provisional_booking_days", "must be 0 (only today) or more days");
  if (const json::value* l = o.if_contains("limits")) {
    if (!l->is_object()) fail(file, "limits", "expected an object");
    const auto& lo = l->as_object();
    config.limits.body_limit =
        static_cast<std::size_t>(get_int(lo, "body_limit", static_cast<int>(config.limits.body_limit), file, "limits"));
    config.limits.max_connections = static_cast<std::size_t>(
        get_int(lo, "max_connections", static_cast<int>(config.limits.max_connections), file, "limits"));
    config.limits.header_timeout = std::chrono::seconds(
        get_int(lo, "header_timeout_s", static_cast<int>(config.limits.header_timeout.count()), file, "limits"));
    config.limits.body_timeout = std::chrono::seconds(
        get_int(lo, "body_timeout_s", static_cast<int>(config.limits.body_timeout.count()), file, "limits"));
    config.kiosk_requests_per_second =
        get_int(lo, "kiosk_requests_per_second", static_cast<int>(config.kiosk_requests_per_second), file, "limits");
    config.kiosk_burst = get_int(lo, "kiosk_burst", static_cast<int>(config.kiosk_burst), file, "limits");
    const int anonymous_per_address =
        get_int(lo, "anonymous_per_address", static_cast<int>(config.limits.anonymous_per_address), file, "limits");
    if (anonymous_per_address < 1) fail(file, "limits.anonymous_per_address", "must be at least 1");
    config.limits.anonymous_per_address = static_cast<std::size_t>(anonymous_per_address);
    const int anonymous_idle = get_int(lo, "anonymous_idle_timeout_s",
                                       static_cast<int>(config.limits.anonymous_idle_timeout.count()), file, "limits");
    if (anonymous_idle < 1) fail(file, "limits.anonymous_idle_timeout_s", "must be at least 1 second");
    config.limits.anonymous_idle_timeout = std::chrono::seconds(anonymous_idle);
    if (config.kiosk_requests_per_second < 0 || config.kiosk_burst < 1)
      fail(file, "limits", "kiosk_requests_per_second must be >= 0 and kiosk_burst >= 1");
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
