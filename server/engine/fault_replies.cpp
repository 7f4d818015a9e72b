#include "server/engine/fault_replies.hpp"

#include "server/store/store_error.hpp"

namespace kezek::server {

bool is_storage_fault(const std::exception& error) noexcept {
  const auto* store_error = dynamic_cast<const store::StoreError*>(&error);
  return store_error != nullptr && store_error->is_storage_fault();
}

ApiReply internal_reply() {
  return reply_error(500, protocol::ErrorCode::internal, "the server could not complete this request");
}

ApiReply storage_unavailable_reply() {
  return reply_error(503, protocol::ErrorCode::storage_unavailable,
                     "the server's storage is unavailable (full or failing), nothing was changed; try again later");
}

ApiReply shutting_down_reply() {
  return reply_error(503, protocol::ErrorCode::shutting_down,
                     "the server is shutting down, nothing was changed; try again when it is back");
}

}  // namespace kezek::server
