#include "shared/catalog/mrp_table.hpp"

#include "shared/catalog/json_reader.hpp"

#include <cmath>
#include <string>

namespace kezek::catalog {

using namespace reader;

std::optional<std::int64_t> MrpTable::kzt_for_year(int year) const {
  const auto found = kzt_by_year_.find(year);
  if (found == kzt_by_year_.end()) return std::nullopt;
  return found->second;
}

namespace {

// Keys are calendar years written as four digits: "2025".
int read_year(std::string_view key, const Where& where) {
  const bool four_digits = key.size() == 4 && key.find_first_not_of("0123456789") == std::string_view::npos;
  if (!four_digits || key[0] == '0') where.fail("expected a year such as \"2025\", got " + in_quotes(key));
  return std::stoi(std::string(key));
}

}  // namespace

MrpTable parse_mrp_table(std::string_view json_text, std::string_view file_name) {
  const std::string file(file_name);
  const boost::json::value document = parse_json(json_text, file);
  const Fields root(document, Where(file), {"mrp_kzt"}, {"source"});  // source: free-form provenance
  const Where years_at = root.where("mrp_kzt");
  const boost::json::object& years = as_object(root.at("mrp_kzt"), years_at);
  if (years.empty()) years_at.fail("holds no year");
  std::map<int, std::int64_t> kzt_by_year;
  for (const auto& entry : years) {
    const Where at = years_at.key(entry.key());
    const int year = read_year(entry.key(), at);
    const std::int64_t kzt = as_int(entry.value(), at);
    if (kzt <= 0) at.fail("MRP must be positive, got " + std::to_string(kzt));
    kzt_by_year.emplace(year, kzt);
  }
  return MrpTable(std::move(kzt_by_year));
}

MrpTable load_mrp_table(const std::filesystem::path& path) {
  return parse_mrp_table(read_file_text(path), path.string());
}

std::optional<std::int64_t> state_duty_kzt(const Fees& fees, const MrpTable& table, int year) {
  if (!fees.state_duty_mrp) return std::nullopt;
  const std::optional<std::int64_t> mrp = table.kzt_for_year(year);
  if (!mrp) return std::nullopt;
  // Thousandths of an MRP, then tenge × 1000, then half up to whole tenge. A
  // product beyond int64 (a duty or an MRP far from real ones) has no price
  // either, rather than an overflow.
  const double milli = *fees.state_duty_mrp * 1000.0;
  if (!(std::fabs(milli) < 0x1p62)) return std::nullopt;  // also NaN
  const std::int64_t milli_mrp = std::llround(milli);
  std::int64_t milli_kzt = 0;
  if (__builtin_mul_overflow(milli_mrp, *mrp, &milli_kzt) || __builtin_add_overflow(milli_kzt, 500, &milli_kzt))
    return std::nullopt;
  return milli_kzt / 1000;
}

}  // namespace kezek::catalog
