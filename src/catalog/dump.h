// A deterministic JSON dump of the catalog: what ddlint believes the schema is. Used by
// `ddlint catalog --format json`, the golden catalog tests and the live-database parity test.
// It contains no source locations, so dumps of files and of a live database compare directly.
#pragma once

#include "catalog/catalog.h"

#include <string>

namespace ddlint::catalog {

std::string dump_json(const Catalog& catalog);

} // namespace ddlint::catalog
