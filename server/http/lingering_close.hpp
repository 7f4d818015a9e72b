#pragma once
// Closing a connection right after the last response, while the client still has bytes
// in flight (an unread body after 413, pipelined requests after "Connection: close"),
// makes the kernel send RST, which can destroy the response before the client reads it.
// So the server half-closes, discards what still arrives for a bounded time, then closes.

#include <chrono>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace kezek::http {

// Runs on the caller's strand (the socket's owner); never throws.
boost::asio::awaitable<void> lingering_close(boost::asio::ip::tcp::socket& socket,
                                             std::chrono::steady_clock::duration limit);

// How long lingering_close waits at most (Apache's lingering close waits 2 s as well).
inline constexpr std::chrono::seconds lingering_limit{2};

}  // namespace kezek::http
