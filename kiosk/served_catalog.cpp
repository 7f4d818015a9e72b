#include "kiosk/served_catalog.hpp"

#include <stdexcept>
#include <utility>

#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/mrp_table.hpp"
#include "shared/protocol/catalog_reply.hpp"

namespace kezek::kiosk {
namespace {

const ServiceExtras kNoExtras{};

}  // namespace

const ServiceExtras& ServedCatalog::extras_for(std::string_view service_id) const {
  const auto found = extras.find(service_id);
  return found == extras.end() ? kNoExtras : found->second;
}

std::shared_ptr<const ServedCatalog> parse_served_catalog(std::string_view json_text) {
  boost::system::error_code ec;
  const boost::json::value body = boost::json::parse(json_text, ec);
  if (ec || !body.is_object()) throw std::invalid_argument("the server's catalog is not a JSON object");
  return served_catalog_from(body);
}

std::shared_ptr<const ServedCatalog> served_catalog_from(const boost::json::value& body) {
  // The protocol takes the server's additions out; the strict catalog loader
  // reads the rest, as it reads the file.
  protocol::CatalogReply reply = protocol::decode<protocol::CatalogReply>(body);
  ServedCatalog served;
  if (reply.mrp) {
    served.mrp_year = reply.mrp->year;
    served.mrp_kzt = reply.mrp->kzt;
  }
  served.catalog = catalog::parse_catalog(boost::json::serialize(reply.catalog), "GET /api/v1/catalog");
  for (auto& [id, additions] : reply.additions) {
    const catalog::Service* service = served.catalog.find_service(id);
    if (service == nullptr) continue;
    ServiceExtras extras;
    extras.letter = additions.letter;
    extras.tiers = additions.tiers.empty() ? service->tiers() : std::move(additions.tiers);
    extras.state_duty_kzt = additions.state_duty_kzt;
    served.extras.emplace(id, std::move(extras));
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
