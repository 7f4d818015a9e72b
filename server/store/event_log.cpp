#include "server/store/event_log.hpp"

#include <limits>
#include <utility>

#include "server/store/write_guard.hpp"

namespace kezek::store {
namespace {

constexpr std::string_view kAppend = "INSERT INTO events (seq, at, type, body) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kLastSeq = "SELECT coalesce(max(seq), 0) FROM events";
constexpr std::string_view kSince = "SELECT seq, at, type, body FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2";

}  // namespace

EventLog::EventLog(Database& db)
    : db_(db), append_(db.prepare(kAppend)), last_seq_(db.prepare(kLastSeq)), since_(db.prepare(kSince)) {}

void EventLog::append(std::int64_t seq, Instant at, std::string_view type, std::string_view body_json) {
  require_transaction(db_, "EventLog::append");
  StatementUse use(append_);
  append_.bind(1, seq);
  append_.bind(2, at);
  append_.bind(3, type);
  append_.bind(4, body_json);
  append_.run();
}

std::int64_t EventLog::last_seq() {
  StatementUse use(last_seq_);
  return last_seq_.step() ? last_seq_.column_int64(0) : 0;
}

std::vector<StoredEvent> EventLog::since(std::int64_t seq, std::size_t limit) {
  std::vector<StoredEvent> events;
  if (limit == 0) {
    return events;
  }
  StatementUse use(since_);
  since_.bind(1, seq);
  // LIMIT takes a signed 64-bit value; anything larger means "all".
  const auto max = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());
  since_.bind(2, static_cast<std::int64_t>(limit > max ? max : limit));
  while (since_.step()) {
    StoredEvent event;
    event.seq = since_.column_int64(0);
    event.at = since_.column_instant(1);
    event.type = since_.column_text(2);
    event.body = since_.column_text(3);
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace kezek::store
