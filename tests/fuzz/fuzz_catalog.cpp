// Fuzzes the catalog loader (shared/catalog: parse_catalog, parse_mrp_table)
// and what the programs do with a catalog it accepted: the server's summary and
// GET /api/v1/catalog document, the kiosk's prices and processing times, and the
// clients reading that document back (kiosk/ and staff/ served_catalog.cpp).
//
// Input: the bytes of a catalog file, also read as an MRP file. The real
// assets/catalog files and tests/data/catalog are passed as extra seeds by
// tests/fuzz/CMakeLists.txt, so the committed corpus holds no stale copy.
// Invariants (abort on violation):
//   - parse_catalog and parse_mrp_table refuse bad input with CatalogError and
//     nothing else (any other exception escaping is a bug);
//   - an accepted catalog can be summarised, priced and formatted in every
//     language without an exception;
//   - the server's catalog document for it is read back by the kiosk and by the
//     staff console with the same services, letters, tiers and state duties.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <typeinfo>

#include "kiosk/served_catalog.hpp"
#include "server/api/catalog_document.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/catalog_summary.hpp"
#include "shared/catalog/money_format.hpp"
#include "shared/catalog/mrp_table.hpp"
#include "shared/catalog/processing_format.hpp"
#include "staff/served_catalog.hpp"

namespace {

using namespace kezek;
using namespace kezek::catalog;

[[noreturn]] void violated(const std::string& what) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n", what.c_str());
  std::abort();
}

constexpr int kYear = 2026;

const MrpTable& real_mrp() {
  static const MrpTable table = load_mrp_table(std::filesystem::path(KEZEK_ASSETS_DIR) / "catalog" / "mrp.json");
  return table;
}

// What the kiosk shows of each service, in each language.
void show(const Catalog& catalog, const MrpTable& mrp) {
  (void)summarize(catalog);
  for (const Service& service : catalog.services()) {
    for (Lang lang : {Lang::en, Lang::ru, Lang::kk}) {
      (void)service.name.in(lang);
      (void)format_processing(service.processing, lang);
      (void)format_processing_extension(service.processing, lang);
      for (Tier tier : service.tiers())
        if (auto kzt = service.fees.service_kzt(tier)) (void)format_kzt(*kzt, lang);
      if (service.fees.state_duty_mrp) (void)format_mrp(*service.fees.state_duty_mrp, lang);
      for (int year : {kYear - 1, kYear, kYear + 1})
        if (auto kzt = state_duty_kzt(service.fees, mrp, year)) (void)format_kzt(*kzt, lang);
    }
    (void)catalog.group_of(service);
  }
}

void round_trip(std::string_view text, const Catalog& catalog) {
  const std::string document = server::api::make_catalog_document(text, catalog, real_mrp(), kYear);
  const auto kiosk = kiosk::parse_served_catalog(document);
  std::string error;
  const auto staff = staff::parse_served_catalog(document, error);
  if (!staff) violated("the staff console refuses the server's catalog document: " + error);
  if (kiosk->catalog.services().size() != catalog.services().size() ||
      staff->services().size() != catalog.services().size())
    violated("the clients read a different number of services");
  for (const Service& service : catalog.services()) {
    const Service* in_kiosk = kiosk->catalog.find_service(service.id);
    if (in_kiosk == nullptr || staff->find_service(service.id) == nullptr)
      violated("a client lost service " + service.id);
    const auto& extras = kiosk->extras_for(service.id);
    if (extras.letter != catalog.group_of(service).letter) violated("the kiosk reads another letter for " + service.id);
    if (extras.tiers != service.tiers()) violated("the kiosk reads other tiers for " + service.id);
    if (extras.state_duty_kzt != state_duty_kzt(service.fees, real_mrp(), kYear))
      violated("the kiosk reads another state duty for " + service.id);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<MrpTable> mrp;
  try {
    mrp = parse_mrp_table(text, "mrp.json");
    for (int year : {1, kYear, 9999}) (void)mrp->kzt_for_year(year);
  } catch (const CatalogError&) {
  } catch (const std::exception& e) {
    violated(std::string("parse_mrp_table let out ") + typeid(e).name() + ": " + e.what());
  }

  std::optional<Catalog> catalog;
  try {
    catalog = parse_catalog(text, "catalog.json");
  } catch (const CatalogError&) {
    return 0;
  } catch (const std::exception& e) {
    violated(std::string("parse_catalog let out ") + typeid(e).name() + ": " + e.what());
  }
  try {
    show(*catalog, mrp ? *mrp : real_mrp());
    round_trip(text, *catalog);
  } catch (const std::exception& e) {
    violated(std::string("an accepted catalog made ") + typeid(e).name() + ": " + e.what());
  }
  return 0;
}
