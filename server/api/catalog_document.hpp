#pragma once
// The JSON that GET /api/v1/catalog serves: the catalog file itself (so a client
// can load it with the same loader the server uses), each service augmented with
// what the server computes — its tiers, its group letter and its state duty in
// tenge at the MRP of the current year.

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "shared/catalog/catalog.hpp"
#include "shared/catalog/mrp_table.hpp"

namespace kezek::server::api {

// Keys the server adds to each service; a client strips them before loading.
inline constexpr std::string_view kServedServiceKeys[] = {"tiers", "letter", "state_duty_kzt"};

std::string make_catalog_document(std::string_view catalog_file_text, const catalog::Catalog& catalog,
                                  const catalog::MrpTable& mrp, int year);

}  // namespace kezek::server::api
