#pragma once
// The answers to requests the server could not carry out through no fault of
// theirs (docs/operations.md, "Faults"): the storage failed, or the server is
// shutting down. Both are 503s: the client may try again later, and nothing of
// the request was kept.
#include <exception>

#include "server/engine/api_reply.hpp"

namespace kezek::server {

// True when `error` is a store::StoreError from failing storage (disk full,
// I/O error, read-only file, lock held too long): see StoreError::is_storage_fault.
bool is_storage_fault(const std::exception& error) noexcept;

// 500 internal: a bug or bad stored data, not the client's fault.
ApiReply internal_reply();
// 503 storage_unavailable.
ApiReply storage_unavailable_reply();
// 503 shutting_down: refused, unrun, by a server on its way out.
ApiReply shutting_down_reply();

}  // namespace kezek::server
