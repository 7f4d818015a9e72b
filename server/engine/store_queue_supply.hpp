#pragma once
// StoreQueueSupply: the identities domain::Queue asks for, drawn where the
// server keeps them — ticket ids and daily numbers from the database (inside
// the command's savepoint, so a rolled-back command gives its number back),
// status tokens and booking codes from the OS's randomness.
//
// Threading: used only from the engine thread (as its repositories).
#include "server/store/appointment_repository.hpp"
#include "server/store/sequence_repository.hpp"
#include "server/store/ticket_repository.hpp"
#include "shared/domain/queue_commands.hpp"

namespace kezek::server {

class StoreQueueSupply final : public domain::QueueSupply {
 public:
  StoreQueueSupply(store::TicketRepository& tickets, store::SequenceRepository& sequences,
                   store::AppointmentRepository& appointments)
      : tickets_(tickets), sequences_(sequences), appointments_(appointments) {}

  int next_ticket_sequence(Date day, char letter) override { return sequences_.next(day, letter); }
  std::string new_status_token() override;
  domain::TicketId store_new_ticket(const domain::Ticket& ticket) override { return tickets_.insert(ticket); }
  std::optional<std::string> new_booking_code() override;

 private:
  store::TicketRepository& tickets_;
  store::SequenceRepository& sequences_;
  store::AppointmentRepository& appointments_;
};

}  // namespace kezek::server
