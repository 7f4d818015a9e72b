#include "kiosk/kiosk_network.hpp"

#include <chrono>
#include <exception>
#include <utility>

namespace kezek::kiosk {

// A touch screen cannot keep a visitor waiting long: a request the server has
// not answered in 4 s counts as "cannot reach the server".
KioskNetwork::KioskNetwork(std::string server, std::string token, net::Inbox& inbox)
    : server_(server), inbox_(inbox), client_(std::move(server), std::move(token), std::chrono::seconds(4)) {}

KioskNetwork::~KioskNetwork() = default;

void KioskNetwork::get(std::string target, Done done) { submit("GET", std::move(target), {}, std::move(done)); }

void KioskNetwork::post(std::string target, std::string body, Done done) {
  submit("POST", std::move(target), std::move(body), std::move(done));
}

void KioskNetwork::get_catalog(CatalogDone done) {
  worker_.submit([this, done = std::move(done)]() mutable {
    const net::HttpResult result = client_.get("/api/v1/catalog");
    Reply reply = to_reply(result);
    std::shared_ptr<const ServedCatalog> catalog;
    std::string error;
    if (reply.ok()) {
      try {
        catalog = parse_served_catalog(result.body);
      } catch (const std::exception& e) {
        error = e.what();
      }
    }
    reply.body.clear();  // the catalog itself travels parsed
    inbox_.post([reply = std::move(reply), catalog = std::move(catalog), error = std::move(error),
                 done = std::move(done)] { done(reply, catalog, error); });
  });
}

void KioskNetwork::submit(std::string method, std::string target, std::string body, Done done) {
  worker_.submit([this, method = std::move(method), target = std::move(target), body = std::move(body),
                  done = std::move(done)]() mutable {
    Reply reply = to_reply(client_.request(method, target, body));
    inbox_.post([reply = std::move(reply), done = std::move(done)] { done(reply); });
  });
}

}  // namespace kezek::kiosk
