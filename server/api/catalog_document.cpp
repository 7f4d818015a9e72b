#include "server/api/catalog_document.hpp"

#include <stdexcept>

#include "shared/protocol/catalog.hpp"

namespace kezek::server::api {

namespace json = boost::json;

std::string make_catalog_document(std::string_view text, const catalog::Catalog& catalog, const catalog::MrpTable& mrp,
                                  int year) {
  json::value root = json::parse(text);  // already validated by the loader
  json::object& o = root.as_object();
  for (json::value& entry : o["services"].as_array()) {
    json::object& s = entry.as_object();
    const catalog::Service* service = catalog.find_service(s["id"].as_string());
    if (service == nullptr) throw std::logic_error("catalog file and catalog disagree");
    protocol::add_to(s, protocol::ServiceAdditions{service->tiers(), catalog.group_of(*service).letter,
                                                   catalog::state_duty_kzt(service->fees, mrp, year)});
  }
  o["mrp"] = json::value_from(protocol::Mrp{year, mrp.kzt_for_year(year)});
  return json::serialize(root);
}

CatalogDocuments::CatalogDocuments(std::string catalog_file_text, const catalog::Catalog& catalog,
                                   catalog::MrpTable mrp)
    : text_(std::move(catalog_file_text)), catalog_(catalog), mrp_(std::move(mrp)) {}

std::string CatalogDocuments::for_year(int year) const {
  std::lock_guard lock(mutex_);
  auto it = by_year_.find(year);
  if (it == by_year_.end()) it = by_year_.emplace(year, make_catalog_document(text_, catalog_, mrp_, year)).first;
  return it->second;
}

}  // namespace kezek::server::api
