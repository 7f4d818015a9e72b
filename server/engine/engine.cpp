#include "server/engine/engine.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

#include "server/engine/batch_gathering.hpp"
#include "server/engine/fault_replies.hpp"
#include "server/engine/tick_interval.hpp"
#include "server/store/migrations.hpp"
#include "server/store/transaction.hpp"

namespace kezek::server {

Engine::Engine(const catalog::Catalog& catalog, const WorkingCalendar& calendar, const ServerConfig& config,
               const Clock& clock, const std::filesystem::path& database_file)
    : clock_(clock),
      calendar_(calendar),
      db_(store::open_database(database_file.string())),
      service_(catalog, calendar, config, db_) {
  store::Transaction tx(db_);
  service_.load(clock_.now());
  tx.commit();
}

Engine::~Engine() { stop(); }

void Engine::start() {
  std::lock_guard lock(mutex_);
  if (worker_.joinable()) return;
  stopping_ = false;
  refusing_ = false;
  abandoning_ = false;
  worker_ = std::thread([this] { run(); });
}

void Engine::stop() {
  abandon_queued();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (worker_.joinable()) worker_.join();
}

void Engine::refuse_new_commands() {
  std::lock_guard lock(mutex_);
  refusing_ = true;
}

void Engine::abandon_queued() {
  std::vector<CommandJob> refused;
  {
    std::lock_guard lock(mutex_);
    abandoning_ = true;
    refusing_ = true;
    std::vector<Job> kept;
    for (Job& job : queue_) {
      if (auto* cmd = std::get_if<CommandJob>(&job)) {
        refused.push_back(std::move(*cmd));
      } else {
        kept.push_back(std::move(job));
      }
    }
    queue_.swap(kept);
    in_flight_ -= refused.size();
  }
  for (CommandJob& cmd : refused) cmd.done(shutting_down_reply());
}

bool Engine::abandoning() const {
  std::lock_guard lock(mutex_);
  return abandoning_;
}

std::size_t Engine::commands_in_flight() const {
  std::lock_guard lock(mutex_);
  return in_flight_;
}

void Engine::submit(Command command, std::function<void(ApiReply)> done) {
  {
    std::unique_lock lock(mutex_);
    if (refusing_) {
      lock.unlock();
      done(shutting_down_reply());
      return;
    }
    queue_.push_back(CommandJob{std::move(command), std::move(done)});
    ++in_flight_;
  }
  wake_.notify_one();
}

void Engine::request_snapshot(std::function<void(std::int64_t, std::shared_ptr<const std::string>)> deliver) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(SnapshotJob{std::move(deliver)});
  }
  wake_.notify_one();
}

ApiReply Engine::execute(Command command) {
  std::vector<Job> jobs;
  ApiReply result;
  jobs.push_back(CommandJob{std::move(command), [&result](ApiReply reply) { result = std::move(reply); }});
  process(jobs);
  return result;
}

void Engine::run() {
  std::vector<Job> jobs;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      // Wake at least every tick: the clock alone moves the Centre (lunch,
      // closing, no-shows), even when nobody sends anything.
      wake_.wait_for(lock, tick_interval(clock_.rate()), [this] { return stopping_ || !queue_.empty(); });
      // What stop() left queued was refused by it (snapshots need no answer).
      if (stopping_) return;
      if (const auto gather = gather_wait(last_batch_commands_, last_commit_);
          gather.count() > 0 && queue_.size() < last_batch_commands_) {
        wake_.wait_for(lock, gather, [this] { return stopping_ || queue_.size() >= last_batch_commands_; });
      }
      jobs.swap(queue_);
    }
    process(jobs);
    // Answered only now (process() calls every `done`), so a shutdown that
    // waits for none in flight never stops the io_context before the replies
    // are posted to it.
    const auto answered = static_cast<std::size_t>(std::count_if(
        jobs.begin(), jobs.end(), [](const Job& job) { return std::holds_alternative<CommandJob>(job); }));
    jobs.clear();
    std::lock_guard lock(mutex_);
    in_flight_ -= answered;
  }
}

void Engine::publish_all(std::vector<PendingEvent> events) {
  if (!publish_) return;
  for (PendingEvent& e : events)
    publish_(http::EventFrame{e.seq, std::make_shared<const std::string>(std::move(e.json))});
}

