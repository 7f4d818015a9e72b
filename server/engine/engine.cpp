#include "server/engine/engine.hpp"

#include <chrono>
#include <cstdio>

#include "server/engine/batch_gathering.hpp"
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
  worker_ = std::thread([this] { run(); });
}

void Engine::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (worker_.joinable()) worker_.join();
}

void Engine::submit(Command command, std::function<void(ApiReply)> done) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(CommandJob{std::move(command), std::move(done)});
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
      if (stopping_ && queue_.empty()) return;
      if (const auto gather = gather_wait(last_batch_commands_, last_commit_);
          gather.count() > 0 && queue_.size() < last_batch_commands_) {
        wake_.wait_for(lock, gather, [this] { return stopping_ || queue_.size() >= last_batch_commands_; });
      }
      jobs.swap(queue_);
    }
    process(jobs);
    jobs.clear();
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
  std::vector<std::pair<std::function<void(ApiReply)>*, ApiReply>> replies;
  replies.reserve(jobs.size());
  const domain::Queue::Announced announced = service_.announced();
  try {
    store::Transaction tx(db_);
    service_.tick(now);
    for (Job& job : jobs) {
      auto* cmd = std::get_if<CommandJob>(&job);
      if (cmd == nullptr) continue;
      const std::size_t events_before = service_.pending_event_count();
      store::Savepoint savepoint(db_, "command");
      try {
        ApiReply reply = cmd->command(service_, now);
        savepoint.release();
        replies.emplace_back(&cmd->done, std::move(reply));
      } catch (const std::exception& e) {
        // Undo this command alone: the savepoint rolls back its writes, the
        // state is reloaded from what the transaction still holds.
        savepoint.rollback();
        service_.drop_events_after(events_before);
        service_.load(now);
        std::fprintf(stderr, "kezek-server: command failed: %s\n", e.what());
        replies.emplace_back(
            &cmd->done, reply_error(500, protocol::ErrorCode::internal, "the server could not complete this request"));
      }
    }
    service_.finish_batch(now);
    const auto commit_began = std::chrono::steady_clock::now();
    tx.commit();
    last_commit_ = std::chrono::steady_clock::now() - commit_began;
    last_batch_commands_ = replies.size();
  } catch (const std::exception& e) {
    // The commit itself failed (disk full, I/O error): nothing of this batch is
    // durable, so nothing of it may be acknowledged or announced.
    std::fprintf(stderr, "kezek-server: commit failed: %s\n", e.what());
    service_.take_events();
    // Its day_started or centre.status (13:00, 14:00, 18:00) went too: the
    // next batch announces them again.
    service_.restore_announced(announced);
    try {
      store::Transaction tx(db_);
      service_.load(now);
      tx.commit();
    } catch (const std::exception& reload) {
      std::fprintf(stderr, "kezek-server: reload failed: %s\n", reload.what());
    }
    for (Job& job : jobs) {
      if (auto* cmd = std::get_if<CommandJob>(&job))
        cmd->done(
            reply_error(503, protocol::ErrorCode::storage_unavailable, "the change could not be saved; try again"));
    }
    return;
  }
  publish_all(service_.take_events());
  for (auto& [done, reply] : replies) (*done)(std::move(reply));
}

}  // namespace kezek::server
