#pragma once
// Every error code the server sends, in one list: the server refuses only with
// an ErrorCode (reply_error, json_error), so a code outside this list cannot
// reach the wire. docs/api.md's error table is the contract; a unit test checks
// that the two name the same codes.
//
// Threading: constants and pure functions.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kezek::protocol {

enum class ErrorCode {
  // 400
  malformed_json,
  empty_body,
  bad_target,
  bad_id,
  bad_counter,
  bad_date,
  missing_parameter,
  bad_code,
  bad_request,
  // 401 / 403 / 404 / 405 / 408
  unauthorized,
  forbidden,
  not_found,
  unknown_service,
  unknown_ticket,
  unknown_counter,
  unknown_appointment,
  method_not_allowed,
  request_timeout,
  // 409
  lunch_break,
  closed,
  paused,
  busy,
  no_current_ticket,
  not_today,
  already_booked,
  slot_unavailable,
  provisional_day,
  too_early,
  too_late,
  wrong_day,
  already_checked_in,
  not_active,
  not_cancellable,
  not_served,
  same_counter,
  already_paused,
  not_paused,
  // 413 / 431
  body_too_large,
  header_too_large,
  // 422
  wrong_type,
  unknown_field,
  missing_field,
  too_long,
  bad_tier,
  tier_not_offered,
  bad_lang,
  bad_start,
  bad_applicant,
  bad_transfer,
  // 426 / 429
  upgrade_required,
  day_full,
  rate_limited,
  // 500 / 503
  internal,
  storage_unavailable,
  too_many_connections,
  no_code,
  shutting_down,
};

// Each code with its wire name, in the enum's order.
struct ErrorCodeName {
  ErrorCode code;
  std::string_view name;
};

#define KEZEK_ERROR_CODE(name) \
  ErrorCodeName { ErrorCode::name, #name }
// The macro only keeps each wire name spelled once, the same as its enumerator.
inline constexpr std::array kAllErrorCodes{
    KEZEK_ERROR_CODE(malformed_json),
    KEZEK_ERROR_CODE(empty_body),
    KEZEK_ERROR_CODE(bad_target),
    KEZEK_ERROR_CODE(bad_id),
    KEZEK_ERROR_CODE(bad_counter),
    KEZEK_ERROR_CODE(bad_date),
    KEZEK_ERROR_CODE(missing_parameter),
    KEZEK_ERROR_CODE(bad_code),
    KEZEK_ERROR_CODE(bad_request),
    KEZEK_ERROR_CODE(unauthorized),
    KEZEK_ERROR_CODE(forbidden),
    KEZEK_ERROR_CODE(not_found),
    KEZEK_ERROR_CODE(unknown_service),
    KEZEK_ERROR_CODE(unknown_ticket),
    KEZEK_ERROR_CODE(unknown_counter),
    KEZEK_ERROR_CODE(unknown_appointment),
    KEZEK_ERROR_CODE(method_not_allowed),
    KEZEK_ERROR_CODE(request_timeout),
    KEZEK_ERROR_CODE(lunch_break),
    KEZEK_ERROR_CODE(closed),
    KEZEK_ERROR_CODE(paused),
    KEZEK_ERROR_CODE(busy),
    KEZEK_ERROR_CODE(no_current_ticket),
    KEZEK_ERROR_CODE(not_today),
    KEZEK_ERROR_CODE(already_booked),
    KEZEK_ERROR_CODE(slot_unavailable),
    KEZEK_ERROR_CODE(provisional_day),
    KEZEK_ERROR_CODE(too_early),
    KEZEK_ERROR_CODE(too_late),
    KEZEK_ERROR_CODE(wrong_day),
    KEZEK_ERROR_CODE(already_checked_in),
    KEZEK_ERROR_CODE(not_active),
    KEZEK_ERROR_CODE(not_cancellable),
    KEZEK_ERROR_CODE(not_served),
    KEZEK_ERROR_CODE(same_counter),
    KEZEK_ERROR_CODE(already_paused),
    KEZEK_ERROR_CODE(not_paused),
    KEZEK_ERROR_CODE(body_too_large),
    KEZEK_ERROR_CODE(header_too_large),
    KEZEK_ERROR_CODE(wrong_type),
    KEZEK_ERROR_CODE(unknown_field),
    KEZEK_ERROR_CODE(missing_field),
    KEZEK_ERROR_CODE(too_long),
    KEZEK_ERROR_CODE(bad_tier),
    KEZEK_ERROR_CODE(tier_not_offered),
    KEZEK_ERROR_CODE(bad_lang),
    KEZEK_ERROR_CODE(bad_start),
    KEZEK_ERROR_CODE(bad_applicant),
    KEZEK_ERROR_CODE(bad_transfer),
    KEZEK_ERROR_CODE(upgrade_required),
    KEZEK_ERROR_CODE(day_full),
    KEZEK_ERROR_CODE(rate_limited),
    KEZEK_ERROR_CODE(internal),
    KEZEK_ERROR_CODE(storage_unavailable),
    KEZEK_ERROR_CODE(too_many_connections),
    KEZEK_ERROR_CODE(no_code),
    KEZEK_ERROR_CODE(shutting_down),
};
#undef KEZEK_ERROR_CODE

// Every enumerator is listed, once, at its own index (to_string relies on it).
constexpr bool listed_in_order() {
  for (std::size_t i = 0; i < kAllErrorCodes.size(); ++i)
    if (static_cast<std::size_t>(kAllErrorCodes[i].code) != i) return false;
  return kAllErrorCodes.size() == static_cast<std::size_t>(ErrorCode::shutting_down) + 1;
}
static_assert(listed_in_order(), "kAllErrorCodes must list every ErrorCode in the enum's order");

std::string_view to_string(ErrorCode code);
std::optional<ErrorCode> parse_error_code(std::string_view name);

}  // namespace kezek::protocol
