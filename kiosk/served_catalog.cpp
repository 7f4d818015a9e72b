#include "kiosk/served_catalog.hpp"

#include <boost/json.hpp>

#include <array>
#include <stdexcept>
#include <utility>

#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/mrp_table.hpp"

namespace kezek::kiosk {
namespace {

namespace json = boost::json;

const ServiceExtras kNoExtras{};

std::vector<catalog::Tier> tiers_from(const json::value* value, const catalog::Service& service) {
  if (value == nullptr || !value->is_array()) return service.tiers();
  std::vector<catalog::Tier> tiers;
  for (const json::value& name : value->as_array()) {
    if (!name.is_string()) continue;
    if (auto tier = catalog::parse_tier(std::string_view(name.as_string()))) tiers.push_back(*tier);
  }
  return tiers.empty() ? service.tiers() : tiers;
}

}  // namespace

const ServiceExtras& ServedCatalog::extras_for(std::string_view service_id) const {
  const auto found = extras.find(service_id);
  return found == extras.end() ? kNoExtras : found->second;
}

std::shared_ptr<const ServedCatalog> parse_served_catalog(std::string_view json_text) {
  boost::system::error_code ec;
  json::value root = json::parse(json_text, ec);
  if (ec || !root.is_object()) throw std::invalid_argument("the server's catalog is not a JSON object");
  json::object& top = root.as_object();

  // The served-only keys are taken out before the strict catalog loader sees
  // the file: it refuses keys it does not know, and rightly so for the file.
  ServedCatalog served;
  if (const json::value* mrp = top.if_contains("mrp"); mrp != nullptr && mrp->is_object()) {
    const json::object& m = mrp->as_object();
    if (const auto* y = m.if_contains("year"); y != nullptr && y->is_int64()) served.mrp_year = static_cast<int>(y->as_int64());
    if (const auto* k = m.if_contains("kzt"); k != nullptr && k->is_int64()) served.mrp_kzt = k->as_int64();
  }
  top.erase("mrp");
  struct Raw {
    std::string id;
    json::value letter, tiers, duty;
  };
  std::vector<Raw> raws;
  if (json::value* services = top.if_contains("services"); services != nullptr && services->is_array()) {
    for (json::value& entry : services->as_array()) {
      if (!entry.is_object()) continue;
      json::object& service = entry.as_object();
      Raw raw;
      if (const auto* id = service.if_contains("id"); id != nullptr && id->is_string()) raw.id = id->as_string().c_str();
      const std::array<std::pair<const char*, json::value*>, 3> slots{
          {{"letter", &raw.letter}, {"tiers", &raw.tiers}, {"state_duty_kzt", &raw.duty}}};
      for (const auto& [key, slot] : slots) {
        if (const json::value* v = service.if_contains(key)) *slot = *v;
        service.erase(key);
      }
      raws.push_back(std::move(raw));
    }
  }
  served.catalog = catalog::parse_catalog(json::serialize(root), "GET /api/v1/catalog");
  for (const Raw& raw : raws) {
    const catalog::Service* service = served.catalog.find_service(raw.id);
    if (service == nullptr) continue;
    ServiceExtras extras;
    extras.letter = served.catalog.group_of(*service).letter;
    if (raw.letter.is_string() && raw.letter.as_string().size() == 1) extras.letter = raw.letter.as_string()[0];
    extras.tiers = tiers_from(&raw.tiers, *service);
    if (raw.duty.is_int64()) extras.state_duty_kzt = raw.duty.as_int64();
    served.extras.emplace(raw.id, std::move(extras));
  }
  served.from_server = true;
  return std::make_shared<const ServedCatalog>(std::move(served));
}

std::shared_ptr<const ServedCatalog> load_local_catalog(const std::filesystem::path& catalog_file,
                                                        const std::filesystem::path& mrp_file, int year) {
  ServedCatalog served;
  served.catalog = catalog::load_catalog(catalog_file);
  const catalog::MrpTable mrp = catalog::load_mrp_table(mrp_file);
  if (auto kzt = mrp.kzt_for_year(year)) {
    served.mrp_year = year;
    served.mrp_kzt = *kzt;
  }
  for (const catalog::Service& service : served.catalog.services()) {
    ServiceExtras extras;
    extras.letter = served.catalog.group_of(service).letter;
    extras.tiers = service.tiers();
    extras.state_duty_kzt = catalog::state_duty_kzt(service.fees, mrp, year);
    served.extras.emplace(service.id, std::move(extras));
  }
  return std::make_shared<const ServedCatalog>(std::move(served));
}

}  // namespace kezek::kiosk
