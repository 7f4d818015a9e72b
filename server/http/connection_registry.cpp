#include "server/http/connection_registry.hpp"

#include <utility>
#include <vector>

namespace kezek::http {

// ---- ConnectionSlot ---------------------------------------------------------------

ConnectionSlot::ConnectionSlot(std::shared_ptr<ConnectionRegistry> registry, std::uint64_t id)
    : registry_(std::move(registry)), id_(id) {}

ConnectionSlot::ConnectionSlot(ConnectionSlot&& other) noexcept
    : registry_(std::move(other.registry_)), id_(std::exchange(other.id_, 0)) {}

ConnectionSlot& ConnectionSlot::operator=(ConnectionSlot&& other) noexcept {
  if (this != &other) {
    release();
    registry_ = std::move(other.registry_);
    id_ = std::exchange(other.id_, 0);
  }
  return *this;
}

ConnectionSlot::~ConnectionSlot() { release(); }

bool ConnectionSlot::attach(std::weak_ptr<Closable> owner) {
  return registry_ && registry_->attach(id_, std::move(owner));
}

void ConnectionSlot::release() noexcept {
  if (registry_) registry_->release(id_);
  registry_.reset();
  id_ = 0;
}

// ---- ConnectionRegistry -----------------------------------------------------------

ConnectionRegistry::ConnectionRegistry(std::size_t max_connections) : max_connections_(max_connections) {}

ConnectionSlot ConnectionRegistry::make_slot(bool counted) {
  const std::uint64_t id = next_id_++;
  members_.emplace(id, Member{{}, counted});
  if (counted) ++counted_;
  return ConnectionSlot{shared_from_this(), id};
}

std::optional<ConnectionSlot> ConnectionRegistry::admit() {
  std::lock_guard lock{mutex_};
  if (stopped_ || counted_ >= max_connections_) return std::nullopt;
  return make_slot(true);
}

ConnectionSlot ConnectionRegistry::admit_overflow() {
  std::lock_guard lock{mutex_};
  return make_slot(false);
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
  if (member->second.counted) --counted_;
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
