#pragma once
// Reads and validates assets/catalog/catalog.json (docs/catalog-format.md).
// The loader refuses the whole file on the first problem: a half-loaded
// catalog would show visitors wrong documents or prices.

#include "shared/catalog/catalog.hpp"
#include "shared/catalog/catalog_error.hpp"

#include <filesystem>
#include <string_view>

namespace kezek::catalog {

// `file_name` only labels error messages. Throws CatalogError, e.g.
//   catalog.json: services[3] "work_visa_extension": documents[2]: unknown document id "foo"
Catalog parse_catalog(std::string_view json_text, std::string_view file_name);

// Errors name the path as given.
Catalog load_catalog(const std::filesystem::path& path);

}  // namespace kezek::catalog
