#include "server/api/catalog_document.hpp"

#include <stdexcept>

namespace kezek::server::api {

namespace json = boost::json;

std::string make_catalog_document(std::string_view text, const catalog::Catalog& catalog,
                                  const catalog::MrpTable& mrp, int year) {
  json::value root = json::parse(text);  // already validated by the loader
  json::object& o = root.as_object();
  for (json::value& entry : o["services"].as_array()) {
    json::object& s = entry.as_object();
    const catalog::Service* service = catalog.find_service(s["id"].as_string());
    if (service == nullptr) throw std::logic_error("catalog file and catalog disagree");
    json::array tiers;
    for (catalog::Tier t : service->tiers()) tiers.push_back(json::string(catalog::to_string(t)));
    s["tiers"] = std::move(tiers);
    s["letter"] = std::string(1, catalog.group_of(*service).letter);
    if (auto duty = catalog::state_duty_kzt(service->fees, mrp, year)) {
      s["state_duty_kzt"] = *duty;
    } else {
      s["state_duty_kzt"] = nullptr;
    }
  }
  json::object mrp_now;
  mrp_now["year"] = year;
  if (auto kzt = mrp.kzt_for_year(year)) mrp_now["kzt"] = *kzt; else mrp_now["kzt"] = nullptr;
  o["mrp"] = std::move(mrp_now);
  return json::serialize(root);
}

}  // namespace kezek::server::api
