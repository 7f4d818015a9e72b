#include "shared/protocol/localized_text.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;

const std::string& LocalizedText::in(catalog::Lang lang) const {
  switch (lang) {
    case catalog::Lang::ru: return ru;
    case catalog::Lang::kk: return kk;
    case catalog::Lang::en: break;
  }
  return en;
}

std::string& LocalizedText::in(catalog::Lang lang) {
  return const_cast<std::string&>(static_cast<const LocalizedText&>(*this).in(lang));
}

void tag_invoke(json::value_from_tag, json::value& jv, const LocalizedText& text) {
  json::object o;
  for (catalog::Lang lang : catalog::kAllLangs) o[catalog::to_string(lang)] = text.in(lang);
  jv = std::move(o);
}

LocalizedText tag_invoke(json::value_to_tag<LocalizedText>, const json::value& jv) {
  const json::object& o = fields::as_object(jv, "a text");
  LocalizedText text;
  for (catalog::Lang lang : catalog::kAllLangs) text.in(lang) = fields::required_string(o, catalog::to_string(lang));
  return text;
}

}  // namespace kezek::protocol
