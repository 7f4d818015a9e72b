#pragma once
// Strict, typed reading of a JSON data file for the catalog and MRP loaders.
// Every accessor knows where its value sits (a Where breadcrumb) and throws
// CatalogError naming the file, the entry and the problem, so no Boost error
// with an unclear message ever reaches the user.

#include "shared/catalog/catalog.hpp"
#include "shared/catalog/catalog_error.hpp"

#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kezek::catalog::reader {

// `"text"` with quotes, backslashes and control characters escaped.
std::string in_quotes(std::string_view text);

// Where a value sits in a file, rendered as `services[3] "id": fees.service_kzt`:
// keys nest with '.', and after an array entry the next part follows ": ".
class Where {
 public:
  explicit Where(std::string file) : file_(std::move(file)) {}

  Where key(std::string_view name) const;
  Where index(std::size_t i) const;        // appends "[i]"
  Where named(std::string_view id) const;  // appends ` "id"` after an index

  const std::string& file() const { return file_; }
  const std::string& path() const { return path_; }

  // Throws CatalogError("file: path: problem").
  [[noreturn]] void fail(std::string_view problem) const;

 private:
  std::string file_;
  std::string path_;
  bool after_entry_ = false;
};

// Whole file as text; CatalogError naming the path when it cannot be read.
std::string read_file_text(const std::filesystem::path& path);

// Parses a complete JSON text; a syntax error is reported with its line and
// column (columns count characters, not bytes).
boost::json::value parse_json(std::string_view text, const std::string& file);

// `the string "abc"`, `-5`, `null`, `an object`... for "expected X, got Y".
std::string describe(const boost::json::value& value);

const boost::json::object& as_object(const boost::json::value& value, const Where& where);
const boost::json::array& as_array(const boost::json::value& value, const Where& where);
std::string as_string(const boost::json::value& value, const Where& where);
std::string as_nonempty_string(const boost::json::value& value, const Where& where);
std::int64_t as_int(const boost::json::value& value, const Where& where);
int as_int_between(const boost::json::value& value, const Where& where, int low, int high);
double as_number(const boost::json::value& value, const Where& where);  // integer or fraction

// An object whose keys are checked on construction: an unknown key or a
// missing required key is an error, so a typo in the data never goes unseen.
class Fields {
 public:
  Fields(const boost::json::value& value, Where where, std::initializer_list<std::string_view> required,
         std::initializer_list<std::string_view> optional = {});
  // Fields keeps a pointer into the value: a temporary would dangle.
  Fields(boost::json::value&&, Where, std::initializer_list<std::string_view>,
         std::initializer_list<std::string_view> = {}) = delete;

  const boost::json::value& at(std::string_view key) const;    // a required key
  const boost::json::value* find(std::string_view key) const;  // nullptr when absent
  // Like find(), but a JSON null also counts as absent.
  const boost::json::value* find_non_null(std::string_view key) const;
  Where where(std::string_view key) const { return where_.key(key); }
  const Where& where() const { return where_; }

 private:
  const boost::json::object* object_;
  Where where_;
};

// A translatable text: an object with exactly "en", "ru" and "kk", none empty.
Text read_text(const boost::json::value& value, const Where& where);

}  // namespace kezek::catalog::reader
