#pragma once
// Which connections are open, so the listener can refuse the one too many and stop()
// can close them all. A connection holds a ConnectionSlot for its whole life; the slot
// passes from the HTTP session to the WebSocket session on an upgrade.
//
// Anonymous connections cannot lock the Centre's devices out. A connection is anonymous
// until a request on it carries a valid token (trust()): visitors' phones opening the
// ticket status page, /healthz, or a flood of idle sockets. At most
// `anonymous_per_address` of them per source address; and when every slot is taken, a
// new connection takes the oldest anonymous one's place (that one is closed) rather
// than being refused — so a kiosk, counter or display is only told 503 when the
// Centre's own authenticated devices fill max_connections.

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
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
  // A request on this connection carried a valid token: from now on it is one of the
  // Centre's own, never closed to make room.
  void trust();
  bool trusted() const { return trusted_; }

 private:
  friend class ConnectionRegistry;
  ConnectionSlot(std::shared_ptr<ConnectionRegistry> registry, std::uint64_t id);
  void release() noexcept;

  std::shared_ptr<ConnectionRegistry> registry_;
  std::uint64_t id_ = 0;
  bool trusted_ = false;  // a copy of the registry's flag, for the owning session
};

// Threading: every member is safe from any thread (one mutex, held only for map
// updates, never while calling into a session) — as Beast chat-multi's shared_state.
class ConnectionRegistry : public std::enable_shared_from_this<ConnectionRegistry> {
 public:
  ConnectionRegistry(std::size_t max_connections, std::size_t anonymous_per_address);

  // A counted slot for a connection from `address`, or nullopt when the server stopped,
  // the address already holds anonymous_per_address anonymous connections, or
  // max_connections are open and none of them is anonymous (else the oldest anonymous
  // one is closed to make room).
  std::optional<ConnectionSlot> admit(const std::string& address);
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
    bool trusted = false;
    std::string address;  // empty for an uncounted (overflow) member
  };
  ConnectionSlot make_slot(bool counted, std::string address);  // mutex held by the caller
  bool attach(std::uint64_t id, std::weak_ptr<Closable> owner);
  void trust(std::uint64_t id);
  void release(std::uint64_t id) noexcept;
  // Mutex held: stops counting `member` (anonymous, counted) and no longer counts it
  // against its address. Its session is closed by the caller, outside the mutex.
  void uncount(Member& member);

  const std::size_t max_connections_;
  const std::size_t anonymous_per_address_;
  mutable std::mutex mutex_;
  // Ordered by id, so the first anonymous member is the oldest.
  std::map<std::uint64_t, Member> members_;
  std::unordered_map<std::string, std::size_t> anonymous_by_address_;
  std::size_t counted_ = 0;
  std::uint64_t next_id_ = 1;
  bool stopped_ = false;
};

}  // namespace kezek::http
