#include "server/store/counter_state_repository.hpp"

#include <string_view>

#include "server/store/enum_columns.hpp"
#include "server/store/write_guard.hpp"

namespace kezek::store {
namespace {

constexpr std::string_view kSave =
    "INSERT INTO counter_states (number, phase, current, paused) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (number) DO UPDATE SET phase = excluded.phase, current = excluded.current, "
    "paused = excluded.paused";
constexpr std::string_view kLoadAll = "SELECT number, phase, current, paused FROM counter_states ORDER BY number";

}  // namespace

CounterStateRepository::CounterStateRepository(Database& db)
    : db_(db), save_(db.prepare(kSave)), load_all_(db.prepare(kLoadAll)) {}

void CounterStateRepository::save(const domain::CounterState& state) {
  require_transaction(db_, "CounterStateRepository::save");
  StatementUse use(save_);
  save_.bind(1, state.number);
  save_.bind(2, domain::to_string(state.phase));
  save_.bind(3, state.current);
  save_.bind(4, state.paused ? 1 : 0);
  save_.run();
}

std::vector<domain::CounterState> CounterStateRepository::load_all() {
  StatementUse use(load_all_);
  std::vector<domain::CounterState> states;
  while (load_all_.step()) {
    domain::CounterState state;
    state.number = load_all_.column_int(0);
    state.phase = column_counter_phase(load_all_, 1);
    state.current = load_all_.column_optional_int64(2);
    state.paused = load_all_.column_int(3) != 0;
    states.push_back(state);
  }
  return states;
}

}  // namespace kezek::store
