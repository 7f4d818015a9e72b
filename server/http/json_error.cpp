#include "server/http/json_error.hpp"

#include <boost/json.hpp>

namespace kezek::http {

Response json_error(unsigned status, std::string_view code, std::string_view message,
                    unsigned version, bool keep_alive) {
  boost::json::object detail;
  detail["code"] = code;
  detail["message"] = message;
  boost::json::object body;
  body["error"] = std::move(detail);

  Response response{static_cast<http::status>(status), version};
  response.set(http::field::content_type, "application/json");
  response.keep_alive(keep_alive);
  response.body() = boost::json::serialize(body);
  response.prepare_payload();
  return response;
}

}  // namespace kezek::http
