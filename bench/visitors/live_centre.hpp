#pragma once
// LiveCentre: the visitor model (bench/model/visitor_model.hpp) acted out
// against a running kezek-server through its API, so the display and the staff
// console show a living Centre:
//  - a kiosk thread issues tickets as walk-ins arrive (the day's arrival curve,
//    read at the server's time of day);
//  - a booking thread books appointments for today with the admin token and
//    checks their visitors in around their slots;
//  - one thread per automated counter calls, waits for the visitor to walk up,
//    starts, serves for a drawn time and finishes (or marks a no-show).
//
// `speed` multiplies the arrivals per real second and divides the walking and
// service times. The server's clock runs `time_scale` times real time (its
// --time-scale; 1 from a plain --now). With both equal, the visitors live the
// Centre's own time (`kezek.sh run --time-scale X`); a speed above a time
// scale of 1 crowds a real-time day. Lunch and closing are the server's:
// counters wait them out.
//
// Threading: run() starts the threads and joins them when `stop` is signalled
// or the time is up; the tallies may be read from any thread meanwhile.
#include <boost/json/value.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "bench/model/visitor_model.hpp"
#include "shared/catalog/catalog.hpp"

namespace kezek::net {
struct HttpResult;
}

namespace kezek::bench {

struct LiveOptions {
  std::string server;  // HOST:PORT
  std::string admin_token, kiosk_token;
  std::map<int, std::string> counter_tokens;
  std::set<int> leave;  // counters left to people
  double speed = 1;
  double time_scale = 1;       // the server's --time-scale
  int visitors_per_day = 300;  // walk-ins over a whole day at speed 1
  int bookings = 12;
  std::uint64_t seed = 1;
  DemandOptions demand;
  // Told of each acknowledged change with the server's answer (the soak run
  // keeps a ledger of them): "issued" (POST /tickets, 201), "finished" (a
  // counter's finish, 200). Called on the thread that made the request.
  std::function<void(std::string_view what, const boost::json::value& answer)> on_acknowledged;
};

struct LiveTally {
  std::atomic<int> issued{0}, not_today{0}, closed{0}, booked{0}, checked_in{0};
  std::atomic<int> called{0}, finished{0}, no_shows{0}, errors{0};
};

// Stops the threads: set once, wakes every sleeper.
class StopSignal {
 public:
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    wake_.notify_all();
  }
  bool stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }
  // Sleeps for `d` or until stopped; false when stopped.
  template <typename Duration>
  bool sleep_for(Duration d) {
    std::unique_lock lock(mutex_);
    return !wake_.wait_for(lock, d, [this] { return stopped_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopped_ = false;
};

class LiveCentre {
 public:
  LiveCentre(const catalog::Catalog& catalog, LiveOptions options);
  // Runs until `stop` is signalled; returns at once if the server's time cannot be read.
  void run(StopSignal& stop);
  const LiveTally& tally() const { return tally_; }
  std::string summary() const;

 private:
  void kiosk(StopSignal& stop);
  void bookings(StopSignal& stop);
  void counter(int number, const std::string& token, StopSignal& stop);
  Instant server_now() const;
  void acknowledged(std::string_view what, const net::HttpResult& answer);

  const catalog::Catalog& catalog_;
  LiveOptions options_;
  VisitorModel model_;
  // The server's time when run() read it, and this machine's steady time then.
  Instant server_start_{};
  std::chrono::steady_clock::time_point real_start_{};
  LiveTally tally_;
};

}  // namespace kezek::bench
