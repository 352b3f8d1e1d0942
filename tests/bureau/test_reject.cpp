// Rejected batches: each refused with a one-line reason, the store left exactly as it was,
// and good batches in the same run still imported.
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/crypto/keys.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

void check_rejected(const BatchOutcome& o) {
    CHECK(o.result == BatchResult::rejected);
    CHECK(!o.reason.empty());
    CHECK(o.reason.find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("one flipped byte anywhere in a batch rejects it and changes nothing",
          "[import][reject]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const Bytes file = k.next_batch({make_tip(b.keys().pub.seal_pk).envelope});
    auto im = b.importer();
    const auto before = b.store().table_counts();
    size_t rejected = 0;
    for (size_t i = 0; i < file.size(); ++i) {
        Bytes bad = file;
        bad[i] ^= 0x01;
        BatchOutcome o = im->import_bytes(bad, "flipped");
        if (o.result != BatchResult::rejected) FAIL("byte " << i << " flipped was accepted");
        ++rejected;
    }
    CHECK(rejected == file.size());
    CHECK(b.store().table_counts() == before);
    // The untouched file still imports afterwards.
    CHECK(im->import_bytes(file, "good").result == BatchResult::imported);
}

TEST_CASE("truncated, unregistered, foreign-signed and wrong-recipient batches are refused",
          "[import][reject]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const auto seal_pk = b.keys().pub.seal_pk;
    const Bytes good = k.next_batch({make_tip(seal_pk).envelope, make_tip(seal_pk).envelope});

    SECTION("truncated") {
        for (size_t cut : {size_t{1}, size_t{64}, good.size() / 2, good.size() - 1}) {
            Bytes bad(good.begin(), good.begin() + static_cast<long>(good.size() - cut));
            check_rejected(b.import(bad));
        }
        CHECK(b.store().table_counts()["records"] == 0);
    }
    SECTION("unregistered kiosk") {
        SimKiosk stranger;
        stranger.key = crypto::generate_sign_keypair();
        BatchOutcome o = b.import(stranger.next_batch({make_tip(seal_pk).envelope}));
        check_rejected(o);
        CHECK(o.reason.find("not registered") != std::string::npos);
    }
    SECTION("signed by another key with the registered kiosk's id") {
        // Another kiosk's batch relabelled: the payload names kiosk A, the signature is B's.
        SimKiosk impostor;
        impostor.key = crypto::generate_sign_keypair();
        impostor.key.pk = k.key.pk;  // claims A's identity (key id), signs with its own secret
        BatchOutcome o = b.import(impostor.next_batch({make_tip(seal_pk).envelope}));
        check_rejected(o);
        CHECK((o.code == Errc::bad_signature || o.code == Errc::wrong_key));
    }
    SECTION("records sealed to another bureau") {
        crypto::SealKeyPair other = crypto::generate_seal_keypair();
        BatchOutcome o =
            b.import(k.next_batch({make_tip(seal_pk).envelope, make_tip(other.pk).envelope}));
        check_rejected(o);
        CHECK(o.code == Errc::wrong_key);
        CHECK(o.reason.find("not to this bureau") != std::string::npos);
    }
    CHECK(b.store().table_counts()["records"] == 0);
    CHECK(b.store().table_counts()["batches"] == 0);
}

TEST_CASE("a bad batch in a run leaves the store untouched while good ones import",
          "[import][reject]") {
    Bureau b;
    SimKiosk a = b.add_kiosk("school A");
    SimKiosk c = b.add_kiosk("school C");
    const auto seal_pk = b.keys().pub.seal_pk;
    const Bytes good_a = a.next_batch({make_tip(seal_pk).envelope});
    Bytes bad_c = c.next_batch({make_tip(seal_pk).envelope});
    bad_c[bad_c.size() / 2] ^= 0x40;
    crypto::SealKeyPair other = crypto::generate_seal_keypair();
    const Bytes foreign_a = a.next_batch({make_tip(other.pk).envelope});
    b.write("usb/1.skbatch", good_a);
    b.write("usb/2.skbatch", bad_c);
    b.write("usb/3.skbatch", foreign_a);
    b.write("usb/readme.txt", Bytes{'h', 'i'});

    ImportSummary s = b.importer()->import_paths({b.tmp.path / "usb"});
    CHECK(s.imported == 1);
    CHECK(s.rejected == 2);
    CHECK(s.skipped_files == 1);
    CHECK(s.records_new == 1);
    auto counts = b.store().table_counts();
    CHECK(counts["batches"] == 1);
    CHECK(counts["records"] == 1);
    CHECK(counts["tips"] == 1);
    CHECK(counts["tip_history"] == 1);
}

TEST_CASE("a truncated batch file in a directory is rejected and not skipped", "[import][reject]") {
    Bureau b;
    SimKiosk a = b.add_kiosk("school A");
    Bytes batch = a.next_batch({make_tip(b.keys().pub.seal_pk).envelope});
    batch.resize(batch.size() / 3);
    b.write("usb/1.skbatch", batch);

    ImportSummary s = b.importer()->import_paths({b.tmp.path / "usb"});
    CHECK(s.imported == 0);
    CHECK(s.rejected == 1);
    CHECK(s.skipped_files == 0);
    REQUIRE(s.batches.size() == 1);
    check_rejected(s.batches[0]);
    CHECK(b.store().table_counts()["batches"] == 0);
}

TEST_CASE("a record whose kind byte and plaintext type disagree rejects its batch",
          "[import][reject]") {
    // FORMAT.md §3: the kind byte chooses the parser; a response sealed as a tip (or the
    // reverse) is not a valid record of that kind, and the whole batch is refused.
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const auto pk = b.keys().pub.seal_pk;
    survey::Answers answers;
    answers.set("role", survey::Answer::of_choice("teacher"));
    const Sealed response = make_response(pk, answers);
    const Sealed tip = make_tip(pk);
    auto reseal = [&](crypto::RecordKind kind, const Sealed& s) {
        auto e = crypto::seal_record(kind, s.id, s.plaintext, {pk});
        REQUIRE(e.ok());
        return e.value();
    };
    for (const Bytes& envelope : {reseal(crypto::RecordKind::tip, response),
                                  reseal(crypto::RecordKind::survey_response, tip)}) {
        const auto before = b.store().table_counts();
        BatchOutcome o = b.import(k.batch_at(1, {}, {envelope}));
        check_rejected(o);
        CHECK(o.code == Errc::bad_format);
        CHECK(o.reason.find("is not a valid") != std::string::npos);
        CHECK(b.store().table_counts() == before);
    }
}
