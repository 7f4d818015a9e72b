#pragma once
// BareServer: the least an HTTP server on Beast can do — read a request, answer
// 200 {"status":"ok"}, keep the connection — on one thread of its own, as the
// Kezek server runs its HTTP on one thread. The load generator measures it to
// know what this machine's loopback and Beast allow before any queue logic.
//
// Threading: the server runs on its own thread from construction to
// destruction; port() may be called from any thread.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <thread>

namespace kezek::bench {

class BareServer {
 public:
  BareServer();  // listening on 127.0.0.1, an ephemeral port
  ~BareServer();
  BareServer(const BareServer&) = delete;
  BareServer& operator=(const BareServer&) = delete;

  boost::asio::ip::tcp::endpoint endpoint() const { return endpoint_; }

 private:
  boost::asio::io_context io_{1};
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::ip::tcp::endpoint endpoint_;
  std::thread thread_;
};

}  // namespace kezek::bench
