// Steps the Admin screen's desk tests share: typing into a buffer, sending an Admin intent,
// logging in as the demo lead and opening a tab, finding a file in the Admin browser.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <string>

#include "desk_fixture.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::desk::test {

inline void type(Desk& d, Field f, const std::string& s) {
    std::memset(d.buffer(f), 0, d.capacity(f));
    std::strncpy(d.buffer(f), s.c_str(), d.capacity(f) - 1);
}

inline void act(Desk& d, AdminIntent i) {
    d.dispatch(intent::Admin{std::move(i)});
}

inline void open_admin(DeskFixture& f, AdminTab tab) {
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::admin});
    REQUIRE(f.desk->screen() == Screen::admin);
    act(*f.desk, admin::ShowTab{tab});
}

inline size_t audit_rows(Desk& d, const std::string& action) {
    size_t n = 0;
    for (const auto& l : d.admin().audit().lines()) n += l.action == action;
    return n;
}

inline size_t user_count(const Desk& d) {
    return d.admin().users().size();
}

inline bool can_unlock(const DeskFixture& f, const std::string& user, const std::string& pass) {
    return bureau::unlock(f.home, user, pass).ok();
}

// The index of `name` among the Admin browser's entries (the fixture's stick folder).
inline size_t entry(const Desk& d, const std::string& name) {
    const auto& e = d.admin().browser().entries();
    auto it =
        std::find_if(e.begin(), e.end(), [&](const FolderEntry& x) { return x.name == name; });
    REQUIRE(it != e.end());
    return size_t(it - e.begin());
}

inline void write(const std::filesystem::path& p, const std::string& s) {
    REQUIRE(bureau::write_file(p, ByteView(s), false).ok());
}

}  // namespace sk::desk::test
