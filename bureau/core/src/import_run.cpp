// Importer::import_paths: a whole run (USB stick, directory, list of files). Files are
// gathered and sorted into chain order first; then batch k+1 is verified and opened on
// worker threads while batch k is written to the store, so SQLCipher's page encryption
// overlaps the record crypto instead of adding to it.
#include <algorithm>
#include <future>
#include <set>
#include <tuple>

#include "importer_prepared.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/sync/classify.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

struct Item {
    fs::path path;
    crypto::KeyId kiosk{};
    uint64_t seq = 0;
    uint64_t records = 0;
    std::optional<BatchOutcome> refused;  // unreadable or unparseable: no chain position
};

BatchOutcome refusal(const fs::path& p, const Error& e) {
    BatchOutcome o;
    o.source = p.string();
    o.result = BatchResult::rejected;
    o.code = e.code;
    o.reason = e.message;
    return o;
}

// Reads and checks one file for sorting (every check of parse_batch, without copying its
// records or hashing it: prepare() parses it once more, for good). from_dir: a file that is
// not a signed batch at all (an ack, a README) is skipped rather than reported as a rejected
// batch — unless it is named like a batch, because a truncated or corrupted batch must be
// reported, never skipped.
std::optional<Item> gather_one(const fs::path& p, bool from_dir, size_t& skipped) {
    Item it;
    it.path = p;
    auto bytes = read_file(p, sync::kMaxBatchFileBytes);
    if (!bytes) {
        it.refused = refusal(p, bytes.error());
        return it;
    }
    if (from_dir && p.extension() != ".skbatch") {
        auto ctx = sync::classify_file(bytes.value());
        if (!ctx || ctx.value() != crypto::SignContext::batch) {
            ++skipped;
            return std::nullopt;
        }
    }
    auto batch = sync::check_batch(bytes.value());
    if (!batch) {
        it.refused = refusal(p, batch.error());
        return it;
    }
    it.kiosk = batch->kiosk;
    it.seq = batch->header.seq;
    it.records = batch->records;
    return it;
}

}  // namespace

ImportSummary Importer::import_paths(const std::vector<fs::path>& paths,
                                     const ProgressFn& progress) {
    ImportSummary s;
    std::set<crypto::Hash> known;
    for (const auto& [row, chain] : chains_) {
        for (const auto& [seq, link] : chain.imported) known.insert(link.hash);
    }

    std::vector<Item> items;
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> files;
            for (auto it = fs::recursive_directory_iterator(p, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec)) files.push_back(it->path());
            }
            std::sort(files.begin(), files.end());
            for (const auto& f : files) {
                if (auto item = gather_one(f, true, s.skipped_files)) {
                    items.push_back(std::move(*item));
                }
            }
        } else if (auto item = gather_one(p, false, s.skipped_files)) {
            items.push_back(std::move(*item));
        }
    }
    // Refused files first (they have no place in a chain), then chain order per kiosk.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::make_tuple(!a.refused.has_value(), a.kiosk, a.seq) <
               std::make_tuple(!b.refused.has_value(), b.kiosk, b.seq);
    });

    uint64_t total = 0, done = 0;
    for (const Item& it : items) total += it.records;
    auto start = [&](size_t i) {
        return std::async(std::launch::async, [this, &items, &known, i] {
            const Item& it = items[i];
            if (it.refused) {
                Prepared p;
                p.outcome = *it.refused;
                return p;
            }
            auto bytes = read_file(it.path, sync::kMaxBatchFileBytes);
            if (!bytes) {
                Prepared p;
                p.outcome = refusal(it.path, bytes.error());
                return p;
            }
            return prepare(bytes.value(), it.path.string(), &known);
        });
    };
    std::future<Prepared> next;
    if (!items.empty()) next = start(0);
    for (size_t i = 0; i < items.size(); ++i) {
        Prepared cur = next.get();
        if (i + 1 < items.size()) next = start(i + 1);
        BatchOutcome o = commit(std::move(cur));
        switch (o.result) {
            case BatchResult::imported:
                ++s.imported;
                break;
            case BatchResult::duplicate:
                ++s.duplicate;
                break;
            case BatchResult::rejected:
                ++s.rejected;
                break;
        }
        s.records_new += o.records_new;
        s.records_duplicate += o.records_duplicate;
        s.batches.push_back(std::move(o));
        done += items[i].records;
        if (progress) progress(done, total);
    }
    summarise_gaps(s);
    return s;
}

void Importer::summarise_gaps(ImportSummary& s) const {
    std::set<int64_t> touched;
    for (const auto& o : s.batches) {
        if (o.kiosk_row != 0) touched.insert(o.kiosk_row);
    }
    for (const auto& [key_id, k] : kiosks_) {
        if (touched.count(k.id) == 0) continue;
        auto it = chains_.find(k.id);
        if (it == chains_.end()) continue;
        for (const sync::SeqRange& r : sync::missing_batches(it->second)) {
            s.gaps.push_back(k.name + " (" + to_hex(key_id) + "): " +
                             (r.first == r.last ? "batch " + std::to_string(r.first)
                                                : "batches " + std::to_string(r.first) + "-" +
                                                      std::to_string(r.last)) +
                             " missing");
        }
    }
}

}  // namespace sk::bureau
