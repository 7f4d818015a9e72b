#include "tests/support/api_session.hpp"

#include <stdexcept>

namespace kezek::testing {

namespace json = boost::json;

const json::object& Answer::object() const {
  if (!body.is_object()) throw std::runtime_error("answer is not a JSON object: " + raw);
  return body.as_object();
}

std::string Answer::error_code() const {
  if (!body.is_object()) return {};
  const json::value* e = body.as_object().if_contains("error");
  if (e == nullptr || !e->is_object()) return {};
  const json::value* c = e->as_object().if_contains("code");
  return c != nullptr && c->is_string() ? std::string(c->as_string()) : std::string();
}

std::string Answer::str(std::string_view key) const {
  if (!body.is_object()) return {};
  const json::value* v = body.as_object().if_contains(key);
  if (v == nullptr) return {};
  return v->is_string() ? std::string(v->as_string()) : json::serialize(*v);
}

std::string Answer::ticket_str(std::string_view key) const {
  if (!body.is_object()) return {};
  const json::value* t = body.as_object().if_contains("ticket");
  if (t == nullptr || !t->is_object()) return {};
  const json::value* v = t->as_object().if_contains(key);
  if (v == nullptr) return {};
  return v->is_string() ? std::string(v->as_string()) : json::serialize(*v);
}

ApiSession::ApiSession(ServerProcess::Options options)
    : server_(std::make_unique<ServerProcess>(dir_.path(), std::move(options))) {}

net::HttpClient& ApiSession::client(const std::string& role) {
  auto& slot = clients_[role];
  if (!slot) slot = std::make_unique<net::HttpClient>(server_->address(), role.empty() ? "" : server_->token(role));
  return *slot;
}

Answer ApiSession::call(const std::string& role, const std::string& method, const std::string& target,
                        const std::string& body) {
  const net::HttpResult r = client(role).request(method, target, body);
  Answer a;
  a.status = r.status;
  a.raw = r.body;
  a.body = r.json();
  return a;
}

Answer ApiSession::issue(const std::string& service, const std::string& tier) {
  return post("kiosk", "/api/v1/tickets", R"({"service":")" + service + R"(","tier":")" + tier + R"(","lang":"en"})");
}

Answer ApiSession::counter(int n, const std::string& action, const std::string& body) {
  return post("counter:" + std::to_string(n), "/api/v1/counters/" + std::to_string(n) + "/" + action, body);
}

void ApiSession::restart() {
  clients_.clear();
  server_->stop();
  server_->start();
}

void ApiSession::restart_at(std::string now) {
  clients_.clear();
  server_->stop();
  server_->set_now(std::move(now));
  server_->start();
}

void ApiSession::crash_and_restart() {
  clients_.clear();
  server_->kill9();
  server_->start();
}

}  // namespace kezek::testing
