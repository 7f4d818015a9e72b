#pragma once
// StaffNetwork: the console's HTTP requests, run one after another on a
// BackgroundWorker (the network thread) over one keep-alive connection. Each
// answer is posted to the Inbox, so `done` runs on the UI thread when the UI
// drains it; `wake` nudges the UI loop out of its idle sleep.
//
// Threading: construct, call and destroy on the UI thread. The HttpClient is
// touched only by the worker thread. The destructor lets the running request
// finish (its timeout bounds the wait) and drops the queued ones.

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "shared/net/background_worker.hpp"
#include "shared/net/http_client.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::staff {

class StaffNetwork {
 public:
  using Done = std::function<void(const net::HttpResult&)>;

  StaffNetwork(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake);

  void request(std::string method, std::string target, std::string body, Done done);
  void get(std::string target, Done done) { request("GET", std::move(target), {}, std::move(done)); }
  // GETs `target` and writes the body to `file` on the network thread (disk
  // I/O stays off the UI thread too). `done` gets the reply, with status 0 and
  // error set when the file could not be written.
  void download(std::string target, std::filesystem::path file, Done done);

  // Requests sent whose answer the UI has not handled yet.
  int in_flight() const { return in_flight_; }
  const std::string& server() const { return server_; }

 private:
  void submit(std::function<net::HttpResult(net::HttpClient&)> work, Done done);

  std::string server_;
  net::Inbox& inbox_;
  std::function<void()> wake_;
  std::shared_ptr<net::HttpClient> client_;
  int in_flight_ = 0;
  // Last: its thread is joined before the members its jobs use go away.
  net::BackgroundWorker worker_;
};

}  // namespace kezek::staff
