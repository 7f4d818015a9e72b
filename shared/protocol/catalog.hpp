#pragma once
// GET /api/v1/catalog: the catalog file (docs/catalog-format.md) as it is, with
// what the server adds. Only the additions are typed here; the rest of a
// service is the catalog's own format, read by shared/catalog.
//   per service: {..., "tiers": ["standard", ...], "letter": "W", "state_duty_kzt": N|null}
//   top level:   {..., "mrp": {"year": 2026, "kzt": 4325|null}}
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/catalog.hpp"

namespace kezek::protocol {

struct ServiceAdditions {
  std::vector<catalog::Tier> tiers;
  char letter = '?';
  std::optional<std::int64_t> state_duty_kzt;
  bool operator==(const ServiceAdditions&) const = default;
};

struct Mrp {
  int year = 0;
  std::optional<std::int64_t> kzt;
  bool operator==(const Mrp&) const = default;
};

// Writes the additions into a service's object (members replaced).
void add_to(boost::json::object& service, const ServiceAdditions& additions);

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ServiceAdditions& a);
ServiceAdditions tag_invoke(boost::json::value_to_tag<ServiceAdditions>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Mrp& m);
Mrp tag_invoke(boost::json::value_to_tag<Mrp>, const boost::json::value& jv);

}  // namespace kezek::protocol
