#pragma once
// QueueService: the Centre's queue as the server's commands. It is the adapter
// around the pure domain::Queue, which holds every rule: a request becomes a
// typed command, the Queue changes the day or refuses, and QueueService saves
// exactly what changed (server/store), draws the identities the Queue asks for
// (StoreQueueSupply), appends the audit log, turns refusals into HTTP statuses
// and error codes, and turns the Queue's events into the JSON events clients
// receive. It does no networking and never commits: the Engine wraps each batch
// of commands in one transaction (group commit) and each command in a savepoint.
//
// The class is split by feature across ticket_ops.cpp, counter_ops.cpp,
// appointment_ops.cpp, day_ops.cpp (with the saving and event mapping all
// commands share) and views.cpp.
//
// Threading: used only from the engine thread.

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/config/server_config.hpp"
#include "server/engine/api_reply.hpp"
#include "server/engine/store_queue_supply.hpp"
#include "server/store/appointment_repository.hpp"
#include "server/store/audit_log.hpp"
#include "server/store/counter_state_repository.hpp"
#include "server/store/database.hpp"
#include "server/store/event_log.hpp"
#include "server/store/retention.hpp"
#include "server/store/sequence_repository.hpp"
#include "server/store/ticket_repository.hpp"
#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/domain/day_state.hpp"
#include "shared/domain/forecast.hpp"
#include "shared/domain/queue.hpp"
#include "shared/domain/service_times.hpp"
#include "shared/protocol/board.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::server {

struct IssueRequest {
  std::string service;
  domain::TicketTier tier = domain::TicketTier::standard;
  std::string lang = "en";
};

enum class CounterAction { call_next, recall, start, finish, no_show, transfer, pause, resume };
std::optional<CounterAction> parse_counter_action(std::string_view);
std::string_view to_string(CounterAction);

struct TransferRequest {
  std::optional<std::string> service;
  std::optional<int> counter;
  std::string reason;
};

struct BookingRequest {
  std::string service;
  Instant start{};
  std::string applicant;
};

// One event made by a command, kept until its batch commits.
struct PendingEvent {
  std::int64_t seq;
  std::string json;
};

class QueueService {
 public:
  QueueService(const catalog::Catalog& catalog, const WorkingCalendar& calendar, const ServerConfig& config,
               store::Database& db);

  // --- the day (day_ops.cpp) ---
  // Loads the state of the day that contains `now`, first closing what earlier
  // days left open (shared/domain/day_end.hpp). Also used to recover after a
  // failed command or commit.
  void load(Instant now);
  // What the queue has announced (the day, the Centre's state): the engine
  // takes it before a batch and puts it back when the batch is not committed,
  // so a day_started or centre.status event lost with it is announced again.
  domain::Queue::Announced announced() const { return queue_.announced(); }
  void restore_announced(domain::Queue::Announced announced) { queue_.restore_announced(announced); }
  // Transitions that come with time: a new day, the centre opening, lunch or
  // closing, called tickets nobody came for, appointments nobody checked in for.
  void tick(Instant now);

  // --- tickets (ticket_ops.cpp) ---
  ApiReply issue_ticket(const IssueRequest& request, Instant now);
  ApiReply ticket_by_id(domain::TicketId id, Instant now);
  // The public status page's data, found by the ticket's unguessable token.
  std::optional<protocol::Ticket> ticket_status_by_token(std::string_view token, Instant now);

  // --- counters (counter_ops.cpp) ---
  // `actor` ("counter:3", "admin") goes to the audit log with the action.
  ApiReply counter_action(int counter, CounterAction action, const TransferRequest& transfer, Instant now,
                          std::string_view actor);
  ApiReply counter_view(int counter, Instant now);

  // --- appointments (appointment_ops.cpp) ---
  ApiReply free_slots(std::string_view service, Date date, Instant now);
  ApiReply book(const BookingRequest& request, Instant now, std::string_view actor);
  ApiReply appointment(std::string_view code, Instant now);
  ApiReply cancel_appointment(std::string_view code, Instant now, std::string_view actor);
  // The audit log of one local day: {"date", "entries": [{"at", "actor", "action", "subject", "detail"}]}.
  ApiReply audit_day(Date day);
  ApiReply check_in(std::string_view code, std::string_view lang, Instant now);

  // --- the day's report (report_ops.cpp) ---
  // Every ticket of `day` with per-service counts and waiting over time, as JSON
  // or (as_csv) the tickets as CSV. Today from memory, other days from the store.
  ApiReply report(Date day, bool as_csv, Instant now);

