// The SQL connection under an open BureauStore, for the bureau's own store code
// (bureau/store/, sk_bureau_store: users, audit, registers, casework). Internal SQL toolkit:
// nothing outside storage/ and bureau/store/ includes this. The connection stays owned by
// the BureauStore; do not keep the reference past it.
#pragma once

#include "sk/storage/bureau_store.hpp"
#include "sk/storage/sql/database.hpp"
#include "sk/storage/sql/statement.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage::sql {

Database& bureau_database(BureauStore& s);

}  // namespace sk::storage::sql
