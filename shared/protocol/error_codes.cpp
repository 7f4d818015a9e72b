#include "shared/protocol/error_codes.hpp"

namespace kezek::protocol {

std::string_view to_string(ErrorCode code) {
  const auto index = static_cast<std::size_t>(code);
  return index < kAllErrorCodes.size() ? kAllErrorCodes[index].name : std::string_view("internal");
}

std::optional<ErrorCode> parse_error_code(std::string_view name) {
  for (const ErrorCodeName& entry : kAllErrorCodes)
    if (entry.name == name) return entry.code;
  return std::nullopt;
}

}  // namespace kezek::protocol
