#include "shared/catalog/json_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>

namespace kezek::catalog::reader {

std::string in_quotes(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += "\\x";
      out += "0123456789abcdef"[(c >> 4) & 0xf];
      out += "0123456789abcdef"[c & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

Where Where::key(std::string_view name) const {
  Where next = *this;
  if (!next.path_.empty()) next.path_ += after_entry_ ? ": " : ".";
  next.path_ += name;
  next.after_entry_ = false;
  return next;
}

Where Where::index(std::size_t i) const {
  Where next = *this;
  // Appended piece by piece: `"[" + std::to_string(i)` trips a false GCC 12
  // -Wrestrict warning at -O3 (PR 105329).
  next.path_ += '[';
  next.path_ += std::to_string(i);
  next.path_ += ']';
  next.after_entry_ = true;
  return next;
}

Where Where::named(std::string_view id) const {
  Where next = *this;
  next.path_ += ' ';
  next.path_ += in_quotes(id);
  next.after_entry_ = true;
  return next;
}

void Where::fail(std::string_view problem) const {
  std::string message = file_ + ": ";
  if (!path_.empty()) message += path_ + ": ";
  message += problem;
  throw CatalogError(message);
}

std::string read_file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw CatalogError(path.string() + ": cannot open the file (" + std::strerror(errno) + ")");
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw CatalogError(path.string() + ": cannot read the file");
  return std::move(text).str();
}

namespace {

// Line and column (1-based, in characters) of a byte offset, for the message.
std::string position_of(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0) != 0x80) {  // UTF-8 continuation bytes do not start a character
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

boost::json::value parse_json(std::string_view text, const std::string& file) {
  boost::json::stream_parser parser;
  boost::system::error_code ec;
  // On error write() returns the offset of the offending character.
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  std::size_t offset = consumed;
  if (!ec) {
    parser.finish(ec);
    offset = text.size();
  }
  if (ec) {
    throw CatalogError(file + ": malformed JSON at " + position_of(text, offset) + ": " + ec.message());
  }
  return parser.release();
}

std::string describe(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return value.get_bool() ? "true" : "false";
    case boost::json::kind::string: return "the string " + in_quotes(value.get_string());
    case boost::json::kind::object: return "an object";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::int64:
    case boost::json::kind::uint64: return boost::json::serialize(value);
    case boost::json::kind::double_: {
      // "5.5", not Boost's "5.5E0": the message is for whoever edits the data.
      std::ostringstream out;
      out << std::setprecision(15) << value.get_double();
      return out.str();
    }
  }
  return "an unknown value";
}

const boost::json::object& as_object(const boost::json::value& value, const Where& where) {
  if (!value.is_object()) where.fail("expected an object, got " + describe(value));
  return value.get_object();
}

const boost::json::array& as_array(const boost::json::value& value, const Where& where) {
  if (!value.is_array()) where.fail("expected an array, got " + describe(value));
  return value.get_array();
}

std::string as_string(const boost::json::value& value, const Where& where) {
  if (!value.is_string()) where.fail("expected a string, got " + describe(value));
  return std::string(value.get_string());
}

std::string as_nonempty_string(const boost::json::value& value, const Where& where) {
  std::string text = as_string(value, where);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) where.fail("must not be empty");
  return text;
}

std::int64_t as_int(const boost::json::value& value, const Where& where) {
  if (value.is_int64()) return value.get_int64();
  if (value.is_uint64()) {
    if (value.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      where.fail("number too large: " + describe(value));
    }
    return static_cast<std::int64_t>(value.get_uint64());
  }
  where.fail("expected an integer, got " + describe(value));
}

int as_int_between(const boost::json::value& value, const Where& where, int low, int high) {
  const std::int64_t number = as_int(value, where);
  if (number < low || number > high) {
    where.fail("must be between " + std::to_string(low) + " and " + std::to_string(high) + ", got " +
               std::to_string(number));
  }
  return static_cast<int>(number);
}

double as_number(const boost::json::value& value, const Where& where) {
  if (value.is_double()) return value.get_double();
  if (value.is_int64() || value.is_uint64()) return static_cast<double>(as_int(value, where));
  where.fail("expected a number, got " + describe(value));
}

Fields::Fields(const boost::json::value& value, Where where, std::initializer_list<std::string_view> required,
               std::initializer_list<std::string_view> optional)
    : object_(&as_object(value, where)), where_(std::move(where)) {
  // Unknown keys first: a misspelt key would otherwise be reported as the
  // required key it was meant to be, hiding the typo.
  for (const auto& entry : *object_) {
    const std::string_view key = entry.key();
    bool known = false;
    for (std::string_view name : required) known = known || name == key;
    for (std::string_view name : optional) known = known || name == key;
    if (!known) where_.fail("unknown key " + in_quotes(key));
  }
  for (std::string_view name : required) {
    if (!object_->contains(name)) where_.fail("missing key " + in_quotes(name));
  }
}

const boost::json::value& Fields::at(std::string_view key) const {
  const boost::json::value* value = object_->if_contains(key);
  if (value == nullptr) where_.fail("missing key " + in_quotes(key));
  return *value;
}

const boost::json::value* Fields::find(std::string_view key) const { return object_->if_contains(key); }

const boost::json::value* Fields::find_non_null(std::string_view key) const {
  const boost::json::value* value = find(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

Text read_text(const boost::json::value& value, const Where& where) {
  const boost::json::object& object = as_object(value, where);
  for (const auto& entry : object) {
    if (!parse_lang(entry.key())) where.fail("unknown language " + in_quotes(entry.key()));
  }
  Text text;
  for (Lang lang : kAllLangs) {
    const std::string_view code = to_string(lang);
    const boost::json::value* translation = object.if_contains(code);
    if (translation == nullptr) where.fail("missing the " + in_quotes(code) + " translation");
    const Where at = where.key(code);
    std::string words = as_string(*translation, at);
    if (words.find_first_not_of(" \t\r\n") == std::string::npos) {
      at.fail("the " + in_quotes(code) + " translation is empty");
    }
    std::string& slot = lang == Lang::en ? text.en : lang == Lang::ru ? text.ru : text.kk;
    slot = std::move(words);
  }
  return text;
}

}  // namespace kezek::catalog::reader
