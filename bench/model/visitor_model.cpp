// VisitorModel: the weights and curves behind a simulated day.
#include "bench/model/visitor_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>

namespace kezek::bench {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// Share of the walk-ins asking for each service (relative; any service not
// listed gets kOtherWeight).
const std::map<std::string, double, std::less<>> kWalkInWeights = {
    {"iin", 16},
    {"digital_signature", 10},
    {"arrival_notification", 8},
    {"fingerprinting", 7},
    {"tax_residency_certificate", 4},
    {"work_visa_invitation", 5},
    {"work_visa_in_country", 5},
    {"work_visa_extension", 5},
    {"trp_labour", 6},
    {"prp", 3},
    {"business_short_invitation", 3},
    {"business_short_extension", 3},
    {"business_long_invitation", 3},
    {"business_long_in_country", 3},
    {"business_long_extension", 3},
    {"visa_cancellation_abroad", 2},
    {"visa_cancellation_exit_visa", 2},
};
constexpr double kOtherWeight = 1;

// Bookings are mostly for handing in approved documents: visas and permits.
constexpr double kBookingQuickServiceFactor = 0.3;  // the "other services" group
constexpr double kBookingDocumentFactor = 1.5;

// (local time of day in minutes, relative intensity): linear in between.
constexpr std::array<std::pair<int, double>, 12> kIntensity = {{
    {9 * 60, 0.35},
    {10 * 60, 0.70},
    {11 * 60, 1.00},
    {12 * 60, 0.95},
    {13 * 60, 0.55},
    {13 * 60 + 30, 0.35},
    {14 * 60, 0.60},
    {15 * 60, 0.65},
    {16 * 60, 0.50},
    {17 * 60, 0.30},
    {17 * 60 + 45, 0.10},
    {18 * 60, 0.0},
}};

}  // namespace

VisitorModel::VisitorModel(const catalog::Catalog& catalog) : catalog_(catalog) {
  // The arrival curve's distribution, by minute from 09:00: draw() inverts it.
  double total = 0;
  for (int m = 9 * 60; m < 18 * 60; ++m) {
    total += arrival_intensity(minutes(m) + seconds(30));
    arrival_cdf_.push_back(total);
  }
  for (double& c : arrival_cdf_) c /= total;
  for (const catalog::Service& s : catalog.services()) {
    services_.push_back(s.id);
    const auto found = kWalkInWeights.find(s.id);
    const double w = found == kWalkInWeights.end() ? kOtherWeight : found->second;
    walk_in_weights_.push_back(w);
    const bool quick = catalog.group_of(s).id == "other_services";
    booking_weights_.push_back(w * (quick ? kBookingQuickServiceFactor : kBookingDocumentFactor));
  }
  if (services_.empty()) throw std::invalid_argument("the catalog has no services");
}

double VisitorModel::arrival_intensity(seconds time_of_day) {
  const double m = static_cast<double>(time_of_day.count()) / 60.0;
  if (m < kIntensity.front().first || m >= kIntensity.back().first) return 0;
  for (std::size_t i = 1; i < kIntensity.size(); ++i) {
    const auto [m1, v1] = kIntensity[i];
    if (m < m1) {
      const auto [m0, v0] = kIntensity[i - 1];
      return v0 + (v1 - v0) * (m - m0) / (m1 - m0);
    }
  }
  return 0;
}

const std::string& VisitorModel::draw_service(Rng& rng, bool booking) const {
  return services_[rng.pick(booking ? booking_weights_ : walk_in_weights_)];
}

domain::TicketTier VisitorModel::draw_tier(Rng& rng, const std::string& service, const DemandOptions& options) const {
  const catalog::Service* s = catalog_.find_service(service);
  const double u = rng.uniform();
  if (s != nullptr && s->offers(catalog::Tier::manager) && u < options.manager_share)
    return domain::TicketTier::manager;
  if (s != nullptr && s->offers(catalog::Tier::priority) && u < options.manager_share + options.priority_share)
    return domain::TicketTier::priority;
  return domain::TicketTier::standard;
}

seconds VisitorModel::mean_service_time(const std::string& service) const {
  const catalog::Service* s = catalog_.find_service(service);
  return s != nullptr && s->counter_minutes > 0 ? minutes(s->counter_minutes) : minutes(15);
}

