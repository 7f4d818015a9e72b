#include "server/store/enum_columns.hpp"

#include <array>
#include <optional>
#include <string>

#include "server/store/store_error.hpp"

namespace kezek::store {
namespace {

template <class Enum>
Enum require(std::optional<Enum> value, const Statement& row, int column, const std::string& text,
             std::string_view what) {
  if (!value) {
    throw StoreError("unknown " + std::string(what) + " '" + text + "' in column " + std::to_string(column) +
                     " of: " + std::string(row.sql()));
  }
  return *value;
}

// The domain has no parse function for CounterPhase; match against its
// to_string() so the stored text stays defined in one place.
std::optional<domain::CounterPhase> parse_counter_phase(std::string_view text) {
  constexpr std::array kPhases{domain::CounterPhase::idle, domain::CounterPhase::calling,
                               domain::CounterPhase::serving};
  for (const domain::CounterPhase phase : kPhases) {
    if (domain::to_string(phase) == text) {
      return phase;
    }
  }
  return std::nullopt;
}

}  // namespace

domain::TicketTier column_ticket_tier(const Statement& row, int column) {
  const std::string text = row.column_text(column);
  return require(domain::parse_ticket_tier(text), row, column, text, "ticket tier");
}

domain::TicketStatus column_ticket_status(const Statement& row, int column) {
  const std::string text = row.column_text(column);
  return require(domain::parse_ticket_status(text), row, column, text, "ticket status");
}

domain::AppointmentStatus column_appointment_status(const Statement& row, int column) {
  const std::string text = row.column_text(column);
  return require(domain::parse_appointment_status(text), row, column, text, "appointment status");
}

domain::CounterPhase column_counter_phase(const Statement& row, int column) {
  const std::string text = row.column_text(column);
  return require(parse_counter_phase(text), row, column, text, "counter phase");
}

}  // namespace kezek::store
