#pragma once
// ApiHandler: the HTTP API under /api/v1. It reads a request (path, token, JSON
// body), turns it into a command for the Engine — or answers at once when the
// request is wrong or needs no state — and writes the reply. See docs/api.md.
//
// route() is a plain function from request to "reply now or command to run", so
// the whole API can be driven without a socket (tests, fuzzing).
//
// Threading: handle() may run on any session strand concurrently; the handler's
// own state is immutable after construction.

#include <optional>
#include <string>
#include <variant>

#include "server/api/catalog_document.hpp"
#include "server/api/rate_limiter.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "server/http/request_handler.hpp"
#include "shared/catalog/catalog.hpp"

namespace kezek::server::api {

struct Target;

class ApiHandler final : public http::RequestHandler {
 public:
  // `catalog` serves GET /api/v1/catalog for the engine clock's year.
  ApiHandler(Engine& engine, const http::Credentials& credentials, const CatalogDocuments& catalog,
             double kiosk_requests_per_second = 0, double kiosk_burst = 1);

  boost::asio::awaitable<http::Response> handle(http::Request request) override;
  bool accept_websocket(const http::Request& request, http::Response& refusal) override;
  bool trusted(const http::Request& request) const override;

  using Routed = std::variant<ApiReply, Engine::Command>;
  Routed route(const http::Request& request) const;

  // Runs a request to completion on the caller's thread (engine not started).
  http::Response handle_now(const http::Request& request);

 private:
  // GET /api/v1/extension-window?expiry=D: the calendar's answer, no command.
  Routed route_extension_window(const http::Request& request, const Target& target,
                                const std::optional<http::Principal>& who) const;

  Engine& engine_;
  const http::Credentials& credentials_;
  const CatalogDocuments& catalog_;
  mutable RateLimiter kiosk_limiter_;
};

// The HTTP response for an ApiReply, keeping the request's version and keep-alive.
http::Response to_response(const ApiReply& reply, const http::Request& request);

}  // namespace kezek::server::api
