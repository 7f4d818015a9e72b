#pragma once
// A text in the three languages of the Centre: {"en": ..., "ru": ..., "kk": ...}.
// Used by the status banner and the waiting groups' names.
//
// Threading: a plain value.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <string>

#include "shared/catalog/lang.hpp"

namespace kezek::protocol {

struct LocalizedText {
  std::string en, ru, kk;

  const std::string& in(catalog::Lang lang) const;
  std::string& in(catalog::Lang lang);
  bool operator==(const LocalizedText&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const LocalizedText& text);
LocalizedText tag_invoke(boost::json::value_to_tag<LocalizedText>, const boost::json::value& jv);

}  // namespace kezek::protocol
