#pragma once
// The kiosk's network thread: every request to kezek-server runs here, in the
// order asked, and its Reply is handed back to the UI thread through the Inbox.
// The UI never waits on the network.
//
// Threading: the public members are called from the UI thread; the HttpClient
// is used only on the worker's thread; `done` callbacks run on the UI thread
// (when it drains the inbox).

#include <functional>
#include <memory>
#include <string>

#include "kiosk/server_replies.hpp"
#include "kiosk/served_catalog.hpp"
#include "shared/net/background_worker.hpp"
#include "shared/net/http_client.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::kiosk {

class KioskNetwork {
 public:
  using Done = std::function<void(const Reply&)>;

  KioskNetwork(std::string server, std::string token, net::Inbox& inbox);
  ~KioskNetwork();  // finishes the running request, drops the rest
  KioskNetwork(const KioskNetwork&) = delete;
  KioskNetwork& operator=(const KioskNetwork&) = delete;

  void get(std::string target, Done done);
  // GET /api/v1/catalog, parsed on the network thread; `catalog` is null
  // (and `error` says why) when the answer is not a usable catalog.
  using CatalogDone =
      std::function<void(const Reply& reply, std::shared_ptr<const ServedCatalog> catalog, const std::string& error)>;
  void get_catalog(CatalogDone done);
  void post(std::string target, std::string body, Done done);

  const std::string& server() const { return server_; }
  std::size_t pending() const { return worker_.pending(); }

 private:
  void submit(std::string method, std::string target, std::string body, Done done);

  std::string server_;
  net::Inbox& inbox_;
  net::HttpClient client_;         // worker thread only
  net::BackgroundWorker worker_;   // last: joined first, before the client goes
};

}  // namespace kezek::kiosk
