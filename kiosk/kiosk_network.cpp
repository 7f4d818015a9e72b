#include "kiosk/kiosk_network.hpp"

#include <chrono>
#include <exception>
#include <utility>

namespace kezek::kiosk {

namespace {

// A touch screen cannot keep a visitor waiting long: a request the server has
// not answered in 4 s counts as "cannot reach the server".
constexpr std::chrono::seconds kVisitorPatience{4};

struct CatalogAnswer {
  Reply reply;
  std::shared_ptr<const ServedCatalog> catalog;
  std::string error;
};

}  // namespace

KioskNetwork::KioskNetwork(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake)
    : worker_(std::move(server), std::move(token), inbox, std::move(wake), kVisitorPatience) {}

void KioskNetwork::get(std::string target, Done done) {
  worker_.get(std::move(target), [done = std::move(done)](const net::HttpResult& r) { done(to_reply(r)); });
}

void KioskNetwork::post(std::string target, std::string body, Done done) {
  worker_.post(std::move(target), std::move(body),
               [done = std::move(done)](const net::HttpResult& r) { done(to_reply(r)); });
}

void KioskNetwork::get_catalog(CatalogDone done) {
  worker_.run<CatalogAnswer>(
      [](net::HttpClient& client) {
        const net::HttpResult result = client.get("/api/v1/catalog");
        CatalogAnswer answer{to_reply(result), nullptr, {}};
        if (answer.reply.ok()) {
          try {
            answer.catalog = served_catalog_from(answer.reply.body);
          } catch (const std::exception& e) {
            answer.error = e.what();
          }
        }
        answer.reply.body = nullptr;  // the catalog itself travels parsed
        return answer;
      },
      [done = std::move(done)](CatalogAnswer answer) { done(answer.reply, answer.catalog, answer.error); });
}

}  // namespace kezek::kiosk
