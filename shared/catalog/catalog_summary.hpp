#pragma once
// A plain-text overview of a loaded catalog, printed by
// `kezek-server --check-catalog FILE` so that whoever edits the data sees at a
// glance what the software understood.

#include "shared/catalog/catalog.hpp"

#include <string>

namespace kezek::catalog {

// Lines like:
//   services: 23 in 8 groups
//     W work_visa: 2
//   documents: 41
//   conditions: 6
//   rules: 5
//   steps: 7
//   languages: en, ru, kk
std::string summarize(const Catalog& catalog);

}  // namespace kezek::catalog
