#include "server/store/counter_state_repository.hpp"

#include <string_view>

#include "server/store/enum_columns.hpp"
#include "server/store/write_guard.hpp"

namespace kezek::store {
namespace {

constexpr std::string_view kSave =
    "INSERT INTO counter_states (number, phase, current, paused, day) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (number) DO UPDATE SET phase = excluded.phase, current = excluded.current, "
    "paused = excluded.paused, day = excluded.day";
constexpr std::string_view kLoadDay =
    "SELECT number, phase, current, paused FROM counter_states WHERE day = ?1 ORDER BY number";

}  // namespace

CounterStateRepository::CounterStateRepository(Database& db)
    : db_(db), save_(db.prepare(kSave)), load_day_(db.prepare(kLoadDay)) {}

void CounterStateRepository::save(const domain::CounterState& state, Date day) {
  require_transaction(db_, "CounterStateRepository::save");
  StatementUse use(save_);
  save_.bind(1, state.number);
  save_.bind(2, domain::to_string(state.phase));
  save_.bind(3, state.current);
  save_.bind(4, state.paused ? 1 : 0);
  save_.bind(5, day);
  save_.run();
}

std::vector<domain::CounterState> CounterStateRepository::load_day(Date day) {
  StatementUse use(load_day_);
  load_day_.bind(1, day);
  std::vector<domain::CounterState> states;
  while (load_day_.step()) {
    domain::CounterState state;
    state.number = load_day_.column_int(0);
    state.phase = column_counter_phase(load_day_, 1);
    state.current = load_day_.column_optional_int64(2);
    state.paused = load_day_.column_int(3) != 0;
    states.push_back(state);
  }
  return states;
}

}  // namespace kezek::store
