// THE list of bureau schema versions after storage's base (version 2). A new version is one
// line appended here plus its schema_vN_*.cpp; shipped versions are never edited.
#include "schema_versions.hpp"
#include "sk/bureau/store/open.hpp"

namespace sk::bureau::store {

const std::vector<storage::SchemaStep>& bureau_schema_steps() {
    static const std::vector<storage::SchemaStep> steps = {
        {3, "adding users and the audit log", detail::schema_v3_users_audit},
        // 4: unit, staff and absence registers (issue 13 §2-3)
        // 5: casework (issue 14)
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