void Engine::process(std::vector<Job>& jobs) {
  const Instant now = clock_.now();
  // Snapshots first, from the committed state; events of this batch follow them.
  for (Job& job : jobs) {
    if (auto* snap = std::get_if<SnapshotJob>(&job))
      snap->deliver(service_.last_seq(), std::make_shared<const std::string>(service_.snapshot(now)));
  }
  const domain::Queue::Announced announced = service_.announced();
  Replies replies;
  std::vector<bool> wrote(jobs.size(), false);
  std::optional<BatchFailure> failed = run_batch(jobs, now, true, replies, wrote);
  const bool has_commands =
      std::any_of(jobs.begin(), jobs.end(), [](const Job& job) { return std::holds_alternative<CommandJob>(job); });
  if (failed && failed->storage && failed->began && has_commands) {
    // On a full disk every commit with something to write fails until there
    // is room again: the clock's own writes (13:00, a new day, retention) and
    // any command's would take every reading request of the batch down with
    // them. So the batch runs once more without them: the commands that wrote
    // are refused unrun, those that only read are answered (a commit with
    // nothing to write). The next batch tries the clock's changes again.
    undo_batch(now, announced);
    replies.clear();
    failed = run_batch(jobs, now, false, replies, wrote);
  }
  if (failed) {
    undo_batch(now, announced);
    for (Job& job : jobs) {
      if (auto* cmd = std::get_if<CommandJob>(&job)) cmd->done(failed->reply);
    }
    return;
  }
  publish_all(service_.take_events());
  for (auto& [done, reply] : replies) (*done)(std::move(reply));
}

std::optional<Engine::BatchFailure> Engine::run_batch(std::vector<Job>& jobs, Instant now, bool with_tick,
                                                      Replies& replies, std::vector<bool>& wrote) {
  bool began = false;
  try {
    store::Transaction tx(db_);
    began = true;
    if (with_tick) run_tick(now, service_.announced());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      auto* cmd = std::get_if<CommandJob>(&jobs[i]);
      if (cmd == nullptr) continue;
      if (!with_tick && wrote[i]) {
        replies.emplace_back(&cmd->done, storage_unavailable_reply());
        continue;
      }
      const std::size_t events_before = service_.pending_event_count();
      const std::int64_t changes_before = db_.total_changes();
      store::Savepoint savepoint(db_, "command");
      try {
        ApiReply reply = cmd->command(service_, now);
        savepoint.release();
        if (with_tick) wrote[i] = db_.total_changes() != changes_before;
        replies.emplace_back(&cmd->done, std::move(reply));
      } catch (const std::exception& e) {
        const bool storage = is_storage_fault(e);
        // On some faults SQLite undoes the whole transaction itself: then the
        // whole batch has failed, and is answered as one.
        if (storage && !db_.in_transaction()) throw;
        // Undo this command alone: the savepoint rolls back its writes, the
        // state is reloaded from what the transaction still holds.
        savepoint.rollback();
        service_.drop_events_after(events_before);
        service_.load(now);
        faults_.write("command failed", e);
        replies.emplace_back(&cmd->done, storage ? storage_unavailable_reply() : internal_reply());
      }
    }
    service_.finish_batch(now);
    if (abandoning()) {
      // Shutting down: nobody may be left to read these answers once the
      // server exits, so nothing of the batch is kept (the Transaction rolls
      // back) and every command is refused instead.
      return BatchFailure{shutting_down_reply(), false, true};
    }
    const auto commit_began = std::chrono::steady_clock::now();
    tx.commit();
    last_commit_ = std::chrono::steady_clock::now() - commit_began;
    last_batch_commands_ = replies.size();
    return std::nullopt;
  } catch (const std::exception& e) {
    // The batch failed as a whole, mostly its commit (disk full, I/O error):
    // nothing of it is durable, so nothing of it may be acknowledged.
    faults_.write("batch not committed", e);
    const bool storage = is_storage_fault(e);
    return BatchFailure{storage ? storage_unavailable_reply() : internal_reply(), storage, began};
  }
}

void Engine::run_tick(Instant now, const domain::Queue::Announced& announced) {
  const std::size_t events_before = service_.pending_event_count();
  store::Savepoint savepoint(db_, "tick");
  try {
    service_.tick(now);
    savepoint.release();
  } catch (const std::exception& e) {
    // Only a storage fault is survivable here: anything else fails the batch.
    if (!is_storage_fault(e) || !db_.in_transaction()) throw;
    // A full disk must not stop the reading (boards, status pages) nor the
    // commands that still fit: the clock's changes are undone alone, and the
    // next batch makes them again (its day_started or centre.status too).
    savepoint.rollback();
    service_.drop_events_after(events_before);
    service_.restore_announced(announced);
    service_.load(now);
    faults_.write("the clock's changes could not be saved, tried again at the next batch", e);
  }
}

void Engine::undo_batch(Instant now, const domain::Queue::Announced& announced) {
  service_.take_events();
  // Its day_started or centre.status (13:00, 14:00, 18:00) went too: the
  // next batch announces them again.
  service_.restore_announced(announced);
  try {
    store::Transaction tx(db_);
    service_.load(now);
    tx.commit();
  } catch (const std::exception& reload) {
    faults_.write("reload failed", reload);
  }
}

}  // namespace kezek::server
