#include "server/http/connection_registry.hpp"

#include <utility>
#include <vector>

namespace kezek::http {

// ---- ConnectionSlot ---------------------------------------------------------------

ConnectionSlot::ConnectionSlot(std::shared_ptr<ConnectionRegistry> registry, std::uint64_t id)
    : registry_(std::move(registry)), id_(id) {}

ConnectionSlot::ConnectionSlot(ConnectionSlot&& other) noexcept
    : registry_(std::move(other.registry_)),
      id_(std::exchange(other.id_, 0)),
      trusted_(std::exchange(other.trusted_, false)) {}

ConnectionSlot& ConnectionSlot::operator=(ConnectionSlot&& other) noexcept {
  if (this != &other) {
    release();
    registry_ = std::move(other.registry_);
    id_ = std::exchange(other.id_, 0);
    trusted_ = std::exchange(other.trusted_, false);
  }
  return *this;
}

ConnectionSlot::~ConnectionSlot() { release(); }

bool ConnectionSlot::attach(std::weak_ptr<Closable> owner) {
  return registry_ && registry_->attach(id_, std::move(owner));
}

void ConnectionSlot::trust() {
  if (trusted_ || !registry_) return;
  trusted_ = true;
  registry_->trust(id_);
}

void ConnectionSlot::release() noexcept {
  if (registry_) registry_->release(id_);
  registry_.reset();
  id_ = 0;
}

// ---- ConnectionRegistry -----------------------------------------------------------

ConnectionRegistry::ConnectionRegistry(std::size_t max_connections, std::size_t anonymous_per_address)
    : max_connections_(max_connections), anonymous_per_address_(anonymous_per_address) {}

ConnectionSlot ConnectionRegistry::make_slot(bool counted, std::string address) {
  const std::uint64_t id = next_id_++;
  if (counted) {
    ++counted_;
    ++anonymous_by_address_[address];
  }
  members_.emplace(id, Member{{}, counted, false, std::move(address)});
  return ConnectionSlot{shared_from_this(), id};
}

void ConnectionRegistry::uncount(Member& member) {
  if (!member.counted) return;
  member.counted = false;
  --counted_;
  if (!member.trusted) {
    auto it = anonymous_by_address_.find(member.address);
    if (it != anonymous_by_address_.end() && --it->second == 0) anonymous_by_address_.erase(it);
  }
}

std::optional<ConnectionSlot> ConnectionRegistry::admit(const std::string& address) {
  std::shared_ptr<Closable> evicted;
  std::optional<ConnectionSlot> slot;
  {
    std::lock_guard lock{mutex_};
    if (stopped_) return std::nullopt;
    if (const auto it = anonymous_by_address_.find(address);
        it != anonymous_by_address_.end() && it->second >= anonymous_per_address_)
      return std::nullopt;
    if (counted_ >= max_connections_) {
      // Make room: the oldest anonymous connection that can be reached goes.
      for (auto& [id, member] : members_) {
        if (!member.counted || member.trusted) continue;
        if (auto owner = member.owner.lock()) {
          evicted = std::move(owner);
          uncount(member);
          break;
        }
      }
      if (!evicted) return std::nullopt;
    }
    slot = make_slot(true, address);
  }
  // Outside the lock: its close() may (through its destructor) release its slot.
  if (evicted) evicted->close();
  return slot;
}

ConnectionSlot ConnectionRegistry::admit_overflow() {
  std::lock_guard lock{mutex_};
  return make_slot(false, {});
}

void ConnectionRegistry::trust(std::uint64_t id) {
  std::lock_guard lock{mutex_};
  auto member = members_.find(id);
  if (member == members_.end() || member->second.trusted) return;
  if (member->second.counted) {
    auto it = anonymous_by_address_.find(member->second.address);
    if (it != anonymous_by_address_.end() && --it->second == 0) anonymous_by_address_.erase(it);
  }
  member->second.trusted = true;
}

bool ConnectionRegistry::attach(std::uint64_t id, std::weak_ptr<Closable> owner) {
  std::lock_guard lock{mutex_};
  auto member = members_.find(id);
  if (stopped_ || member == members_.end()) return false;
  member->second.owner = std::move(owner);
  return true;
}

void ConnectionRegistry::release(std::uint64_t id) noexcept {
  std::lock_guard lock{mutex_};
  auto member = members_.find(id);
  if (member == members_.end()) return;
  uncount(member->second);
  members_.erase(member);
}

void ConnectionRegistry::close_all() {
  std::vector<std::weak_ptr<Closable>> owners;
  {
    std::lock_guard lock{mutex_};
    stopped_ = true;
    owners.reserve(members_.size());
    for (const auto& [id, member] : members_) owners.push_back(member.owner);
  }
  // Outside the lock: a session's close() may (through its destructor) release its slot.
  for (const auto& weak : owners) {
    if (auto owner = weak.lock()) owner->close();
  }
}

std::size_t ConnectionRegistry::counted() const {
  std::lock_guard lock{mutex_};
  return counted_;
}

}  // namespace kezek::http
