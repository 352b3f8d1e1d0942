// libFuzzer target: status boards (docs/FORMAT.md §9), as a kiosk reads them.
// Invariants on a board that verifies: the writer accepts it, reading the written board back
// gives the same entries (sorted by lookup hash), writing is canonical, every entry is found
// by its own lookup, and an installed version equal to the board's is refused.
#include <algorithm>

#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/status_board.hpp"

namespace {

using namespace sk;

bool same_entry(const sync::BoardEntry& a, const sync::BoardEntry& b) {
    return a.lookup == b.lookup && a.status == b.status && a.updated == b.updated &&
           a.reply == b.reply;
}

void check_roundtrip(const sync::StatusBoard& board) {
    auto rebuilt = sync::build_status_board(board, fuzz::bureau_signer());
    fuzz::require(rebuilt.ok());
    const auto again = sync::verify_status_board(*rebuilt, fuzz::bureau_signer().pk);
    fuzz::require(again.ok());
    fuzz::require(again->version == board.version && again->issued == board.issued);
    fuzz::require(again->entries.size() == board.entries.size());
    fuzz::require(std::is_sorted(
        again->entries.begin(), again->entries.end(),
        [](const sync::BoardEntry& a, const sync::BoardEntry& b) { return a.lookup < b.lookup; }));
    for (const auto& e : board.entries) {
        auto it = std::find_if(again->entries.begin(), again->entries.end(),
                               [&](const sync::BoardEntry& x) { return x.lookup == e.lookup; });
        fuzz::require(it != again->entries.end() && same_entry(*it, e));
    }
    auto twice = sync::build_status_board(*again, fuzz::bureau_signer());
    fuzz::require(twice.ok() && *twice == *rebuilt);
}

void check_file(ByteView file) {
    const auto board = sync::verify_status_board(file, fuzz::bureau_signer().pk);
    fuzz::require_clean_error(board);
    if (!board) return;
    const auto same_version =
        sync::verify_status_board(file, fuzz::bureau_signer().pk, board->version);
    fuzz::require(!same_version.ok() && same_version.error().code == Errc::conflict);
    check_roundtrip(*board);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        check_file(in);
    } else {
        check_file(
            crypto::make_signed_file(crypto::SignContext::status_board, in, fuzz::bureau_signer()));
    }
    return 0;
}
