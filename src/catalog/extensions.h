// Types that well-known extensions provide, so columns of those types are not reported as
// undefined when the inputs create the extension.
#pragma once

#include <string_view>

namespace ddlint::catalog {

// True when `extension` is known and provides a type named `type`.
bool extension_provides_type(std::string_view extension, std::string_view type);
// True when ddlint knows which types `extension` provides (otherwise any unknown type may be
// one of its types).
bool extension_known(std::string_view extension);

} // namespace ddlint::catalog
