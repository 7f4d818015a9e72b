#include "shared/protocol/catalog.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void add_to(json::object& service, const ServiceAdditions& a) {
  json::array tiers;
  for (catalog::Tier t : a.tiers) tiers.push_back(json::string(catalog::to_string(t)));
  service["tiers"] = std::move(tiers);
  service["letter"] = std::string(1, a.letter);
  service["state_duty_kzt"] = or_null(a.state_duty_kzt);
}

void tag_invoke(json::value_from_tag, json::value& jv, const ServiceAdditions& a) {
  json::object o;
  add_to(o, a);
  jv = std::move(o);
}

ServiceAdditions tag_invoke(json::value_to_tag<ServiceAdditions>, const json::value& jv) {
  const json::object& o = as_object(jv, "a service");
  ServiceAdditions a;
  const json::value* tiers = member(o, "tiers");
  if (tiers == nullptr) throw DecodeError(ErrorCode::missing_field, "tiers", "\"tiers\" is required");
  if (!tiers->is_array()) throw DecodeError(ErrorCode::wrong_type, "tiers", "\"tiers\" must be an array");
  const json::array& items = tiers->get_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = "tiers[" + std::to_string(i) + "]";
    auto tier = items[i].is_string() ? catalog::parse_tier(items[i].get_string()) : std::nullopt;
    if (!tier)
      throw DecodeError(ErrorCode::wrong_type, path,
                        "\"" + path + "\" is one of \"standard\", \"priority\", \"manager\"");
    a.tiers.push_back(*tier);
  }
  const std::string letter = required_string(o, "letter");
  if (letter.size() != 1) throw DecodeError(ErrorCode::wrong_type, "letter", "\"letter\" must be one character");
  a.letter = letter.front();
  a.state_duty_kzt = optional_int(o, "state_duty_kzt");
  return a;
}

void tag_invoke(json::value_from_tag, json::value& jv, const Mrp& m) {
  json::object o;
  o["year"] = m.year;
  o["kzt"] = or_null(m.kzt);
  jv = std::move(o);
}

Mrp tag_invoke(json::value_to_tag<Mrp>, const json::value& jv) {
  const json::object& o = as_object(jv, "\"mrp\"");
  return Mrp{required_int32(o, "year"), optional_int(o, "kzt")};
}

}  // namespace kezek::protocol
