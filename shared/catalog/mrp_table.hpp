#pragma once
// The monthly calculation index (MRP, МРП, АЕК) per year, from
// assets/catalog/mrp.json: {"mrp_kzt": {"2025": 3932, "2026": 4325}, "source": ...}.
// State duties are set in MRP and the MRP changes every 1 January, so a duty
// is priced with the MRP of the year it is paid in (the caller passes today's
// year: the core does no clock reads). An MrpTable is immutable; any thread may read it.

#include "shared/catalog/catalog.hpp"
#include "shared/catalog/catalog_error.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

namespace kezek::catalog {

class MrpTable {
 public:
  MrpTable() = default;
  explicit MrpTable(std::map<int, std::int64_t> kzt_by_year) : kzt_by_year_(std::move(kzt_by_year)) {}

  // nullopt for a year the table does not hold: better no price than a wrong one.
  std::optional<std::int64_t> kzt_for_year(int year) const;
  const std::map<int, std::int64_t>& years() const { return kzt_by_year_; }

 private:
  std::map<int, std::int64_t> kzt_by_year_;
};

// Throw CatalogError naming the file, the entry and the problem, like the catalog loader.
MrpTable parse_mrp_table(std::string_view json_text, std::string_view file_name);
MrpTable load_mrp_table(const std::filesystem::path& path);

// fees.state_duty_mrp × the MRP of `year`, in whole tenge, rounded half up
// (0.5 MRP in 2025 = 1,966 KZT; 30 MRP = 117,960; 4 MRP = 15,728). The MRP
// count is taken to a thousandth first so that a count like 0.3 is exact and
// the half-tenge rounding is not at the mercy of binary fractions.
// nullopt when the service has no state duty, the year has no MRP or the price
// would not fit in int64 tenge.
std::optional<std::int64_t> state_duty_kzt(const Fees& fees, const MrpTable& table, int year);

}  // namespace kezek::catalog
