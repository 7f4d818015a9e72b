#include "shared/protocol/error_codes.hpp"

namespace kezek::protocol {

#define KEZEK_ERROR_CODE(name) ErrorCodeName{ErrorCode::name, #name}
// The macro only keeps each wire name spelled once, the same as its enumerator.
const std::array<ErrorCodeName, 57> kAllErrorCodes{{
    KEZEK_ERROR_CODE(malformed_json), KEZEK_ERROR_CODE(empty_body), KEZEK_ERROR_CODE(bad_target),
    KEZEK_ERROR_CODE(bad_id), KEZEK_ERROR_CODE(bad_counter), KEZEK_ERROR_CODE(bad_date),
    KEZEK_ERROR_CODE(missing_parameter), KEZEK_ERROR_CODE(bad_code), KEZEK_ERROR_CODE(bad_request),
    KEZEK_ERROR_CODE(unauthorized), KEZEK_ERROR_CODE(forbidden), KEZEK_ERROR_CODE(not_found),
    KEZEK_ERROR_CODE(unknown_service), KEZEK_ERROR_CODE(unknown_ticket), KEZEK_ERROR_CODE(unknown_counter),
    KEZEK_ERROR_CODE(unknown_appointment), KEZEK_ERROR_CODE(method_not_allowed),
    KEZEK_ERROR_CODE(request_timeout), KEZEK_ERROR_CODE(lunch_break), KEZEK_ERROR_CODE(closed),
    KEZEK_ERROR_CODE(paused), KEZEK_ERROR_CODE(busy), KEZEK_ERROR_CODE(no_current_ticket),
    KEZEK_ERROR_CODE(not_today), KEZEK_ERROR_CODE(already_booked), KEZEK_ERROR_CODE(slot_unavailable),
    KEZEK_ERROR_CODE(too_early), KEZEK_ERROR_CODE(too_late), KEZEK_ERROR_CODE(wrong_day),
    KEZEK_ERROR_CODE(already_checked_in), KEZEK_ERROR_CODE(not_active), KEZEK_ERROR_CODE(not_cancellable),
    KEZEK_ERROR_CODE(not_served), KEZEK_ERROR_CODE(same_counter), KEZEK_ERROR_CODE(already_paused),
    KEZEK_ERROR_CODE(not_paused), KEZEK_ERROR_CODE(body_too_large), KEZEK_ERROR_CODE(header_too_large),
    KEZEK_ERROR_CODE(wrong_type), KEZEK_ERROR_CODE(unknown_field), KEZEK_ERROR_CODE(missing_field),
    KEZEK_ERROR_CODE(too_long), KEZEK_ERROR_CODE(bad_tier), KEZEK_ERROR_CODE(tier_not_offered),
    KEZEK_ERROR_CODE(bad_lang), KEZEK_ERROR_CODE(bad_start), KEZEK_ERROR_CODE(bad_applicant),
    KEZEK_ERROR_CODE(bad_transfer), KEZEK_ERROR_CODE(upgrade_required), KEZEK_ERROR_CODE(day_full),
    KEZEK_ERROR_CODE(rate_limited), KEZEK_ERROR_CODE(internal), KEZEK_ERROR_CODE(storage_unavailable),
    KEZEK_ERROR_CODE(too_many_connections), KEZEK_ERROR_CODE(no_code),
}};
#undef KEZEK_ERROR_CODE

std::string_view to_string(ErrorCode code) {
  for (const ErrorCodeName& entry : kAllErrorCodes)
    if (entry.code == code) return entry.name;
  return "internal";
}

std::optional<ErrorCode> parse_error_code(std::string_view name) {
  for (const ErrorCodeName& entry : kAllErrorCodes)
    if (entry.name == name) return entry.code;
  return std::nullopt;
}

}  // namespace kezek::protocol
