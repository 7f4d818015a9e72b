#include "staff/served_catalog.hpp"

#include <boost/json.hpp>

#include "shared/catalog/catalog_loader.hpp"
#include "shared/protocol/catalog.hpp"
#include "shared/protocol/json_fields.hpp"

namespace kezek::staff {

namespace json = boost::json;

namespace {

// The top-level member the server adds beside the file's own (protocol::Mrp).
constexpr std::string_view kMrpMember = "mrp";

// Decodes a service's additions and takes them off: the members to remove are
// the ones protocol::add_to writes, so the console never spells them itself.
void strip_additions(json::value& service) {
  const protocol::ServiceAdditions additions = protocol::decode<protocol::ServiceAdditions>(service);
  json::object written;
  protocol::add_to(written, additions);
  for (const auto& member : written) service.get_object().erase(member.key());
}

}  // namespace

std::optional<catalog::Catalog> parse_served_catalog(std::string_view body, std::string& error) {
  json::error_code ec;
  json::value doc = json::parse(body, ec);
  if (ec || !doc.is_object()) {
    error = "the catalog is not JSON";
    return std::nullopt;
  }
  json::object& root = doc.as_object();
  try {
    protocol::fields::optional_nested<protocol::Mrp>(root, kMrpMember);
    root.erase(kMrpMember);
    if (json::value* services = root.if_contains("services"); services && services->is_array()) {
      json::array& list = services->as_array();
      for (std::size_t i = 0; i < list.size(); ++i) {
        try {
          strip_additions(list[i]);
        } catch (const protocol::DecodeError& e) {
          throw e.nested_in("services[" + std::to_string(i) + "]");
        }
      }
    }
    return catalog::parse_catalog(json::serialize(doc), "GET /api/v1/catalog");
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

}  // namespace kezek::staff
