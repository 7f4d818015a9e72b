#include "staff/staff_network.hpp"

#include <fstream>

namespace kezek::staff {

StaffNetwork::StaffNetwork(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake)
    : server_(server),
      inbox_(inbox),
      wake_(std::move(wake)),
      client_(std::make_shared<net::HttpClient>(std::move(server), std::move(token))) {}

void StaffNetwork::submit(std::function<net::HttpResult(net::HttpClient&)> work, Done done) {
  ++in_flight_;
  worker_.submit([this, client = client_, work = std::move(work), done = std::move(done)] {
    net::HttpResult result = work(*client);
    inbox_.post([this, done, result = std::move(result)] {
      --in_flight_;
      done(result);
    });
    if (wake_) wake_();
  });
}

void StaffNetwork::request(std::string method, std::string target, std::string body, Done done) {
  submit([method = std::move(method), target = std::move(target), body = std::move(body)](net::HttpClient& c) {
    return c.request(method, target, body);
  }, std::move(done));
}

void StaffNetwork::download(std::string target, std::filesystem::path file, Done done) {
  submit([target = std::move(target), file = std::move(file)](net::HttpClient& c) {
    net::HttpResult r = c.get(target);
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
  }, std::move(done));
}

}  // namespace kezek::staff
