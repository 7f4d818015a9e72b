// DayState: the indexes behind its lookups (see the header for the invariants).
#include "shared/domain/day_state.hpp"

#include <algorithm>
#include <utility>

namespace kezek::domain {

std::size_t DayState::ticket_slot(TicketId id) const {
  const auto found = ticket_index_.find(id);
  if (found != ticket_index_.end() && found->second < tickets.size() && tickets[found->second].id == id) {
    return found->second;
  }
  // A miss is a real "no such ticket" only when the index covers every ticket;
  // otherwise the vector was edited behind the index's back: scan.
  if (found == ticket_index_.end() && ticket_index_.size() == tickets.size()) {
    return tickets.size();
  }
  const auto it = std::find_if(tickets.begin(), tickets.end(), [id](const Ticket& t) { return t.id == id; });
  return static_cast<std::size_t>(it - tickets.begin());
}

Ticket* DayState::find_ticket(TicketId id) {
  const std::size_t i = ticket_slot(id);
  return i < tickets.size() ? &tickets[i] : nullptr;
}

const Ticket* DayState::find_ticket(TicketId id) const {
  const std::size_t i = ticket_slot(id);
  return i < tickets.size() ? &tickets[i] : nullptr;
}

Ticket& DayState::add_ticket(Ticket ticket) {
  ticket_index_[ticket.id] = tickets.size();
  max_ticket_id_ = std::max(max_ticket_id_, ticket.id);
  tickets.push_back(std::move(ticket));
  return tickets.back();
}

void DayState::add_counter(CounterConfig config) {
  CounterState state;
  state.number = config.number;
  counters.push_back(std::move(config));
  counter_states.push_back(state);
  skills_built_for_ = nullptr;
}

const CounterConfig* DayState::counter(int number) const {
  const auto it =
      std::find_if(counters.begin(), counters.end(), [number](const CounterConfig& c) { return c.number == number; });
  return it == counters.end() ? nullptr : &*it;
}

CounterState* DayState::counter_state(int number) {
  const auto it = std::find_if(counter_states.begin(), counter_states.end(),
                               [number](const CounterState& c) { return c.number == number; });
  return it == counter_states.end() ? nullptr : &*it;
}

const CounterState* DayState::counter_state(int number) const {
  const auto it = std::find_if(counter_states.begin(), counter_states.end(),
                               [number](const CounterState& c) { return c.number == number; });
  return it == counter_states.end() ? nullptr : &*it;
}

std::size_t DayState::appointment_slot(std::string_view code) const {
  const auto found = appointment_index_.find(code);
  if (found != appointment_index_.end() && found->second < appointments.size() &&
      appointments[found->second].code == code) {
    return found->second;
  }
  if (found == appointment_index_.end() && appointment_index_.size() == appointments.size()) {
    return appointments.size();
  }
  const auto it =
      std::find_if(appointments.begin(), appointments.end(), [code](const Appointment& a) { return a.code == code; });
  return static_cast<std::size_t>(it - appointments.begin());
}

Appointment* DayState::find_appointment(std::string_view code) {
  const std::size_t i = appointment_slot(code);
  return i < appointments.size() ? &appointments[i] : nullptr;
}

const Appointment* DayState::find_appointment(std::string_view code) const {
  const std::size_t i = appointment_slot(code);
  return i < appointments.size() ? &appointments[i] : nullptr;
}

Appointment& DayState::add_appointment(Appointment appointment) {
  appointment_index_[appointment.code] = appointments.size();
  appointments.push_back(std::move(appointment));
  return appointments.back();
}

std::span<const Ticket> DayState::open_tickets() const {
  settled_ = std::min(settled_, tickets.size());
  while (settled_ < tickets.size() && !tickets[settled_].is_open()) {
    ++settled_;
  }
  return std::span<const Ticket>(tickets).subspan(settled_);
}

std::span<Ticket> DayState::open_tickets() {
  const std::size_t first = std::as_const(*this).open_tickets().size();
  return std::span<Ticket>(tickets).last(first);
}

TicketId DayState::max_ticket_id() const {
  // add_ticket keeps the maximum; a vector filled behind its back is scanned.
  if (ticket_index_.size() == tickets.size()) {
    return max_ticket_id_;
  }
  TicketId most = 0;
  for (const Ticket& t : tickets) {
    most = std::max(most, t.id);
  }
  return most;
}

const std::vector<int>& DayState::counters_with_skill(std::string_view service) const {
  if (skills_built_for_ != counters.data() || skills_built_size_ != counters.size()) {
    skills_.clear();
    for (int c = 0; c < static_cast<int>(counters.size()); ++c) {
      for (const std::string& skill : counters[static_cast<std::size_t>(c)].services) {
        skills_[skill].push_back(c);
      }
    }
    skills_built_for_ = counters.data();
    skills_built_size_ = counters.size();
  }
  static const std::vector<int> none;
  const auto found = skills_.find(service);
  return found == skills_.end() ? none : found->second;
}

void DayState::reindex() {
  ticket_index_.clear();
  ticket_index_.reserve(tickets.size());
  max_ticket_id_ = 0;
  for (std::size_t i = 0; i < tickets.size(); ++i) {
    ticket_index_[tickets[i].id] = i;
    max_ticket_id_ = std::max(max_ticket_id_, tickets[i].id);
  }
  settled_ = 0;
  skills_built_for_ = nullptr;
  appointment_index_.clear();
  for (std::size_t i = 0; i < appointments.size(); ++i) {
    appointment_index_[appointments[i].code] = i;
  }
}

}  // namespace kezek::domain
