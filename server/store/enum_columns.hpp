#pragma once
// Reading the domain's enums back from their stored to_string() text. Unknown
// text means the file was written by other code or edited by hand: that is a
// StoreError naming the table, column and text, never a silent default.
#include <string_view>

#include "server/store/statement.hpp"
#include "shared/domain/model.hpp"

namespace kezek::store {

domain::TicketTier column_ticket_tier(const Statement& row, int column);
domain::TicketStatus column_ticket_status(const Statement& row, int column);
domain::AppointmentStatus column_appointment_status(const Statement& row, int column);
domain::CounterPhase column_counter_phase(const Statement& row, int column);

}  // namespace kezek::store
