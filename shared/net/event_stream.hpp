#pragma once
// EventStream: a blocking client for the server's event WebSocket
// (/api/v1/events). It connects with the last sequence number it saw, so the
// server resumes from there or sends a fresh snapshot, and reads one message at
// a time with a timeout. The display's network thread owns one; so do tests.
//
// Threading: one thread at a time per instance.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kezek::net {

class EventStream {
 public:
  EventStream(std::string server, std::string token);
  ~EventStream();

  // Connects (closing any old connection); `since` asks to resume after that
  // sequence number. Returns false with `error` set when it cannot.
  bool connect(std::optional<std::int64_t> since, std::string& error,
               std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // The next text message; nullopt on timeout or a closed connection (then
  // `closed()` tells which).
  std::optional<std::string> read(std::chrono::milliseconds timeout);
  bool closed() const { return !ws_; }
  void close();

 private:
  std::string server_, token_;
  boost::asio::io_context io_;
  std::optional<boost::beast::websocket::stream<boost::beast::tcp_stream>> ws_;
  boost::beast::flat_buffer buffer_;
  bool reading_ = false;
  bool done_ = false;
  boost::beast::error_code error_;
};

}  // namespace kezek::net
