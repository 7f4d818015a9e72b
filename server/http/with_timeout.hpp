#pragma once
// Races an asynchronous operation against a steady_timer (Boost 1.81 has no
// cancel_after). The operation must be written with as_tuple(use_awaitable) so it
// yields (error_code, ...) instead of throwing: the awaitable `||` waits for the first
// branch to *succeed*, and a throwing branch would make it wait for the timer.
// The loser is cancelled (terminal cancellation, which every Asio socket op and
// Beast's HTTP/WebSocket ops honour); after a timeout the stream is only fit to close.

#include <chrono>
#include <tuple>
#include <utility>
#include <variant>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/system/error_code.hpp>

namespace kezek::http {

// The completion token with_timeout needs: the operation yields (error_code, ...).
inline constexpr auto tuple_awaitable = boost::asio::as_tuple(boost::asio::use_awaitable);

// Yields the operation's own result, or {asio::error::timed_out, Rest{}...} when `limit`
// passes first. Runs on the calling coroutine's executor.
template <typename... Rest>
boost::asio::awaitable<std::tuple<boost::system::error_code, Rest...>> with_timeout(
    boost::asio::awaitable<std::tuple<boost::system::error_code, Rest...>> operation,
    std::chrono::steady_clock::duration limit) {
  using namespace boost::asio::experimental::awaitable_operators;
  boost::asio::steady_timer timer{co_await boost::asio::this_coro::executor, limit};
  auto winner = co_await (std::move(operation) || timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable)));
  if (winner.index() == 0) {
    co_return std::get<0>(std::move(winner));
  }
  co_return std::tuple<boost::system::error_code, Rest...>{make_error_code(boost::asio::error::timed_out), Rest{}...};
}

}  // namespace kezek::http
