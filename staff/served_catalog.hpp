#pragma once
// The catalog as GET /api/v1/catalog serves it: the catalog file plus what the
// server computes per service (tiers, letter, state duty) and the year's MRP
// (shared/protocol/catalog.hpp). The console checks those with the protocol's
// decoders, takes them off, and loads the rest with the same loader the server
// uses, so names and documents are exactly the server's.

#include <optional>
#include <string>
#include <string_view>

#include "shared/catalog/catalog.hpp"

namespace kezek::staff {

// nullopt with `error` set when the body is not a loadable catalog (a bad
// addition is named by its path, "services[3].letter").
std::optional<catalog::Catalog> parse_served_catalog(std::string_view body, std::string& error);

}  // namespace kezek::staff
