// Register imports (issue 13): `staff import` of the demo's 2,481-row staff register into
// an empty bureau.db, and `payroll check` of its 2,297-row payroll, each against reading
// the same file alone (the floor: any import must at least read it) and against parsing
// it into rows without storing or comparing anything.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "bench_data.hpp"
#include "bench_sections.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/open.hpp"

namespace sk::bench {

namespace {

namespace fs = std::filesystem;
constexpr const char* kNow = "2026-12-01T02:00:00Z";

bool fail(const char* what, const Error& e) {
    std::fprintf(stderr, "bench registers: %s: %s\n", what, e.message.c_str());
    return false;
}

// Best of `reps` runs of f (seconds): the figures are small, and the minimum is the least
// disturbed by a busy machine.
template <typename F>
double best_of(int reps, F f) {
    double best = 1e30;
    for (int i = 0; i < reps; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        if (!f()) return -1;
        best = std::min(best, seconds_since(t0));
    }
    return best;
}

}  // namespace

bool bench_registers(const Options& opt) {
    const fs::path demo = fs::path(SK_SOURCE_DIR) / "assets/demo/bureau";
    const fs::path dir = fs::path(opt.work_dir) / "registers";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const int reps = opt.quick ? 1 : 5;
    std::array<uint8_t, 32> key{};
    key.fill(7);
    auto store = bureau::store::open_bureau_store(dir / "bureau.db", ByteView(key), true);
    if (!store) return fail("store", store.error());
    bureau::Actor lead{"bench", bureau::Role::lead};

    for (const char* name : {"staff.csv", "staff.xlsx", "payroll-2026-11.csv"}) {
        const fs::path p = demo / name;
        if (!fs::exists(p)) continue;
        double read_s = best_of(reps, [&] { return bureau::read_file(p, 64u << 20).ok(); });
        double parse_s = best_of(reps, [&] { return bureau::read_table_file(p).ok(); });
        std::string what = std::string("read + parse ") + name;
        print_row(what, parse_s * 1e6, read_s * 1e6, "us", "reading the file alone");
    }
    auto u = bureau::import_units(*store, lead, demo / "units.csv", kNow);
    if (!u || !u->errors.empty())
        return fail("units", u ? Error{Errc::bad_format, "rows"} : u.error());
    double read_staff = best_of(reps, [&] { return bureau::read_file(demo / "staff.csv").ok(); });
    double parse_staff =
        best_of(reps, [&] { return bureau::read_table_file(demo / "staff.csv").ok(); });
    auto t0 = std::chrono::steady_clock::now();
    auto st = bureau::import_staff(*store, lead, demo / "staff.csv", kNow, false);
    double import_s = seconds_since(t0);
    if (!st || !st->errors.empty())
        return fail("staff", st ? Error{Errc::bad_format, "rows"} : st.error());
    print_row("staff import " + std::to_string(st->rows) + " rows, empty register", import_s * 1e6,
              read_staff * 1e6, "us", "reading the file alone");
    print_row("staff import, same", import_s * 1e6, parse_staff * 1e6, "us",
              "reading + parsing the file");
    double again_s = best_of(reps, [&] {
        auto r = bureau::import_staff(*store, lead, demo / "staff.csv", kNow, false);
        return r.ok() && r->added == 0;
    });
    print_row("staff re-import, nothing changed", again_s * 1e6, read_staff * 1e6, "us",
              "reading the file alone");
    auto a = bureau::import_absences(*store, lead, demo / "absences.csv", 20261201, kNow);
    if (!a || !a->errors.empty())
        return fail("absences", a ? Error{Errc::bad_format, "rows"} : a.error());

    const fs::path payroll = demo / "payroll-2026-11.csv";
    double read_pay = best_of(reps, [&] { return bureau::read_file(payroll).ok(); });
    double parse_pay = best_of(reps, [&] { return bureau::read_table_file(payroll).ok(); });
    size_t rows = 0;
    double check_s = best_of(reps, [&] {
        std::vector<std::string> errors;
        auto c = bureau::check_payroll_file(*store, lead, payroll, bureau::PayrollPolicy{},
                                            20261130, kNow, errors);
        rows = c ? static_cast<size_t>(c->rows) : 0;
        return c.ok() && errors.empty();
    });
    print_row("payroll check " + std::to_string(rows) + " rows", check_s * 1e6, read_pay * 1e6,
              "us", "reading the file alone");
    print_row("payroll check, same", check_s * 1e6, parse_pay * 1e6, "us",
              "reading + parsing the file");
    fs::remove_all(dir);
    return true;
}

}  // namespace sk::bench
