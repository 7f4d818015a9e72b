#pragma once
// KioskNetwork: the kiosk's thin layer over the shared RequestWorker — answers
// come back as Replies (server_replies.hpp), and the catalog is parsed on the
// network thread. The UI never waits on the network.
//
// Threading: the public members are called from the UI thread; `done`
// callbacks run on the UI thread (when it drains the inbox). The destructor
// finishes the running request and drops the rest.

#include <functional>
#include <memory>
#include <string>

#include "kiosk/served_catalog.hpp"
#include "kiosk/server_replies.hpp"
#include "shared/net/inbox.hpp"
#include "shared/net/request_worker.hpp"

namespace kezek::kiosk {

class KioskNetwork {
 public:
  using Done = std::function<void(const Reply&)>;

  KioskNetwork(std::string server, std::string token, net::Inbox& inbox, std::function<void()> wake);

  void get(std::string target, Done done);
  void post(std::string target, std::string body, Done done);
  // GET /api/v1/catalog, parsed on the network thread; `catalog` is null
  // (and `error` says why) when the answer is not a usable catalog.
  using CatalogDone =
      std::function<void(const Reply& reply, std::shared_ptr<const ServedCatalog> catalog, const std::string& error)>;
  void get_catalog(CatalogDone done);

  const std::string& server() const { return worker_.server(); }

 private:
  net::RequestWorker worker_;
};

}  // namespace kezek::kiosk
