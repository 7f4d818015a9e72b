#include "server/store/statement.hpp"

#include <sqlite3.h>

#include <limits>
#include <utility>

#include "server/store/store_error.hpp"

namespace kezek::store {
namespace {

// SQLite takes text lengths as int; a longer string is a bug, not data.
int text_length(std::string_view value) {
  if (value.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw StoreError("text too long to bind (" + std::to_string(value.size()) + " bytes)");
  }
  return static_cast<int>(value.size());
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) {
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), text_length(sql), SQLITE_PREPARE_PERSISTENT, &stmt_, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt_);  // harmless on nullptr
    stmt_ = nullptr;
    throw StoreError(std::string(sqlite3_errmsg(db)) + " [code " + std::to_string(sqlite3_extended_errcode(db)) +
                         "] preparing: " + std::string(sql),
                     sqlite3_extended_errcode(db));
  }
  if (stmt_ == nullptr) {
    throw StoreError("no SQL statement in: " + std::string(sql));
  }
  // One statement per object: a second one would silently never run.
  const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
  if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    throw StoreError("more than one SQL statement in: " + std::string(sql));
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

void Statement::fail(int code) const {
  sqlite3* db = sqlite3_db_handle(stmt_);
  const int extended = db != nullptr ? sqlite3_extended_errcode(db) : code;
  const std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw StoreError(message + " [code " + std::to_string(extended) + "] in: " + std::string(sql()), extended);
}

void Statement::bind(int index, std::int64_t value) {
  if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) {
    fail(rc);
  }
}

void Statement::bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }

void Statement::bind(int index, double value) {
  if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) {
    fail(rc);
  }
}

void Statement::bind(int index, std::string_view value) {
  // An empty view may have a null data(); SQLite would then bind NULL, not ''.
  const char* text = value.data() != nullptr ? value.data() : "";
  if (const int rc = sqlite3_bind_text(stmt_, index, text, text_length(value), SQLITE_TRANSIENT); rc != SQLITE_OK) {
    fail(rc);
  }
}

void Statement::bind(int index, std::nullopt_t) {
  if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) {
    fail(rc);
  }
}

void Statement::bind(int index, Instant value) {
  bind(index, static_cast<std::int64_t>(value.time_since_epoch().count()));
}

void Statement::bind(int index, Date value) { bind(index, std::string_view(format_date(value))); }

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  fail(rc);
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() noexcept {
  // sqlite3_reset repeats the last step's error code; step() has already
  // thrown it, so it is deliberately not looked at again here.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::column_count() const { return sqlite3_column_count(stmt_); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::column_int64(int column) const { return sqlite3_column_int64(stmt_, column); }

int Statement::column_int(int column) const {
  const std::int64_t value = column_int64(column);
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    throw StoreError("column " + std::to_string(column) + " value " + std::to_string(value) +
                     " does not fit an int, in: " + std::string(sql()));
  }
  return static_cast<int>(value);
}

double Statement::column_double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::column_text(int column) const {
  // Text first, then its byte count: the order SQLite documents as safe.
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) {
    return {};
  }
  return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Instant Statement::column_instant(int column) const { return Instant{std::chrono::seconds{column_int64(column)}}; }

Date Statement::column_date(int column) const {
  const std::string text = column_text(column);
  const std::optional<Date> date = parse_date(text);
  if (!date) {
    throw StoreError("stored date '" + text + "' is not YYYY-MM-DD, in: " + std::string(sql()));
  }
  return *date;
}

std::optional<std::int64_t> Statement::column_optional_int64(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_int64(column);
}

std::optional<int> Statement::column_optional_int(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_int(column);
}

std::optional<std::string> Statement::column_optional_text(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_text(column);
}

std::optional<Instant> Statement::column_optional_instant(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_instant(column);
}

std::string_view Statement::sql() const {
  const char* text = sqlite3_sql(stmt_);
  return text != nullptr ? std::string_view(text) : std::string_view();
}

}  // namespace kezek::store
