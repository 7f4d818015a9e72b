#pragma once
// The JSON that GET /api/v1/catalog serves: the catalog file itself (so a client
// can load it with the same loader the server uses), each service augmented with
// what the server computes — its tiers, its group letter and its state duty in
// tenge at the MRP of the current year.

#include <boost/json.hpp>

#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "shared/catalog/catalog.hpp"
#include "shared/catalog/mrp_table.hpp"

namespace kezek::server::api {

// Keys the server adds to each service; a client strips them before loading.
inline constexpr std::string_view kServedServiceKeys[] = {"tiers", "letter", "state_duty_kzt"};

std::string make_catalog_document(std::string_view catalog_file_text, const catalog::Catalog& catalog,
                                  const catalog::MrpTable& mrp, int year);

// The document of each year, made when a year is first asked for and kept:
// the MRP changes every 1 January, and a server running across New Year must
// price state duties with the new year's MRP without a restart (a year the
// MRP table does not hold gets no prices, never last year's).
//
// Threading: for_year() from any thread; `catalog` must outlive it.
class CatalogDocuments {
 public:
  CatalogDocuments(std::string catalog_file_text, const catalog::Catalog& catalog, catalog::MrpTable mrp);
  std::string for_year(int year) const;

 private:
  std::string text_;
  const catalog::Catalog& catalog_;
  catalog::MrpTable mrp_;
  mutable std::mutex mutex_;
  mutable std::map<int, std::string> by_year_;
};

}  // namespace kezek::server::api
