#include "storage_test_util.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <sys/stat.h>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/init.hpp"

namespace sk::testing {

namespace fs = std::filesystem;

Bytes read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, ByteView data, unsigned mode) {
    {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data.data),
                  static_cast<std::streamsize>(data.size));
    }
    ::chmod(p.c_str(), mode);
}

storage::NewRecord make_tip(storage::Day day, size_t size, uint8_t fill) {
    REQUIRE(crypto::init().ok());
    storage::NewRecord r;
    r.id = crypto::new_record_id();
    r.kind = storage::RecordKind::tip;
    r.day = day;
    r.envelope.assign(size, fill);
    return r;
}

storage::NewRecord make_response(const std::string& survey_id, storage::Day day, size_t size) {
    storage::NewRecord r = make_tip(day, size, 0xa5);
    r.kind = storage::RecordKind::survey_response;
    r.survey_id = survey_id;
    return r;
}

storage::KioskStore open_store(const fs::path& db) {
    auto s = storage::KioskStore::open(db);
    if (!s) FAIL("open failed: " << s.error().message);
    return std::move(s).value();
}

}  // namespace sk::testing
