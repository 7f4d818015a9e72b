#pragma once
// CounterCalls: what makes the wall display animate — a counter calling its
// next visitor through the server's API, as the counter's console would. A
// call flashes the display's newest-call card for 6 s (kFlashFor in
// display/display_view.hpp), so calls a few seconds apart keep it flashing,
// and each call is a new number the display's --trace log reports drawing.
//
// Threading: one thread at a time.
#include <string>

#include "bench/common/server_launcher.hpp"
#include "shared/net/http_client.hpp"

namespace kezek::bench {

class CounterCalls {
 public:
  // `service` must be one the counter serves.
  CounterCalls(const LaunchedServer& server, int counter, std::string service);
  // Issues a ticket for the service (as a kiosk would), finishes the counter's
  // current visitor if it has one, and calls the next: the number called.
  // Throws std::runtime_error when the server refuses.
  std::string call_next();

 private:
  net::HttpResult counter_action(const std::string& action);

  net::HttpClient kiosk_, counter_;
  std::string path_;  // /api/v1/counters/N/
  std::string service_;
  bool serving_ = false;
};

}  // namespace kezek::bench
