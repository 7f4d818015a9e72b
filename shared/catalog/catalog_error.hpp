#pragma once
// The one error the catalog and MRP loaders throw. what() names the file, the
// entry and the problem, e.g.
//   catalog.json: services[3] "work_visa_extension": documents[2]: unknown document id "foo"
// so that whoever edits the data can fix it without reading code.

#include <stdexcept>
#include <string>

namespace kezek::catalog {

class CatalogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kezek::catalog
