#pragma once
// One day of the queue as the server's engine holds it: the day's tickets,
// counters and appointments, with lookups by id, number and code.
//
// Invariants that keep the indexes right:
//  - tickets are only appended, through add_ticket (issue order; never erased
//    or reordered — a finished ticket stays, with its status);
//  - appointments are only appended, through add_appointment;
//  - a ticket's id and an appointment's code never change once added.
// Any other field may be changed in place through the pointers returned.
// If the vectors are filled or edited directly (e.g. loaded from the store),
// call reindex() afterwards. The lookups check the index against the vectors
// and fall back to a scan when they disagree, so a forgotten reindex() after
// direct appends is slow, not wrong.
//
// Counters are looked up by a scan: a Centre has about a dozen, where a scan
// is as fast as a hash and needs no index to keep in step.
//
// Two lazily kept caches make the hot paths (choose_next, the forecast) cost
// what is open rather than what the day has seen:
//  - open_tickets(): the tickets from the first one that is not settled.
//    Settled (done, no-show, cancelled) is final — no command turns a settled
//    ticket back — so the settled prefix only grows and a finished morning is
//    never walked again.
//  - counters_with_skill(service): which counters list the service among
//    their skills; rebuilt when counters are added or reindex() is called.
//
// Threading: a plain value; no internal synchronisation. The engine touches it
// from its one strand only.
#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shared/domain/model.hpp"

namespace kezek::domain {

struct DayState {
  Date day{};
  std::vector<Ticket> tickets;          // issue order
  std::vector<CounterConfig> counters;  // parallel to counter_states
  std::vector<CounterState> counter_states;
  std::vector<Appointment> appointments;  // the day's, in booking order

  Ticket* find_ticket(TicketId id);
  const Ticket* find_ticket(TicketId id) const;
  // Appends and indexes; returns the stored ticket. The reference is valid
  // until the next add_ticket (the vector may grow).
  Ticket& add_ticket(Ticket ticket);

  // Adds the counter and an idle, unpaused state for it, keeping the two
  // vectors parallel.
  void add_counter(CounterConfig config);
  const CounterConfig* counter(int number) const;
  CounterState* counter_state(int number);
  const CounterState* counter_state(int number) const;

  // By the stored code, exactly (normalize typed codes first: codes.hpp).
  Appointment* find_appointment(std::string_view code);
  const Appointment* find_appointment(std::string_view code) const;
  Appointment& add_appointment(Appointment appointment);

  // Every ticket not in the settled prefix, in issue order (see above). The
  // span is valid until the next add_ticket.
  std::span<const Ticket> open_tickets() const;
  std::span<Ticket> open_tickets();
  // The largest ticket id of the day, 0 when there is none.
  TicketId max_ticket_id() const;
  // Indices into `counters` whose skills include `service`, ascending.
  const std::vector<int>& counters_with_skill(std::string_view service) const;

  // Rebuilds the ticket and appointment indexes and the caches from the
  // vectors.
  void reindex();

 private:
  std::size_t ticket_slot(TicketId id) const;                 // tickets.size() if none
  std::size_t appointment_slot(std::string_view code) const;  // appointments.size() if none

  std::unordered_map<TicketId, std::size_t> ticket_index_;
  std::map<std::string, std::size_t, std::less<>> appointment_index_;
  TicketId max_ticket_id_ = 0;
  // Caches, so mutable: advancing them changes no observable state.
  mutable std::size_t settled_ = 0;  // tickets[0, settled_) are settled
  mutable std::map<std::string, std::vector<int>, std::less<>> skills_;
  mutable const CounterConfig* skills_built_for_ = nullptr;  // counters.data() then
  mutable std::size_t skills_built_size_ = 0;
};

}  // namespace kezek::domain
