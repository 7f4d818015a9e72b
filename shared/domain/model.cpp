// Text forms of the model's enumerations: the names used in the database, the
// protocol's JSON and the logs. They are the enumerators' own names, so a
// value reads the same in code and on the wire.
#include "shared/domain/model.hpp"

#include <array>
#include <utility>

namespace kezek::domain {
namespace {

// One table per enum, in enumerator order, so to_string is an index and parse
// a short scan; a name added to an enum without one here fails to compile.
constexpr std::array<std::pair<TicketTier, std::string_view>, 4> kTiers{{
    {TicketTier::appointment, "appointment"},
    {TicketTier::manager, "manager"},
    {TicketTier::priority, "priority"},
    {TicketTier::standard, "standard"},
}};

constexpr std::array<std::pair<TicketStatus, std::string_view>, 6> kTicketStatuses{{
    {TicketStatus::waiting, "waiting"},
    {TicketStatus::called, "called"},
    {TicketStatus::serving, "serving"},
    {TicketStatus::done, "done"},
    {TicketStatus::no_show, "no_show"},
    {TicketStatus::cancelled, "cancelled"},
}};

constexpr std::array<std::pair<CounterPhase, std::string_view>, 3> kCounterPhases{{
    {CounterPhase::idle, "idle"},
    {CounterPhase::calling, "calling"},
    {CounterPhase::serving, "serving"},
}};

constexpr std::array<std::pair<AppointmentStatus, std::string_view>, 6> kAppointmentStatuses{{
    {AppointmentStatus::booked, "booked"},
    {AppointmentStatus::checked_in, "checked_in"},
    {AppointmentStatus::served, "served"},
    {AppointmentStatus::cancelled, "cancelled"},
    {AppointmentStatus::missed, "missed"},
    {AppointmentStatus::unserved, "unserved"},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) {
      return name;
    }
  }
  return "unknown";  // only for a value cast from an out-of-range integer
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [e, name] : table) {
    if (name == text) {
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(TicketTier v) { return name_of(kTiers, v); }
std::string_view to_string(TicketStatus v) { return name_of(kTicketStatuses, v); }
std::string_view to_string(CounterPhase v) { return name_of(kCounterPhases, v); }
std::string_view to_string(AppointmentStatus v) { return name_of(kAppointmentStatuses, v); }

std::optional<TicketTier> parse_ticket_tier(std::string_view text) { return value_of(kTiers, text); }
std::optional<TicketStatus> parse_ticket_status(std::string_view text) { return value_of(kTicketStatuses, text); }
std::optional<AppointmentStatus> parse_appointment_status(std::string_view text) {
  return value_of(kAppointmentStatuses, text);
}

}  // namespace kezek::domain
