#pragma once
// Every bound the transport enforces, in one place so a deployment (or a test) can
// tighten them. Plain value; copied into each session.

#include <chrono>
#include <cstddef>

namespace kezek::http {

struct ServerLimits {
  std::size_t body_limit = 64 * 1024;       // larger bodies get 413
  std::size_t header_limit = 8 * 1024;      // larger headers get 431
  std::chrono::seconds header_timeout{10};  // whole header, from its first byte; then 408
  std::chrono::seconds body_timeout{10};    // whole body, after the header; then 408
  std::chrono::seconds idle_timeout{60};    // keep-alive wait between requests; also bounds each write
  std::size_t max_connections = 1024;       // HTTP + WebSocket; beyond it new ones get 503
  // Connections that have not shown a token (phones on the status page, floods): at
  // most this many per source address, and this keep-alive wait between requests.
  std::size_t anonymous_per_address = 64;
  std::chrono::seconds anonymous_idle_timeout{10};
  std::size_t ws_queue_limit = 256;  // unsent events per subscriber before it is dropped
};

}  // namespace kezek::http
