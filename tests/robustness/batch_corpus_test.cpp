// Table-driven: one importer and one store take thousands of broken variants of a small
// genuine batch. Each must be refused with a reason of the right category (not just
// "failed"), one line long, and the store must not change at all (fingerprint: row counts
// plus a hash of every stored value). The genuine batch still imports afterwards.
#include <catch2/catch.hpp>

#include "../bureau/bureau_fixture.hpp"
#include "batch_corpus.hpp"
#include "sk/crypto/keys.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;
using namespace sk::robustness;

namespace {

survey::Answers teacher_answers() {
    survey::Answers a;
    a.set("role", survey::Answer::of_choice("teacher"));
    a.set("attitude", survey::Answer::of_integer(4));
    return a;
}

storage::StoreFingerprint fingerprint(Bureau& b) {
    auto f = b.store().fingerprint();
    REQUIRE(f.ok());
    return *f;
}

// Imports every variant; returns how many were refused as expected. Stops at the first
// surprise so a failure names the variant.
size_t refuse_all(Importer& im, const std::vector<BatchVariant>& variants) {
    size_t refused = 0;
    for (const auto& v : variants) {
        const BatchOutcome o = im.import_bytes(v.file, "corpus");
        if (o.result != BatchResult::rejected || v.acceptable.count(o.code) == 0 ||
            o.reason.empty() || o.reason.find('\n') != std::string::npos) {
            FAIL(v.name << ": " << batch_result_name(o.result) << " (" << errc_name(o.code) << ": "
                        << o.reason << "), expected rejected as " << describe(v.acceptable));
        }
        ++refused;
    }
    return refused;
}

}  // namespace

TEST_CASE(
    "broken-batch corpus: every variant is refused for the right reason and the store is unchanged",
    "[robustness][corpus]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const auto seal_pk = b.keys().pub.seal_pk;
    auto im = b.importer();

    // An earlier batch already imported: the store is not empty and there is something to
    // replay.
    const Bytes first = k.next_batch({make_tip(seal_pk).envelope, make_tip(seal_pk).envelope});
    REQUIRE(im->import_bytes(first, "first").result == BatchResult::imported);
    const crypto::Hash first_prev{};  // seq 1 has an all-zero prev hash
    // The genuine batch under test: two tips and a survey response.
    const Bytes good = k.next_batch({make_tip(seal_pk).envelope,
                                     make_response(seal_pk, teacher_answers()).envelope,
                                     make_tip(seal_pk).envelope});
    const storage::StoreFingerprint before = fingerprint(b);

    SECTION("every single-byte flip, two patterns") {
        const auto variants = flipped_variants(good);
        CHECK(refuse_all(*im, variants) == 2 * good.size());
    }
    SECTION("every truncation length") {
        const auto variants = truncated_variants(good);
        CHECK(refuse_all(*im, variants) == good.size());
    }
    SECTION("the signature of another batch") {
        CHECK(refuse_all(*im, {swapped_signature(good, first)}) == 1);
    }
    SECTION("an old seq replayed with other records (a fork)") {
        const Bytes forged = k.batch_at(1, first_prev, {make_tip(seal_pk).envelope});
        CHECK(refuse_all(*im, {{"seq 1 again, other content", forged, {Errc::conflict}}}) == 1);
    }
    SECTION("records sealed to another bureau key") {
        const crypto::SealKeyPair other = crypto::generate_seal_keypair();
        // Seq 2 right after the imported batch, so only the recipient is wrong.
        const Bytes foreign = k.batch_at(
            2, sync::batch_hash(first), {make_tip(other.pk).envelope, make_tip(other.pk).envelope});
        CHECK(refuse_all(*im, {{"sealed to another bureau", foreign, {Errc::wrong_key}}}) == 1);
    }
    SECTION("a batch from an unregistered kiosk") {
        SimKiosk stranger;
        stranger.key = crypto::generate_sign_keypair();
        const Bytes alien = stranger.next_batch({make_tip(seal_pk).envelope});
        CHECK(refuse_all(*im, {{"unregistered kiosk", alien, {Errc::wrong_key}}}) == 1);
    }
    SECTION("the exact old batch replayed is a harmless duplicate") {
        // Not a rejection: re-importing a USB stick must be safe. It changes nothing.
        const BatchOutcome o = im->import_bytes(first, "replay");
        CHECK(o.result == BatchResult::duplicate);
        CHECK(o.records_new == 0);
    }

    // Nothing any variant did is visible in the store, not even a counter or a chain note.
    CHECK(fingerprint(b) == before);
    // And the importer was not left in a bad state: the genuine batch imports in full.
    const BatchOutcome ok = im->import_bytes(good, "good");
    INFO(ok.reason);
    CHECK(ok.result == BatchResult::imported);
    CHECK(ok.records_new == 3);
    CHECK(fingerprint(b) != before);
}
