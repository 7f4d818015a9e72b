#pragma once
// Every text the kiosk itself says (the catalog brings the services' own), in
// English, Russian and Kazakh: one table, one row per key. A "{}" in a text is
// filled in order by fill(); the words around it are chosen so that no
// inflection depends on the value ("Last day: 1 December"), which keeps
// Russian and Kazakh grammatical whatever the number or date.

#include <span>
#include <string>
#include <string_view>

#include "shared/catalog/lang.hpp"
#include "shared/i18n/fill.hpp"

namespace kezek::kiosk {

using catalog::Lang;

enum class S {
  // chrome
  centre_name,
  back,
  start_over,
  offline_banner,
  offline_short,
  please_wait,
  // home
  welcome,
  take_ticket,
  take_ticket_hint,
  have_appointment,
  have_appointment_hint,
  check_booking,
  check_booking_hint,
  today_hours,
  hours_line,
  closed_today,
  hours_unknown,
  status_from_calendar,
  status_unreadable,
  protocol_mismatch,
  // catalog browsing
  choose_group,
  choose_service,
  services_count,
  // service card
  documents_to_bring,
  documents_tick_hint,
  how_to_apply,
  at_embassy,
  good_to_know,
  fees,
  service_fee,
  state_duty,
  no_state_duty,
  processing_time,
  ready_by,
  ready_today,
  may_extend,
  fee_not_stated,
  tier_standard,
  tier_priority,
  tier_manager,
  choose_tier,
  take_ticket_for,
  // visa extension
  expiry_prompt,
  expiry_format,
  extension_within,
  extension_too_early,
  extension_too_late,
  not_a_date,
  change_date,
  extension_needs_date,
  extension_checking,
  extension_unreachable,
  extension_unreadable,
  // ticket
  your_ticket,
  people_ahead,
  estimated_wait,
  expected_call,
  after_lunch,
  after_lunch_no_time,
  watch_screen,
  scan_to_follow,
  printing,
  printed,
  print_failed,
  no_printer,
  done,
  checked_in_at,
  not_today_title,
  not_today_body,
  next_free_slot,
  book_elsewhere,
  no_free_slot,
  centre_closed,
  day_full,
  issue_failed,
  // booking code
  enter_code,
  code_hint,
  check_in,
  show_booking,
  code_bad_char,
  code_unknown,
  code_too_early,
  code_too_late,
  take_standard_ticket,
  code_wrong_day,
  code_already_checked_in,
  code_not_active,
  request_failed,
  clear,
  // booking details
  your_booking,
  booking_code,
  booking_date,
  booking_time,
  booking_service,
  booking_status,
  status_booked,
  status_checked_in,
  status_served,
  status_cancelled,
  status_missed,
  status_unserved,
  check_in_now,
  // printed ticket
  receipt_issued,
  receipt_scan,
  count_  // not a text: the number of keys
};

// The table (row i holds key i), for i18n::tr and i18n::trf (shared/i18n/fill.hpp).
std::span<const i18n::Row<S>> strings_table(S);

using i18n::fill;
using i18n::language_name;
using i18n::tr;
using i18n::trf;

}  // namespace kezek::kiosk
