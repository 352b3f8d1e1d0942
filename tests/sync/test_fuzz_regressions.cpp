// Inputs the libFuzzer targets (tests/fuzz) found, replayed through the same readers in the
// normal suite. Each committed file in tests/fuzz/regressions/<target>/ once made a reader
// return a multi-line error message (a context name or "format" string with a line break,
// copied into the message unescaped): every reader must refuse it with one line. The batch,
// ack, bundle and classify inputs are whole signed files; the provisioning and rotation ones
// are JSON payloads.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "sk/sync/ack.hpp"
#include "sk/sync/batch.hpp"
#include "sk/sync/classify.hpp"
#include "sk/sync/kiosk_settings.hpp"
#include "sk/sync/rotation_statement.hpp"
#include "sk/sync/status_board.hpp"
#include "sk/sync/survey_bundle.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
namespace fs = std::filesystem;

namespace {

bool one_line(const Error& e) {
    return !e.message.empty() && e.message.find_first_of("\r\n") == std::string::npos;
}

std::vector<Bytes> regression_inputs(const std::string& target) {
    const fs::path dir = fs::path(SK_SOURCE_DIR) / "tests" / "fuzz" / "regressions" / target;
    std::vector<Bytes> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

template <typename T>
void require_refused_on_one_line(const Result<T>& r) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(one_line(r.error()));
}

Bytes signed_json(crypto::SignContext ctx, const nlohmann::json& j) {
    return crypto::make_signed_file(ctx, j.dump(), test::bureau_sign());
}

}  // namespace

TEST_CASE("fuzz regressions: batch readers refuse on one line", "[sync][fuzz]") {
    const auto inputs = regression_inputs("fuzz_batch");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& file : inputs) {
        require_refused_on_one_line(parse_batch(file));
        require_refused_on_one_line(verify_batch(file, test::kiosk_a().pk));
    }
}

TEST_CASE("fuzz regressions: ack reader refuses on one line", "[sync][fuzz]") {
    const auto inputs = regression_inputs("fuzz_ack");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& file : inputs)
        require_refused_on_one_line(verify_ack(file, test::bureau_sign().pk, test::kiosk_a().id()));
}

TEST_CASE("fuzz regressions: survey bundle reader refuses on one line", "[sync][fuzz]") {
    const auto inputs = regression_inputs("fuzz_survey_bundle");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& file : inputs)
        require_refused_on_one_line(
            verify_survey_bundle(file, test::bureau_sign().pk, "2026-03-14"));
}

TEST_CASE("fuzz regressions: classify refuses on one line", "[sync][fuzz]") {
    const auto inputs = regression_inputs("fuzz_classify");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& file : inputs) require_refused_on_one_line(classify_file(file));
}

TEST_CASE("sync: an unknown format string is quoted on one line", "[sync][fuzz]") {
    const std::string forged = "sk-ack-2\nbureau: imported 500 records OK";
    const auto ack = verify_ack(signed_json(crypto::SignContext::ack, {{"format", forged}}),
                                test::bureau_sign().pk, test::kiosk_a().id());
    REQUIRE_FALSE(ack.ok());
    CHECK(ack.error().code == Errc::unsupported_version);
    CHECK(one_line(ack.error()));
    CHECK(ack.error().message.find("sk-ack-2\\x0abureau") != std::string::npos);

    const auto board =
        verify_status_board(signed_json(crypto::SignContext::status_board, {{"format", forged}}),
                            test::bureau_sign().pk);
    REQUIRE_FALSE(board.ok());
    CHECK(board.error().code == Errc::unsupported_version);
    CHECK(one_line(board.error()));
}

TEST_CASE("fuzz regressions: provisioning payload readers refuse on one line", "[sync][fuzz]") {
    const auto settings = regression_inputs("fuzz_provisioning");
    REQUIRE_FALSE(settings.empty());
    for (const auto& payload : settings) {
        const auto r = parse_kiosk_settings(payload);
        REQUIRE_FALSE(r.ok());
        CHECK(one_line(r.error()));
    }
    const auto rotations = regression_inputs("fuzz_rotation");
    REQUIRE_FALSE(rotations.empty());
    for (const auto& payload : rotations) {
        const auto r = parse_rotation_statement(payload);
        REQUIRE_FALSE(r.ok());
        CHECK(one_line(r.error()));
    }
}
