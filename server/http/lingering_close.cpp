#include "server/http/lingering_close.hpp"

#include <vector>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "server/http/with_timeout.hpp"

namespace kezek::http {

boost::asio::awaitable<void> lingering_close(boost::asio::ip::tcp::socket& socket,
                                             std::chrono::steady_clock::duration limit) {
  namespace asio = boost::asio;
  using Clock = std::chrono::steady_clock;
  boost::system::error_code ignored;  // the connection is ending; failures change nothing
  socket.shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
  const auto deadline = Clock::now() + limit;
  // On the heap, not in the coroutine frame: a frame this large makes GCC 12 with
  // -fsanitize=address report a false -Wmismatched-new-delete inside Asio's frame allocator.
  std::vector<char> discard(4096);
  while (socket.is_open()) {
    const auto now = Clock::now();
    if (now >= deadline) break;
    auto [error, size] = co_await with_timeout(
        socket.async_read_some(asio::buffer(discard), asio::as_tuple(asio::use_awaitable)), deadline - now);
    if (error) break;  // EOF is the usual, happy end
  }
  socket.close(ignored);
}

}  // namespace kezek::http
