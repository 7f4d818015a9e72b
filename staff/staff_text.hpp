#pragma once
// Every word the staff console shows, in English, Russian and Kazakh: one table
// of {en, ru, kk} per key (staff_text.cpp). Service and document names come
// from the catalog; the Centre's state lines from shared/i18n.
//
// Placeholders are "{}", filled in order by fill() — no printf formats, so a
// translation can move the number to where its grammar wants it.

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "shared/catalog/lang.hpp"
#include "shared/i18n/fill.hpp"

namespace kezek::staff {

enum class Msg {
  title_counter,  // "Counter {}"
  title_supervisor,
  console_name,
  // actions (buttons)
  act_call_next,
  act_recall,
  act_start,
  act_finish,
  act_no_show,
  act_transfer,
  act_pause,
  act_resume,
  // the current ticket
  current_visitor,
  no_visitor,
  press_call,
  counter_paused,
  resume_hint,
  status_called,
  status_serving,
  tier_standard,
  tier_priority,
  tier_manager,
  tier_appointment,
  waited,
  called_ago,
  serving_for,
  recalls,
  appointment_line,
  transferred_line,
  documents,
  received_count,
  no_documents,
  document_condition,
  // the counter's queue
  queue_title,
  col_service,
  col_waiting,
  longest_wait,
  next_appointments,
  no_appointments,
  appt_booked,
  appt_checked_in,
  // replies and refusals
  nobody_waiting,
  refused_busy,
  refused_paused,
  refused_no_ticket,
  refused_same_counter,
  refused_not_served,
  refused_unknown_counter,
  refused_unknown_service,
  refused_already_paused,
  refused_not_paused,
  refused_token,
  refused_bad_transfer,
  refused_other,
  server_says,
  unreachable,
  bad_reply,
  protocol_mismatch,
  // connection
  conn_live,
  conn_connecting,
  conn_retry,
  loading,
  // transfer panel
  transfer_title,
  to_service,
  to_counter,
  counter_number,
  reason,
  do_transfer,
  cancel,
  choose_service,
  transfer_keys,
  // setup
  not_set_up,
  setup_usage,
  // supervisor
  stat_issued,
  stat_served,
  stat_no_show,
  stat_waiting,
  stat_mean_wait,
  stat_max_wait,
  counters_title,
  col_counter,
  col_operator,
  col_state,
  col_ticket,
  phase_idle,
  phase_calling,
  phase_serving,
  phase_paused,
  manager_counter,
  waiting_by_service,
  col_longest,
  chart_waiting,
  chart_waits,
  no_data,
  export_csv,
  export_saved,
  export_failed,
  minutes,
  minutes_unit,
  count_  // number of keys; keep last
};

using Phrase = i18n::Row<Msg>;

// The table (row i holds key i), for i18n::tr and i18n::trf (shared/i18n/fill.hpp)
// and for the glyph and completeness tests.
std::span<const Phrase> strings_table(Msg);
inline std::span<const Phrase> all_phrases() { return strings_table(Msg{}); }

using i18n::fill;
using i18n::language_name;
using i18n::tr;
using i18n::trf;

}  // namespace kezek::staff
