#pragma once
// The change log in `events`: every change the engine makes, with the
// sequence number clients resume from after a reconnect. It survives restarts,
// so numbering continues from last_seq() + 1 and never goes back.
//
// Threading: used only from the engine thread (as its Database). The Database
// must outlive the log.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.hpp"

namespace kezek::store {

struct StoredEvent {
  std::int64_t seq = 0;
  Instant at{};
  std::string type;
  std::string body;  // JSON text, as appended
};

class EventLog {
 public:
  explicit EventLog(Database& db);

  // Appends one event inside the caller's Transaction/Savepoint (StoreError
  // otherwise). The database refuses a seq that is not above last_seq(), a
  // seq below 1, and a body that is not valid JSON.
  void append(std::int64_t seq, Instant at, std::string_view type, std::string_view body_json);
  // The highest stored seq, 0 for an empty log.
  std::int64_t last_seq();
  // Up to `limit` events with seq greater than `seq`, in seq order.
  std::vector<StoredEvent> since(std::int64_t seq, std::size_t limit);

 private:
  Database& db_;
  Statement append_;
  Statement last_seq_;
  Statement since_;
};

}  // namespace kezek::store
