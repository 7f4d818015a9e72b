#pragma once
// RequestWorker: the GUI programs' HTTP requests to kezek-server, run one after
// another on a BackgroundWorker (the network thread) over one keep-alive
// HttpClient. Each answer is posted to the Inbox, so `done` runs on the UI
// thread when the UI drains it; `wake` (optional) nudges the UI loop out of its
// idle wait. The kiosk and the console put their own thin helpers on top.
//
// Threading: construct, call and destroy on the UI thread. The HttpClient and
// the `work` of run() are used only on the worker thread. The destructor lets
// the running request finish (its timeout bounds the wait) and drops the
// queued ones; their answers are never delivered.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "shared/net/background_worker.hpp"
#include "shared/net/http_client.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::net {

class RequestWorker {
 public:
  using Done = std::function<void(const HttpResult&)>;

  RequestWorker(std::string server, std::string token, Inbox& inbox, std::function<void()> wake = {},
                std::chrono::milliseconds timeout = std::chrono::seconds(5));
  ~RequestWorker();
  RequestWorker(const RequestWorker&) = delete;
  RequestWorker& operator=(const RequestWorker&) = delete;

  void request(std::string method, std::string target, std::string body, Done done);
  void get(std::string target, Done done) { request("GET", std::move(target), {}, std::move(done)); }
  void post(std::string target, std::string body, Done done) {
    request("POST", std::move(target), std::move(body), std::move(done));
  }
  // GETs `target` and writes the body to `file` on the network thread (disk
  // I/O stays off the UI thread too). `done` gets the reply, with status 0 and
  // error set when the file could not be written.
  void download(std::string target, std::filesystem::path file, Done done);

  // Runs `work` with the client on the network thread (e.g. a request and the
  // parsing of a large answer) and hands what it returns to `done` on the UI thread.
  template <typename Result>
  void run(std::function<Result(HttpClient&)> work, std::function<void(Result)> done) {
    ++in_flight_;
    worker_.submit([this, work = std::move(work), done = std::move(done)]() mutable {
      auto result = std::make_shared<Result>(work(client_));
      inbox_.post([this, done = std::move(done), result] {
        --in_flight_;
        done(std::move(*result));
      });
      if (wake_) wake_();
    });
  }

  // Requests asked whose answer the UI has not handled yet.
  int in_flight() const { return in_flight_; }
  const std::string& server() const { return server_; }

 private:
  std::string server_;
  Inbox& inbox_;
  std::function<void()> wake_;
  HttpClient client_;  // worker thread only
  int in_flight_ = 0;  // UI thread only
  // Last: its thread is joined before the members its jobs use go away.
  BackgroundWorker worker_;
};

}  // namespace kezek::net
