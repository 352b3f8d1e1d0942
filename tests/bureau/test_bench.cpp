// Import throughput against the crypto limit (hidden: run with `test_bureau "[bench]"`).
// SK_BENCH_RECORDS overrides the record count (default 20,000).
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "bureau_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/parallel.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/batch_plan.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("import rate versus the crypto limit", "[.][bench]") {
    const char* env = std::getenv("SK_BENCH_RECORDS");
    const size_t n = env ? std::strtoul(env, nullptr, 10) : 20000;
    Bureau b;
    SimKiosk k = b.add_kiosk("school bench");
    const auto pk = b.keys().pub.seal_pk;

    std::vector<Bytes> envs(n);
    parallel_for(n, default_threads(), [&](size_t i) {
        if (i % 5 == 0) {
            envs[i] = make_tip(pk).envelope;
        } else {
            survey::Answers a;
            a.set("role", survey::Answer::of_choice(i % 2 ? "teacher" : "cadre"));
            a.set("issues", survey::Answer::of_choices({"late", "phone"}));
            a.set("attitude", survey::Answer::of_integer(1 + int(i % 5)));
            a.set("score", survey::Answer::of_integer(int(i % 11)));
            a.set("hours", survey::Answer::of_number(double(i % 40)));
            a.set("comment", survey::Answer::of_text("希望加强管理，提高效率。"));
            envs[i] = make_response(pk, a).envelope;
        }
    });
    std::vector<size_t> sizes;
    for (const auto& e : envs) sizes.push_back(e.size());
    auto plan = sync::plan_batches(sizes);
    REQUIRE(plan.ok());
    std::vector<Bytes> files;
    for (const auto& slice : plan.value()) {
        std::vector<Bytes> part(envs.begin() + long(slice.first),
                                envs.begin() + long(slice.first + slice.count));
        files.push_back(k.next_batch(part));
    }
    for (size_t i = 0; i < files.size(); ++i) {
        b.write("usb/batch-" + std::to_string(i + 1) + ".skbatch", files[i]);
    }

    // The crypto limit: verify every batch and open every record on all cores, nothing else.
    const crypto::SealKeyPair seal = crypto::bureau_seal_pair(b.keys());
    auto t0 = std::chrono::steady_clock::now();
    std::atomic<size_t> opened{0};
    for (const auto& f : files) {
        auto batch = sync::verify_batch(f, k.key.pk);
        REQUIRE(batch.ok());
        parallel_for(batch->records.size(), default_threads(), [&](size_t i) {
            if (crypto::open_record(batch->records[i].envelope, seal)) ++opened;
        });
    }
    const double crypto_s = seconds_since(t0);
    REQUIRE(opened == n);

    t0 = std::chrono::steady_clock::now();
    ImportSummary s = b.importer()->import_paths({b.tmp.path / "usb"});
    const double import_s = seconds_since(t0);
    CHECK(s.records_new == n);
    CHECK(s.rejected == 0);

    const double crypto_rate = double(n) / crypto_s, import_rate = double(n) / import_s;
    std::cout << "records: " << n << " in " << files.size() << " batches, " << default_threads()
              << " threads\n"
              << "crypto limit (verify + open): " << size_t(crypto_rate) << " records/s\n"
              << "full import:                  " << size_t(import_rate) << " records/s ("
              << int(100 * import_rate / crypto_rate) << "% of the crypto limit)\n";
    CHECK(import_rate >= crypto_rate / 2);
}

// Writes batches for trying the CLI by hand (hidden): SK_MAKE_BATCHES_PUB=bureau.pub,
// SK_MAKE_BATCHES_OUT=DIR (gets kiosk.pub and batch-N.skbatch), SK_BENCH_RECORDS=N.
TEST_CASE("make batches for a bureau", "[.][make-batches]") {
    const char* pub_path = std::getenv("SK_MAKE_BATCHES_PUB");
    const char* out_dir = std::getenv("SK_MAKE_BATCHES_OUT");
    REQUIRE(pub_path != nullptr);
    REQUIRE(out_dir != nullptr);
    const char* env = std::getenv("SK_BENCH_RECORDS");
    const size_t n = env ? std::strtoul(env, nullptr, 10) : 100;
    auto pub_bytes = read_file(pub_path);
    REQUIRE(pub_bytes.ok());
    auto pub = crypto::decode_bureau_public(pub_bytes.value());
    REQUIRE(pub.ok());
    SimKiosk k;
    k.key = crypto::generate_sign_keypair();
    std::vector<Bytes> envs;
    for (size_t i = 0; i < n; ++i) {
        if (i % 4 == 0) {
            envs.push_back(make_tip(pub->seal_pk, i % 8 ? "城关一小" : "二中").envelope);
        } else {
            survey::Answers a;
            a.set("role", survey::Answer::of_choice(i % 3 ? "teacher" : "cadre"));
            a.set("attitude", survey::Answer::of_integer(1 + int(i % 5)));
            a.set("comment", survey::Answer::of_text("意见 " + std::to_string(i)));
            envs.push_back(make_response(pub->seal_pk, a).envelope);
        }
    }
    const std::filesystem::path out(out_dir);
    std::filesystem::create_directories(out);
    REQUIRE(write_file(out / "kiosk.pub", crypto::encode_kiosk_public(k.key.pk), false).ok());
    const size_t per = 50;
    for (size_t first = 0, i = 1; first < n; first += per, ++i) {
        std::vector<Bytes> part(envs.begin() + long(first),
                                envs.begin() + long(std::min(n, first + per)));
        REQUIRE(
            write_file(out / ("batch-" + std::to_string(i) + ".skbatch"), k.next_batch(part), false)
                .ok());
    }
    REQUIRE(write_file(out / "test-survey.json", ByteView(test_survey_json()), false).ok());
}
