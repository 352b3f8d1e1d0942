// Per-kiosk chain verdicts: next, duplicate, fork, gap, gap fill, replay.
#include <catch2/catch.hpp>

#include "sk/sync/chain.hpp"

using namespace sk;
using namespace sk::sync;

namespace {

crypto::Hash h(uint8_t b) {
    crypto::Hash x;
    x.fill(b);
    return x;
}

BatchHeader hdr(uint64_t seq, const crypto::Hash& prev) {
    BatchHeader b;
    b.seq = seq;
    b.prev_hash = prev;
    b.day = 20260314;
    return b;
}

// Batch n of an honest chain has hash h(n) and points at h(n-1) (zero for n = 1).
BatchHeader honest(uint64_t n) {
    return hdr(n, n == 1 ? crypto::Hash{} : h(uint8_t(n - 1)));
}

KioskChainState imported(std::initializer_list<uint64_t> seqs) {
    KioskChainState s;
    for (uint64_t n : seqs) {
        auto r = record_import(s, honest(n), h(uint8_t(n)));
        REQUIRE(r.ok());
    }
    return s;
}

}  // namespace

TEST_CASE("chain: first batch and in-order batches are next", "[sync][chain]") {
    KioskChainState s;
    auto v = check_chain(s, honest(1), h(1));
    CHECK(v.kind == ChainVerdictKind::next);
    CHECK(v.should_import());
    s = imported({1, 2, 3});
    CHECK(s.last_seq() == 3);
    CHECK(check_chain(s, honest(4), h(4)).kind == ChainVerdictKind::next);
    CHECK(missing_batches(s).empty());
}

TEST_CASE("chain: the same batch again is a duplicate no-op", "[sync][chain]") {
    auto s = imported({1, 2, 3});
    for (uint64_t n : {1, 2, 3}) {
        auto v = check_chain(s, honest(n), h(uint8_t(n)));
        CHECK(v.kind == ChainVerdictKind::duplicate);
        CHECK_FALSE(v.should_import());
    }
    const auto before = s.imported;
    auto r = record_import(s, honest(3), h(3));
    REQUIRE(r.ok());
    CHECK(r->kind == ChainVerdictKind::duplicate);
    CHECK(s.imported == before);
}

TEST_CASE("chain: same seq with another hash is a fork", "[sync][chain]") {
    auto s = imported({1, 2, 3});
    auto v = check_chain(s, honest(2), h(0x99));
    CHECK(v.kind == ChainVerdictKind::fork);
    CHECK_FALSE(v.should_import());
    CHECK(check_chain(s, honest(3), h(0x98)).kind == ChainVerdictKind::fork);
    auto r = record_import(s, honest(3), h(0x98));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::conflict);
    CHECK(s.imported.at(3).hash == h(3));
}

TEST_CASE("chain: next seq whose prev hash does not link is a fork", "[sync][chain]") {
    auto s = imported({1, 2, 3});
    auto v = check_chain(s, hdr(4, h(0x77)), h(4));
    CHECK(v.kind == ChainVerdictKind::fork);
    CHECK(v.message.find("previous hash") != std::string::npos);
}

TEST_CASE("chain: a skipped seq is a gap, imported and reported", "[sync][chain]") {
    auto s = imported({1, 2});
    auto v = check_chain(s, honest(6), h(6));
    CHECK(v.kind == ChainVerdictKind::gap);
    CHECK(v.should_import());
    CHECK(v.missing == SeqRange{3, 5});
    auto r = record_import(s, honest(6), h(6));
    REQUIRE(r.ok());
    CHECK(s.last_seq() == 6);
    REQUIRE(missing_batches(s) == std::vector<SeqRange>{{3, 5}});
    // The chain continues normally after the gap.
    CHECK(check_chain(s, honest(7), h(7)).kind == ChainVerdictKind::next);
}

TEST_CASE("chain: first batch seen is not 1", "[sync][chain]") {
    KioskChainState s;
    auto v = check_chain(s, honest(4), h(4));
    CHECK(v.kind == ChainVerdictKind::gap);
    CHECK(v.missing == SeqRange{1, 3});
}

TEST_CASE("chain: a late batch that links fills the gap", "[sync][chain]") {
    auto s = imported({1, 2, 5});
    CHECK(missing_batches(s) == std::vector<SeqRange>{{3, 4}});
    CHECK(check_chain(s, honest(4), h(4)).kind == ChainVerdictKind::gap_fill);
    REQUIRE(record_import(s, honest(3), h(3)).ok());
    CHECK(missing_batches(s) == std::vector<SeqRange>{{4, 4}});
    REQUIRE(record_import(s, honest(4), h(4)).ok());
    CHECK(missing_batches(s).empty());
}

TEST_CASE("chain: a late batch that does not link is a fork", "[sync][chain]") {
    auto s = imported({1, 2, 5});
    // Points at the wrong batch 2.
    CHECK(check_chain(s, hdr(3, h(0x55)), h(3)).kind == ChainVerdictKind::fork);
    // Links to 3 backwards but is not what batch 5 points at.
    CHECK(check_chain(s, honest(4), h(0x44)).kind == ChainVerdictKind::fork);
}

TEST_CASE("chain: an unknown batch in a written-off range is a replay", "[sync][chain]") {
    auto s = imported({1, 2, 6});
    close_gaps_through(s, 5);
    CHECK(missing_batches(s).empty());
    auto v = check_chain(s, honest(4), h(4));
    CHECK(v.kind == ChainVerdictKind::replay_old);
    CHECK_FALSE(v.should_import());
    auto r = record_import(s, honest(4), h(4));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::conflict);
    // Imported batches in the closed range are still recognised as duplicates / forks.
    CHECK(check_chain(s, honest(2), h(2)).kind == ChainVerdictKind::duplicate);
    CHECK(check_chain(s, honest(2), h(0x22)).kind == ChainVerdictKind::fork);
    // close_gaps_through never moves back.
    close_gaps_through(s, 1);
    CHECK(s.closed_through == 5);
}

TEST_CASE("chain: a huge forged seq does not overflow", "[sync][chain]") {
    auto s = imported({1});
    auto v = check_chain(s, hdr(UINT64_MAX, h(1)), h(0xee));
    CHECK(v.kind == ChainVerdictKind::gap);
    CHECK(v.missing == SeqRange{2, UINT64_MAX - 1});
}

TEST_CASE("chain verdict names", "[sync][chain]") {
    CHECK(std::string(chain_verdict_name(ChainVerdictKind::gap_fill)) == "gap_fill");
    CHECK(std::string(chain_verdict_name(ChainVerdictKind::replay_old)) == "replay_old");
}
