#pragma once
// The catalog as GET /api/v1/catalog serves it: the catalog file plus what the
// server computes per service (tiers, letter, state duty) and the year's MRP.
// The console strips those and loads the rest with the same loader the server
// uses, so names and documents are exactly the server's.

#include <optional>
#include <string>
#include <string_view>

#include "shared/catalog/catalog.hpp"

namespace kezek::staff {

// nullopt with `error` set when the body is not a loadable catalog.
std::optional<catalog::Catalog> parse_served_catalog(std::string_view body, std::string& error);

}  // namespace kezek::staff
