#include "sk/sync/chain.hpp"

namespace sk::sync {

namespace {

using K = ChainVerdictKind;

std::string n(uint64_t v) {
    return std::to_string(v);
}

ChainVerdict verdict(K kind, std::string msg) {
    return ChainVerdict{kind, {}, std::move(msg)};
}

const ChainLink* find(const KioskChainState& s, uint64_t seq) {
    auto it = s.imported.find(seq);
    return it == s.imported.end() ? nullptr : &it->second;
}

}  // namespace

const char* chain_verdict_name(ChainVerdictKind k) {
    switch (k) {
        case K::next:
            return "next";
        case K::duplicate:
            return "duplicate";
        case K::fork:
            return "fork";
        case K::gap:
            return "gap";
        case K::gap_fill:
            return "gap_fill";
        case K::replay_old:
            return "replay_old";
    }
    return "?";
}

bool ChainVerdict::should_import() const {
    return kind == K::next || kind == K::gap || kind == K::gap_fill;
}

ChainVerdict check_chain(const KioskChainState& known, const BatchHeader& in, const Hash& h) {
    const uint64_t s = in.seq;
    const uint64_t last = known.last_seq();
    if (const ChainLink* same = find(known, s)) {
        if (same->hash == h)
            return verdict(K::duplicate, "batch " + n(s) + " was already imported; nothing to do");
        return verdict(K::fork, "batch " + n(s) + " differs from the batch " + n(s) +
                                    " imported earlier: the kiosk's chain has forked");
    }
    // seq 0 never passes parse_batch; treat it as the oldest possible replay if it gets here.
    if (s == 0) return verdict(K::replay_old, "batch 0 does not exist: refused");
    // Written as differences so a forged seq near 2^64 cannot wrap last + 1.
    if (s > last && s - last == 1) {
        if (last > 0 && known.imported.rbegin()->second.hash != in.prev_hash)
            return verdict(K::fork, "batch " + n(s) + " does not follow the imported batch " +
                                        n(last) + " (previous hash mismatch): chain forked");
        return verdict(K::next, "batch " + n(s) + " follows batch " + n(last));
    }
    if (s > last) {
        ChainVerdict v =
            verdict(K::gap, "batch " + n(s) + " skips batches " + n(last + 1) + "-" + n(s - 1) +
                                " (missing); importing it and recording the gap");
        v.missing = SeqRange{last + 1, s - 1};
        return v;
    }
    // s < last and never imported: either a late batch filling a gap, or a stale one.
    if (s <= known.closed_through)
        return verdict(K::replay_old, "batch " + n(s) +
                                          " was never imported and its range was closed "
                                          "(written off): refused as a replay");
    if (const ChainLink* before = find(known, s - 1); before && before->hash != in.prev_hash)
        return verdict(K::fork, "batch " + n(s) + " does not follow the imported batch " +
                                    n(s - 1) + " (previous hash mismatch): chain forked");
    if (const ChainLink* after = find(known, s + 1); after && after->prev_hash != h)
        return verdict(K::fork, "batch " + n(s) + " is not the batch that the imported batch " +
                                    n(s + 1) + " follows: chain forked");
    return verdict(K::gap_fill, "batch " + n(s) + " arrived late and fills a recorded gap");
}

Result<ChainVerdict> record_import(KioskChainState& state, const BatchHeader& in, const Hash& h) {
    ChainVerdict v = check_chain(state, in, h);
    if (v.kind == K::fork || v.kind == K::replay_old) return Error{Errc::conflict, v.message};
    if (v.should_import()) state.imported[in.seq] = ChainLink{h, in.prev_hash};
    return v;
}

std::vector<SeqRange> missing_batches(const KioskChainState& state) {
    std::vector<SeqRange> out;
    uint64_t expect = state.closed_through + 1;  // first seq not yet accounted for
    for (const auto& [seq, link] : state.imported) {
        (void)link;
        if (seq > expect) out.push_back(SeqRange{expect, seq - 1});
        if (seq >= expect) expect = seq + 1;
    }
    return out;
}

void close_gaps_through(KioskChainState& state, uint64_t seq) {
    if (seq > state.closed_through) state.closed_through = seq;
}

}  // namespace sk::sync
