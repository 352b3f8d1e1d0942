// A batch after the store-free stage of import (parse, verify, open): handed from the
// opening thread to the storing thread.
#pragma once

#include <optional>
#include <vector>

#include "sk/bureau/importer.hpp"
#include "sk/storage/bureau_types.hpp"
#include "sk/sync/batch.hpp"

namespace sk::bureau {

struct Importer::Prepared {
    BatchOutcome outcome;
    std::optional<sync::Batch> batch;               // set once the signature verified
    std::vector<storage::DecryptedRecord> records;  // empty when opening was skipped
    bool verified = false;                          // false: outcome is a rejection
    bool opened = false;
};

}  // namespace sk::bureau
