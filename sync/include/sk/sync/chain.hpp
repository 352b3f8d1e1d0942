// Per-kiosk batch chain checking for the bureau (docs/FORMAT.md §6.4). Pure logic over a
// small state struct that the bureau persists next to its import ledger; no I/O here.
//
// Policy: a batch after a gap IS imported (its records are real tips, and holding them
// back until a lost USB stick turns up would only delay them); the gap is recorded and
// shown to the operator. A late batch that fills a recorded gap is imported too, provided
// it links to the neighbours already imported. Forks and replays are refused.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sk/result.hpp"
#include "sk/sync/batch.hpp"

namespace sk::sync {

struct ChainLink {
    Hash hash{};       // batch_hash of the imported file
    Hash prev_hash{};  // its header's prev_hash, to check a later gap fill against
    bool operator==(const ChainLink& o) const { return hash == o.hash && prev_hash == o.prev_hash; }
};

struct SeqRange {
    uint64_t first = 0;
    uint64_t last = 0;  // inclusive
    bool operator==(const SeqRange& o) const { return first == o.first && last == o.last; }
};

struct KioskChainState {
    // Every batch imported from this kiosk. 72 bytes each: a kiosk exporting daily adds
    // ~26 KB a year, so the state is kept whole and duplicates are recognised forever.
    std::map<uint64_t, ChainLink> imported;
    // Missing seqs at or below this were written off by an operator (close_gaps_through):
    // a file that turns up later for one of them is refused as replay_old.
    uint64_t closed_through = 0;

    uint64_t last_seq() const { return imported.empty() ? 0 : imported.rbegin()->first; }
};

enum class ChainVerdictKind {
    next,        // seq = last + 1 and prev hash links: import
    duplicate,   // same seq and same hash already imported: no-op
    fork,        // same seq with another hash, or prev hash does not link: refuse
    gap,         // seq > last + 1: import, and record `missing` as a gap
    gap_fill,    // seq in a recorded gap, links with imported neighbours: import
    replay_old,  // seq in a written-off range, never imported: refuse
};
const char* chain_verdict_name(ChainVerdictKind k);

struct ChainVerdict {
    ChainVerdictKind kind = ChainVerdictKind::next;
    SeqRange missing;     // for gap: the seqs skipped (a range, as seq is attacker-sized)
    std::string message;  // one line for the operator

    // True for next, gap and gap_fill.
    bool should_import() const;
};

ChainVerdict check_chain(const KioskChainState& known, const BatchHeader& incoming,
                         const Hash& incoming_hash);

// check_chain, then records the batch if it should be imported. Duplicate: ok, state
// unchanged. Fork or replay_old: Errc::conflict with the verdict's message.
Result<ChainVerdict> record_import(KioskChainState& state, const BatchHeader& incoming,
                                   const Hash& incoming_hash);

// Seqs between closed_through and the last imported batch that were never imported.
std::vector<SeqRange> missing_batches(const KioskChainState& state);

// Operator decision that batches up to `seq` will never arrive (lost USB stick, wiped
// kiosk). Never lowers closed_through.
void close_gaps_through(KioskChainState& state, uint64_t seq);

}  // namespace sk::sync
