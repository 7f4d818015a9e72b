#pragma once
// The catalog as the kiosk shows it: the services (shared/catalog) plus what
// the server adds to each for today — its ticket letter, the tiers it sells and
// the state duty priced at this year's MRP. Until the server has answered, the
// kiosk shows the same from the files in assets/ so that visitors can already
// read documents and fees.
//
// Threading: immutable once built; shared between threads by shared_ptr<const>.

#include <boost/json.hpp>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/catalog/catalog.hpp"

namespace kezek::kiosk {

struct ServiceExtras {
  char letter = '?';
  std::vector<catalog::Tier> tiers;  // standard first
  std::optional<std::int64_t> state_duty_kzt;
};

struct ServedCatalog {
  catalog::Catalog catalog;
  std::map<std::string, ServiceExtras, std::less<>> extras;  // by service id
  std::optional<int> mrp_year;
  std::optional<std::int64_t> mrp_kzt;
  bool from_server = false;

  // Never null for a service of the catalog.
  const ServiceExtras& extras_for(std::string_view service_id) const;
};

// The body of GET /api/v1/catalog, read through protocol::CatalogReply. Throws
// protocol::DecodeError or catalog::CatalogError with a readable message when
// it is not a catalog.
std::shared_ptr<const ServedCatalog> served_catalog_from(const boost::json::value& body);
// The same from the body's text; std::invalid_argument when it is not JSON.
std::shared_ptr<const ServedCatalog> parse_served_catalog(std::string_view json_text);

// assets/catalog/catalog.json and mrp.json, priced for `year`.
std::shared_ptr<const ServedCatalog> load_local_catalog(const std::filesystem::path& catalog_file,
                                                        const std::filesystem::path& mrp_file, int year);

}  // namespace kezek::kiosk