seconds VisitorModel::draw_service_time(Rng& rng, const std::string& service, double sigma) const {
  const double mean = static_cast<double>(mean_service_time(service).count());
  const double drawn = rng.lognormal_with_mean(mean, sigma);
  return seconds(static_cast<long long>(std::clamp(drawn, 120.0, 4 * mean)));
}

seconds VisitorModel::draw_walk(Rng& rng) { return seconds(static_cast<int>(rng.uniform(20, 90))); }

DayDemand VisitorModel::draw(Date date, const WorkingCalendar& calendar, const DemandOptions& options,
                             std::uint64_t seed) const {
  Rng rng(seed);
  DayDemand day;
  day.date = date;
  if (!calendar.is_working_day(date)) return day;  // closed: nobody comes
  std::vector<seconds> times;
  for (int i = 0; i < options.walk_ins; ++i) {
    const double u = rng.uniform();
    const auto it = std::upper_bound(arrival_cdf_.begin(), arrival_cdf_.end(), u);
    const auto minute =
        std::min<std::ptrdiff_t>(it - arrival_cdf_.begin(), static_cast<std::ptrdiff_t>(arrival_cdf_.size()) - 1);
    times.push_back(minutes(9 * 60 + minute) + seconds(static_cast<int>(rng.uniform() * 60)));
  }
  std::sort(times.begin(), times.end());
  for (const seconds at : times) {
    WalkInVisitor v;
    v.arrival = from_local(date, at);
    v.service = draw_service(rng, false);
    v.tier = draw_tier(rng, v.service, options);
    v.service_time = draw_service_time(rng, v.service, options.service_sigma);
    v.walk = draw_walk(rng);
    v.comes_when_called = !rng.chance(options.walk_in_no_show);
    day.walk_ins.push_back(std::move(v));
  }
  const std::vector<Interval> open = calendar.working_intervals(date);
  for (int i = 0; i < options.bookings && !open.empty(); ++i) {
    BookingVisitor b;
    b.service = draw_service(rng, true);
    b.applicant = "SIM-" + std::to_string(i + 1);
    // Preferred start: anywhere in the working hours, mornings a little more.
    const auto& span = open[rng.chance(0.55) ? 0 : open.size() - 1];
    const auto length = std::chrono::duration_cast<seconds>(span.end - span.start).count();
    b.preferred = span.start + seconds(static_cast<long long>(rng.uniform() * static_cast<double>(length)));
    const double u = rng.uniform();
    b.comes = u >= options.booking_no_show;
    if (u < options.booking_no_show + options.booking_late)
      b.offset = seconds(static_cast<int>(rng.uniform(0, 20 * 60)));  // late, maybe past the window
    else
      b.offset = -seconds(static_cast<int>(rng.uniform(0, 20 * 60)));
    b.service_time = draw_service_time(rng, b.service, options.service_sigma);
    b.walk = draw_walk(rng);
    day.bookings.push_back(std::move(b));
  }
  return day;
}

std::vector<domain::CounterConfig> centre_counters(const catalog::Catalog& catalog) {
  auto group = [&](std::initializer_list<std::string_view> groups) {
    std::set<std::string> ids;
    for (const catalog::Service& s : catalog.services())
      for (std::string_view g : groups)
        if (catalog.group_of(s).id == g) ids.insert(s.id);
    return ids;
  };
  std::set<std::string> all;
  for (const catalog::Service& s : catalog.services()) all.insert(s.id);
  std::vector<domain::CounterConfig> counters = {
      {1, group({"work_visa", "investor_visa"}), false},
      {2, group({"work_visa", "investor_visa"}), false},
      {3, group({"work_visa", "temporary_residence"}), false},
      {4, group({"temporary_residence", "permanent_residence"}), false},
      {5, group({"business_visa_short", "business_visa_long"}), false},
      {6, group({"business_visa_long", "visa_cancellation"}), false},
      {7, group({"other_services"}), false},
      {8, group({"other_services"}), false},
      {9, group({"other_services", "visa_cancellation"}), false},
      {10, all, false},
      {11, all, true},
      {12, all, true},
  };
  return counters;
}

}  // namespace kezek::bench
