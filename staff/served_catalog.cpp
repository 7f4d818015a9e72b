#include "staff/served_catalog.hpp"

#include <boost/json.hpp>

#include "shared/catalog/catalog_loader.hpp"

namespace kezek::staff {

namespace json = boost::json;

std::optional<catalog::Catalog> parse_served_catalog(std::string_view body, std::string& error) {
  json::error_code ec;
  json::value doc = json::parse(body, ec);
  if (ec || !doc.is_object()) {
    error = "the catalog is not JSON";
    return std::nullopt;
  }
  // The members the server adds (server/api/catalog_document.hpp); the file
  // format does not know them.
  json::object& root = doc.as_object();
  root.erase("mrp");
  if (json::value* services = root.if_contains("services"); services && services->is_array()) {
    for (json::value& s : services->as_array()) {
      if (!s.is_object()) continue;
      for (std::string_view key : {"tiers", "letter", "state_duty_kzt"}) s.as_object().erase(key);
    }
  }
  try {
    return catalog::parse_catalog(json::serialize(doc), "GET /api/v1/catalog");
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

}  // namespace kezek::staff
