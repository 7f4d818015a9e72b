#pragma once
// GET /api/v1/catalog as a whole: the catalog file's own format (read by
// shared/catalog, whose loader rightly refuses keys it does not know) and, kept
// apart, what the server adds (catalog.hpp). Decoding takes the additions out
// of each service and the "mrp" member out of the top level; encoding puts
// them back.
//
// Threading: plain values.
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "shared/protocol/catalog.hpp"
#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

struct CatalogReply {
  boost::json::object catalog;                                      // the catalog file's format, without the additions
  std::vector<std::pair<std::string, ServiceAdditions>> additions;  // service id → additions, in the file's order
  std::optional<Mrp> mrp;
  bool operator==(const CatalogReply&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CatalogReply& r);
// Every service (an object with a string "id") must carry its additions
// (services[i].tiers, .letter); the rest is left to the catalog's loader.
CatalogReply tag_invoke(boost::json::value_to_tag<CatalogReply>, const boost::json::value& jv);

}  // namespace kezek::protocol
