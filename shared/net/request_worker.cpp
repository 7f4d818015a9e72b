#include "shared/net/request_worker.hpp"

#include <fstream>

namespace kezek::net {

RequestWorker::RequestWorker(std::string server, std::string token, Inbox& inbox, std::function<void()> wake,
                             std::chrono::milliseconds timeout)
    : server_(server), inbox_(inbox), wake_(std::move(wake)), client_(std::move(server), std::move(token), timeout) {}

RequestWorker::~RequestWorker() = default;

void RequestWorker::request(std::string method, std::string target, std::string body, Done done) {
  run<HttpResult>([method = std::move(method), target = std::move(target),
                   body = std::move(body)](HttpClient& c) { return c.request(method, target, body); },
                  [done = std::move(done)](HttpResult r) { done(r); });
}

void RequestWorker::download(std::string target, std::filesystem::path file, Done done) {
  run<HttpResult>(
      [target = std::move(target), file = std::move(file)](HttpClient& c) {
        HttpResult r = c.get(target);
        if (!r.ok()) return r;
        std::error_code ec;
        if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << r.body;
        out.close();
        if (!out) {
          r.status = 0;
          r.error = "cannot write " + file.string();
        }
        return r;
      },
      [done = std::move(done)](HttpResult r) { done(r); });
}

}  // namespace kezek::net
