#include "kiosk_fixture.hpp"

#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "sk/crypto/init.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"

namespace sk::testing {

namespace fs = std::filesystem;

namespace {
storage::KioskStore open_store(const fs::path& data) {
    if (!crypto::init()) throw std::runtime_error("sodium init");
    auto s = kiosk_sync::create_kiosk_store(data);
    if (!s) throw std::runtime_error(s.error().message);
    return std::move(*s);
}
}  // namespace

KioskFixture::KioskFixture()
    : data(tmp.path() / "data"), out(tmp.path() / "out"), store(open_store(data)) {
    fs::create_directories(out);
    if (!store.set_identity(kiosk.sk)) throw std::runtime_error("set_identity");
    if (!store.set_bureau_public(crypto::encode_bureau_public(bureau.pub)))
        throw std::runtime_error("set_bureau_public");
}

std::vector<crypto::RecordId> KioskFixture::add_records(size_t n, size_t plaintext_bytes,
                                                        crypto::RecordKind kind) {
    std::vector<crypto::RecordId> ids;
    const Bytes pt(plaintext_bytes, 'x');
    for (size_t i = 0; i < n; ++i) {
        storage::NewRecord r;
        r.id = crypto::new_record_id();
        r.kind = kind;
        r.survey_id = kind == crypto::RecordKind::tip ? "" : "staff-workstyle-2026";
        r.day = 20260314;
        auto env = crypto::seal_record(kind, r.id, pt, {bureau.pub.seal_pk});
        if (!env) throw std::runtime_error(env.error().message);
        r.envelope = std::move(*env);
        if (!store.insert_record(r)) throw std::runtime_error("insert_record");
        ids.push_back(r.id);
    }
    return ids;
}

std::vector<uint8_t> read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_all(const fs::path& p, const std::vector<uint8_t>& bytes) {
    std::ofstream o(p, std::ios::binary);
    o.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

std::vector<fs::path> files_in(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace sk::testing
