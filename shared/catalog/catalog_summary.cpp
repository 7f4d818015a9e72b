#include "shared/catalog/catalog_summary.hpp"

#include <sstream>

namespace kezek::catalog {

std::string summarize(const Catalog& catalog) {
  std::ostringstream out;
  out << "services: " << catalog.services().size() << " in " << catalog.groups().size() << " groups\n";
  for (const Group& group : catalog.groups()) {
    out << "  " << group.letter << ' ' << group.id << ": " << catalog.services_in_group(group.id).size() << '\n';
  }
  out << "documents: " << catalog.documents().size() << '\n';
  out << "conditions: " << catalog.conditions().size() << '\n';
  out << "rules: " << catalog.rules().size() << '\n';
  out << "steps: " << catalog.steps().size() << '\n';
  out << "languages:";
  const char* separator = " ";
  for (Lang lang : catalog.languages()) {
    out << separator << to_string(lang);
    separator = ", ";
  }
  out << '\n';
  if (!catalog.source().empty()) out << "source: " << catalog.source() << '\n';
  return out.str();
}

}  // namespace kezek::catalog
