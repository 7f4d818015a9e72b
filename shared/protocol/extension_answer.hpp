#pragma once
// GET /api/v1/extension-window?expiry=YYYY-MM-DD: whether a visa expiring on
// `expiry` may be extended today, by the server's calendar (the rule in
// shared/calendar/extension_window.hpp), so the kiosk needs no holiday file:
//   {"today", "expiry", "verdict": "too_early"|"within"|"too_late", "first", "last"}
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <optional>
#include <string_view>

#include "shared/calendar/extension_window.hpp"

namespace kezek::protocol {

std::string_view to_string(ExtensionVerdict verdict);
std::optional<ExtensionVerdict> parse_extension_verdict(std::string_view name);

struct ExtensionAnswer {
  Date today{}, expiry{};
  ExtensionVerdict verdict = ExtensionVerdict::too_early;
  Date first{}, last{};
  bool operator==(const ExtensionAnswer&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const ExtensionAnswer& a);
ExtensionAnswer tag_invoke(boost::json::value_to_tag<ExtensionAnswer>, const boost::json::value& jv);

}  // namespace kezek::protocol
