#pragma once
// Engine: the one serialized path through which every state change goes.
//
// A worker thread owns the QueueService and the SQLite connection. HTTP sessions
// submit commands from any thread; the worker takes every command that is
// waiting, runs them in ONE transaction with a savepoint each (a failing command
// undoes only itself), commits with synchronous=FULL, and only then sends the
// replies and publishes the events. Many requests share one fsync (group
// commit), so the disk's flush rate does not cap the server, and the event loop
// never waits on the disk.
//
// Threading: submit(), async_submit() and request_snapshot() are thread-safe.
// execute() runs a command on the caller's thread and is for tests and fuzzing
// only, when the worker is not running.

#include <boost/asio.hpp>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "server/engine/fault_log.hpp"
#include "server/engine/queue_service.hpp"
#include "server/http/event_hub.hpp"
#include "server/store/database.hpp"

namespace kezek::server {

class Engine final : public http::SnapshotSource {
 public:
  using Command = std::function<ApiReply(QueueService&, Instant now)>;
  using Publish = std::function<void(http::EventFrame)>;

  Engine(const catalog::Catalog& catalog, const WorkingCalendar& calendar, const ServerConfig& config,
         const Clock& clock, const std::filesystem::path& database_file);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Where committed events go (the EventHub). Set before start().
  void set_publisher(Publish publish) { publish_ = std::move(publish); }
  void start();
  // Refuses what is still queued (abandon_queued), then joins the worker: a
  // command is never committed after nobody is left to answer it.
  void stop();

  // Shutdown, in the server's order (server/main.cpp; docs/operations.md,
  // "Faults"): every command committed is answered, and none is committed that
  // cannot be. Both are thread-safe.
  // From now on a submitted command is answered 503 shutting_down at once,
  // unrun; those already queued still run and are answered.
  void refuse_new_commands();
  // Answers every queued command 503 shutting_down, unrun, and makes the batch
  // being run roll back and answer the same, unless its commit has begun.
  void abandon_queued();
  // Commands submitted and not yet answered: queued, or in the batch being run.
  std::size_t commands_in_flight() const;

  // `done` is called on the worker thread after the command's batch committed
  // (or at once, with 503 shutting_down, once the engine refuses new commands).
  void submit(Command command, std::function<void(ApiReply)> done);

  // Asio form: completes on the caller's associated executor.
  template <typename Token>
  auto async_submit(Command command, Token&& token) {
    return boost::asio::async_initiate<Token, void(ApiReply)>(
        [this](auto handler, Command cmd) {
          auto shared = std::make_shared<decltype(handler)>(std::move(handler));
          submit(std::move(cmd), [shared](ApiReply reply) {
            auto executor = boost::asio::get_associated_executor(*shared);
            boost::asio::post(executor, [shared, reply = std::move(reply)]() mutable { (*shared)(std::move(reply)); });
          });
        },
        token, std::move(command));
  }

  void request_snapshot(std::function<void(std::int64_t, std::shared_ptr<const std::string>)> deliver) override;

  ApiReply execute(Command command);

  const Clock& clock() const { return clock_; }
  // Immutable and thread-safe (working_calendar.hpp): pure calendar questions
  // (GET /api/v1/extension-window) need no command.
  const WorkingCalendar& calendar() const { return calendar_; }

 private:
  struct CommandJob {
    Command command;
    std::function<void(ApiReply)> done;
  };
  struct SnapshotJob {
    std::function<void(std::int64_t, std::shared_ptr<const std::string>)> deliver;
  };
  using Job = std::variant<CommandJob, SnapshotJob>;

  using Replies = std::vector<std::pair<std::function<void(ApiReply)>*, ApiReply>>;
  // A batch that was not committed, and what each of its commands is answered.
  struct BatchFailure {
    ApiReply reply;
    bool storage = false;  // the storage failed (is_storage_fault)
    bool began = false;    // after the transaction began (not a lock held too long)
  };

  void run();
  void process(std::vector<Job>& jobs);
  // One attempt at a batch in one transaction: the clock's transitions (when
  // `with_tick`), each command in its savepoint, the commit. Fills `replies`.
  // With the clock, marks in `wrote` (by job) the commands that wrote; without
  // it (the attempt after a full disk), refuses those unrun.
  std::optional<BatchFailure> run_batch(std::vector<Job>& jobs, Instant now, bool with_tick, Replies& replies,
                                        std::vector<bool>& wrote);
  // The clock's transitions in a savepoint of their own: when the storage
  // refuses them they are undone alone, and the next batch tries them again.
  void run_tick(Instant now, const domain::Queue::Announced& announced);
  // After a batch that was not committed: its events and announcements never
  // reached anyone, and the state is reloaded from the store.
  void undo_batch(Instant now, const domain::Queue::Announced& announced);
  bool abandoning() const;
  void publish_all(std::vector<PendingEvent> events);

  const Clock& clock_;
  const WorkingCalendar& calendar_;
  store::Database db_;
  QueueService service_;
  Publish publish_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<Job> queue_;
  bool stopping_ = false;
  bool refusing_ = false;    // refuse_new_commands()
  bool abandoning_ = false;  // abandon_queued()
  std::size_t in_flight_ = 0;
  std::thread worker_;
  // The last batch, as the worker saw it (worker thread only): how long to
  // wait for the next one to fill (batch_gathering.hpp).
  std::size_t last_batch_commands_ = 0;
  FaultLog faults_;  // worker thread only
  std::chrono::steady_clock::duration last_commit_{};
};

}  // namespace kezek::server
