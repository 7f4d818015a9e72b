#include "shared/protocol/catalog_reply.hpp"

#include <array>
#include <string_view>

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

namespace {

constexpr std::array<std::string_view, 3> kAdded{"tiers", "letter", "state_duty_kzt"};

json::array* services_of(json::object& catalog) {
  json::value* services = catalog.if_contains("services");
  return services != nullptr && services->is_array() ? &services->get_array() : nullptr;
}

}  // namespace

void tag_invoke(json::value_from_tag, json::value& jv, const CatalogReply& r) {
  json::object o = r.catalog;
  if (json::array* services = services_of(o)) {
    for (json::value& entry : *services) {
      if (!entry.is_object()) continue;
      const json::value* id = entry.get_object().if_contains("id");
      if (id == nullptr || !id->is_string()) continue;
      for (const auto& [service, additions] : r.additions)
        if (service == id->get_string()) add_to(entry.get_object(), additions);
    }
  }
  if (r.mrp) o["mrp"] = json::value_from(*r.mrp);
  jv = std::move(o);
}

CatalogReply tag_invoke(json::value_to_tag<CatalogReply>, const json::value& jv) {
  CatalogReply r;
  r.catalog = as_object(jv, "a catalog");
  r.mrp = optional_nested<Mrp>(r.catalog, "mrp");
  r.catalog.erase("mrp");
  json::array* services = services_of(r.catalog);
  if (services == nullptr) return r;
  for (std::size_t i = 0; i < services->size(); ++i) {
    json::value& entry = (*services)[i];
    if (!entry.is_object()) continue;
    json::object& service = entry.get_object();
    const json::value* id = service.if_contains("id");
    if (id == nullptr || !id->is_string()) continue;
    json::object added;
    for (std::string_view key : kAdded) {
      if (const json::value* v = service.if_contains(key)) added[key] = *v;
      service.erase(key);
    }
    try {
      r.additions.emplace_back(std::string(id->get_string()),
                               json::value_to<ServiceAdditions>(json::value(std::move(added))));
    } catch (const DecodeError& e) {
      throw e.nested_in("services[" + std::to_string(i) + "]");
    }
  }
  return r;
}

}  // namespace kezek::protocol