  // --- views (views.cpp) ---
  ApiReply board(Instant now);
  ApiReply centre_status(Instant now) const;
  // The WebSocket snapshot: {"type": "snapshot", "seq": N, "board": {...}}.
  std::string snapshot(Instant now);

  // --- events ---
  std::vector<PendingEvent> take_events();
  std::size_t pending_event_count() const { return pending_.size(); }
  // Forgets the events of a command whose savepoint was rolled back.
  void drop_events_after(std::size_t count) { pending_.resize(std::min(count, pending_.size())); }
  std::int64_t last_seq() const { return seq_; }
  // After a batch's commands: one "waiting" event when the queue changed.
  void finish_batch(Instant now);

  const domain::DayState& state() const { return state_; }
  // The engine's connection, for a test that simulates a full disk on it
  // (PRAGMA max_page_count) through a command, on the engine thread. Nothing
  // else: every change to the store goes through the operations above.
  store::Database& database_for_fault_tests() { return db_; }

 private:
  // --- housekeeping (housekeeping_ops.cpp) ---
  // The store's chores beside the queue, each in a savepoint of its own: when
  // the storage refuses one (a full disk), it alone is undone and logged, the
  // batch goes on, and tick() tries it again at the next batch. True when saved
  // (in the open transaction). Closing what earlier days left open
  // (shared/domain/day_end.hpp):
  bool sweep_ended_days(Instant now);
  // Forgetting applicant references and deleting what is past the retention
  // periods (server/store/retention.hpp), once a day:
  bool apply_retention(Instant now);

  // helpers shared by the feature files
  void emit(std::string_view type, boost::json::object payload, Instant at);
  // `known`: a forecast already computed for this ticket (a new ticket's), so the
  // whole queue is not simulated again just to answer.
  protocol::Ticket ticket_view(const domain::Ticket& ticket, Instant now,
                               const domain::TicketForecast* known = nullptr);
  std::vector<protocol::WaitingGroup> waiting_groups(Instant now);
  protocol::Board board_view(Instant now);
  const domain::TicketForecast* forecast_for(domain::TicketId id, Instant now);
  void touch_queue() {
    forecast_valid_ = false;
    queue_changed_ = true;
  }
  // Saves what a Queue result changed, marks the queue changed when it did,
  // and emits its events (day_ops.cpp).
  void apply_result(const domain::QueueResult& result, Instant now);
  boost::json::object event_json(const domain::QueueEvent& event, const domain::QueueResult& result, Instant now);
  domain::DayState load_day_state(Instant now);
  std::optional<ApiReply> refuse_when_closed(Instant now, bool for_call) const;
  std::optional<domain::Slot> next_free_slot(std::string_view service, Instant now);
  ApiReply refuse_provisional_day(Date day) const;
  // `subject` becomes the number of the ticket the action answers with.
  ApiReply counter_action_unaudited(int counter, CounterAction action, const TransferRequest& transfer, Instant now,
                                    std::string& subject);
  domain::QueueResult apply_counter_action(int counter, CounterAction action, const TransferRequest& transfer,
                                           Instant now);
  ApiReply counter_refusal(int counter, CounterAction action, const domain::QueueRefusal& refusal, Instant now,
                           const TransferRequest& transfer);
  int waiting_for_service(std::string_view service) const;

  const catalog::Catalog& catalog_;
  const WorkingCalendar& calendar_;
  const ServerConfig& config_;
  store::Database& db_;
  store::TicketRepository tickets_;
  store::SequenceRepository sequences_;
  store::AppointmentRepository appointments_;
  store::CounterStateRepository counter_states_;
  store::EventLog event_log_;
  store::AuditLog audit_;
  store::Retention retention_;
  StoreQueueSupply supply_;

  domain::Queue queue_;
  // The Queue's day and service times, read by the views under their old names.
  const domain::DayState& state_;
  const domain::ServiceTimes& service_times_;
  std::unordered_map<domain::TicketId, domain::TicketForecast> forecast_;
  bool forecast_valid_ = false;
  Instant forecast_at_{};
  bool queue_changed_ = false;
  // The day whose day-end sweep and retention tick() has saved in the open
  // transaction; load() forgets both, as the batch may not have been committed.
  std::optional<Date> swept_day_;
  std::optional<Date> retained_day_;
  std::int64_t seq_ = 0;
  std::vector<PendingEvent> pending_;
};

}  // namespace kezek::server
