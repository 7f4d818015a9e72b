#pragma once
// Which connections are open, so the listener can refuse the one too many and stop()
// can close them all. A connection holds a ConnectionSlot for its whole life; the slot
// passes from the HTTP session to the WebSocket session on an upgrade.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace kezek::http {

// Something the registry can ask to close.
// Threading: close() is called from any thread (whoever calls HttpServer::stop());
// implementations post to their own strand.
class Closable {
 public:
  virtual ~Closable() = default;
  virtual void close() = 0;
};

class ConnectionRegistry;

// Move-only membership of one connection; leaving the registry on destruction.
// Threading: owned by one session, used on its strand.
class ConnectionSlot {
 public:
  ConnectionSlot(ConnectionSlot&& other) noexcept;
  ConnectionSlot& operator=(ConnectionSlot&& other) noexcept;
  ConnectionSlot(const ConnectionSlot&) = delete;
  ConnectionSlot& operator=(const ConnectionSlot&) = delete;
  ~ConnectionSlot();

  // Names who close() reaches from now on. False when the server is stopping: the
  // caller must then close itself.
  bool attach(std::weak_ptr<Closable> owner);

 private:
  friend class ConnectionRegistry;
  ConnectionSlot(std::shared_ptr<ConnectionRegistry> registry, std::uint64_t id);
  void release() noexcept;

  std::shared_ptr<ConnectionRegistry> registry_;
  std::uint64_t id_ = 0;
};

// Threading: every member is safe from any thread (one mutex, held only for map
// updates, never while calling into a session) — as Beast chat-multi's shared_state.
class ConnectionRegistry : public std::enable_shared_from_this<ConnectionRegistry> {
 public:
  explicit ConnectionRegistry(std::size_t max_connections);

  // A counted slot, or nullopt when max_connections are open or the server stopped.
  std::optional<ConnectionSlot> admit();
  // An uncounted slot for the short-lived connection that is only told 503, so that
  // stop() reaches it too.
  ConnectionSlot admit_overflow();
  // Refuses every later attach() and closes every attached connection.
  void close_all();

  std::size_t counted() const;

 private:
  friend class ConnectionSlot;
  struct Member {
    std::weak_ptr<Closable> owner;
    bool counted = false;
  };
  ConnectionSlot make_slot(bool counted);  // mutex held by the caller
  bool attach(std::uint64_t id, std::weak_ptr<Closable> owner);
  void release(std::uint64_t id) noexcept;

  const std::size_t max_connections_;
  mutable std::mutex mutex_;
  std::unordered_map<std::uint64_t, Member> members_;
  std::size_t counted_ = 0;
  std::uint64_t next_id_ = 1;
  bool stopped_ = false;
};

}  // namespace kezek::http
