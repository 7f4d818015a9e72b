#pragma once
// Every error code the server sends, in one list: the server refuses only with
// an ErrorCode (reply_error, json_error), so a code outside this list cannot
// reach the wire. docs/api.md's error table is the contract; a unit test checks
// that the two name the same codes.
//
// Threading: constants and pure functions.
#include <array>
#include <optional>
#include <string_view>

namespace kezek::protocol {

enum class ErrorCode {
  // 400
  malformed_json, empty_body, bad_target, bad_id, bad_counter, bad_date, missing_parameter, bad_code,
  bad_request,
  // 401 / 403 / 404 / 405 / 408
  unauthorized, forbidden,
  not_found, unknown_service, unknown_ticket, unknown_counter, unknown_appointment,
  method_not_allowed, request_timeout,
  // 409
  lunch_break, closed, paused, busy, no_current_ticket, not_today, already_booked, slot_unavailable,
  too_early, too_late, wrong_day, already_checked_in, not_active, not_cancellable, not_served,
  same_counter, already_paused, not_paused,
  // 413 / 431
  body_too_large, header_too_large,
  // 422
  wrong_type, unknown_field, missing_field, too_long, bad_tier, tier_not_offered, bad_lang, bad_start,
  bad_applicant, bad_transfer,
  // 426 / 429
  upgrade_required, day_full, rate_limited,
  // 500 / 503
  internal, storage_unavailable, too_many_connections, no_code,
};

// Each code with its wire name, in the enum's order.
struct ErrorCodeName {
  ErrorCode code;
  std::string_view name;
};
extern const std::array<ErrorCodeName, 57> kAllErrorCodes;

std::string_view to_string(ErrorCode code);
std::optional<ErrorCode> parse_error_code(std::string_view name);

}  // namespace kezek::protocol
