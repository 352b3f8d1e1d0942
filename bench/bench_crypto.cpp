// Sealing throughput against the raw libsodium-backed primitive it is built from.
#include <chrono>
#include <string>

#include "bench_sections.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"

namespace sk::bench {

namespace {
double per_second(size_t n, std::chrono::steady_clock::duration d) {
    return static_cast<double>(n) / std::chrono::duration<double>(d).count();
}
}  // namespace

bool bench_seal(const Options& opt) {
    auto bureau = crypto::generate_bureau_keys();
    const size_t n = opt.quick ? 2000 : 20000;
    std::string text(900, 'x');  // a typical tip serialises to about 1 KB (2 KiB bucket)

    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < n; ++i) {
        auto env = crypto::seal_tip(crypto::new_record_id(), text, {bureau.pub.seal_pk});
        if (!env) return false;
    }
    double seals = per_second(n, std::chrono::steady_clock::now() - t0);

    // Baseline: the unavoidable part, one key sealing per record with no padding or AEAD.
    auto t1 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < n; ++i) {
        auto env =
            crypto::seal_tip(crypto::new_record_id(), std::string_view("x"), {bureau.pub.seal_pk});
        if (!env) return false;
    }
    double minimal = per_second(n, std::chrono::steady_clock::now() - t1);
    print_row("seal 900-byte tip (1 recipient)", seals, minimal, "seals/s",
              "seal of a 1-byte record");

    auto seal_pair = crypto::bureau_seal_pair(bureau);
    auto env = crypto::seal_tip(crypto::new_record_id(), text, {bureau.pub.seal_pk});
    auto t2 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < n; ++i) {
        auto pt = crypto::open_record(*env, seal_pair);
        if (!pt) return false;
    }
    double opens = per_second(n, std::chrono::steady_clock::now() - t2);
    print_row("open 900-byte tip (1 core)", opens, seals, "opens/s", "seal rate above");
    return true;
}

}  // namespace sk::bench
