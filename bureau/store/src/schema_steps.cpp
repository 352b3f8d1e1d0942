// THE list of bureau schema versions after storage's base (version 2). A new version is one
// line appended here plus its schema_vN_*.cpp; shipped versions are never edited.
#include "schema_versions.hpp"
#include "sk/bureau/store/open.hpp"

namespace sk::bureau::store {

const std::vector<storage::SchemaStep>& bureau_schema_steps() {
    static const std::vector<storage::SchemaStep> steps = {
        {3, "adding users and the audit log", detail::schema_v3_users_audit},
        {4, "adding the unit, staff and absence registers", detail::schema_v4_registers},
        {5, "adding the casework tables", detail::schema_v5_casework},
        {6, "adding kiosk revocations", detail::schema_v6_kiosk_revocations},
    };
    return steps;
}

int bureau_schema_version() {
    return bureau_schema_steps().back().version;
}

Result<storage::BureauStore> open_bureau_store(const std::filesystem::path& path, ByteView key32,
                                               bool create) {
    return storage::BureauStore::open(path, key32, create, bureau_schema_steps());
}

}  // namespace sk::bureau::store
