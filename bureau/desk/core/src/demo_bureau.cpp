#include "sk/desk/demo_bureau.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/parallel.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/store/registers.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"
#include "sk/survey/tip_categories.hpp"
#include "sk/sync/batch.hpp"
#include "demo_assets.hpp"
#include "demo_content.hpp"

namespace sk::desk {

namespace fs = std::filesystem;

namespace {

struct Pending {
    size_t kiosk = 0;
    uint32_t day = 0;
    crypto::RecordKind kind = crypto::RecordKind::tip;
    size_t index = 0;  // per kind, for the content generators
    Bytes envelope;
};

uint32_t day_minus(uint32_t day, int back) {
    // Demo days stay inside one month (last_day's), at least the 1st.
    const int d = std::max(1, int(day % 100) - back);
    return day / 100 * 100 + uint32_t(d);
}

Result<void> create_store(const fs::path& dir) {
    const bureau::HomePaths p(dir);
    auto sec = bureau::read_file(p.sec, 4096);
    if (!sec) return sec.error();
    auto keys = crypto::decrypt_bureau_secret(*sec, kDemoPassphrase);
    if (!keys) return keys.error();
    auto db_key = bureau::derive_store_key(*keys);
    auto store = bureau::store::open_bureau_store(p.db, db_key.view(), true);
    if (!store) return store.error();
    return ok();
}

// The register demo set (assets/demo/bureau: units, staff, absences) through the core's
// imports, as a clerk would load it; skipped when the assets carry no such set.
Result<void> load_demo_registers(storage::BureauStore& store, const bureau::Actor& a,
                                 const fs::path& assets, const DemoOptions& opt) {
    const fs::path set = assets / "demo" / "bureau";
    std::error_code ec;
    if (!fs::exists(set / "units.csv", ec)) return ok();
    auto check = [](const char* what, Result<bureau::RegisterImport> r) -> Result<void> {
        if (!r) return r.error();
        if (!r->errors.empty()) {
            return Error{Errc::bad_format, std::string("demo ") + what + ": " + r->errors.front()};
        }
        return ok();
    };
    SK_TRY(check("units", bureau::import_units(store, a, set / "units.csv", opt.now)));
    SK_TRY(check("staff", bureau::import_staff(store, a, set / "staff.csv", opt.now, false)));
    return check("absences",
                 bureau::import_absences(store, a, set / "absences.csv", opt.last_day, opt.now));
}

// Links some kiosk cases to registered units (a clerk's decision after checking the tip),
// round robin, so the unit page has cases and a case page a unit link. Capped: each link
// is its own audited transaction and the benchmark demo has 100,000 tips.
Result<void> link_demo_cases(storage::BureauStore& store, const bureau::Actor& a,
                             const std::vector<storage::TipRow>& tips, const DemoOptions& opt) {
    auto units = bureau::store::list_units(store);
    if (!units) return units.error();
    if (units->empty()) return ok();
    constexpr size_t kLinked = 60;
    for (size_t i = 0, n = 0; i < tips.size() && n < kLinked; i += 2, ++n) {
        const auto& unit = (*units)[n % units->size()];
        SK_TRY(bureau::link_case(store, a, tips[i].case_no, unit.code, std::nullopt,
                                 "演示数据：核实举报内容后关联单位", opt.now));
    }
    return ok();
}

}  // namespace

Result<DemoSummary> make_demo_bureau(const fs::path& dir, const fs::path& assets,
                                     const DemoOptions& opt) {
    const bureau::HomePaths p(dir);
    std::error_code ec;
    if (fs::exists(p.sec, ec) || fs::exists(p.db, ec)) {
        return Error{Errc::already_exists, dir.string() + " already holds a bureau"};
    }
    fs::create_directories(dir, ec);
    // The key files come from the published demo seed (kiosk/demo), not from a shipped
    // file: packages carry no demo key (.ci/packages.sh checks).
    const fs::path keys_dir = dir / "demo-keys";
    SK_TRY(demo::write_demo_assets(assets / "surveys", keys_dir));
    for (const char* f : {"bureau.pub", "bureau.sec"}) {
        auto b = bureau::read_file(keys_dir / f);
        if (!b) return b.error();
        SK_TRY(bureau::write_file(dir / f, *b, true, 0600));
    }
    fs::remove_all(keys_dir, ec);
    SK_TRY(create_store(dir));
    // The first unlock migrates bureau.sec into the slot of user "lead" (role lead).
    auto session = bureau::unlock(dir, kDemoUser, kDemoPassphrase, opt.now);
    if (!session) return session.error();
    auto& store = session->store;

    std::vector<survey::Survey> surveys;
    for (const char* f : {"parent-satisfaction.json", "staff-workstyle.json"}) {
        auto json = bureau::read_file(assets / "surveys" / f);
        if (!json) return json.error();
        auto s = bureau::register_survey(store, *json, opt.now);
        if (!s) return s.error();
        surveys.push_back(std::move(*s));
    }
    auto cat_bytes = bureau::read_file(assets / "tips" / "categories.json");
    if (!cat_bytes) return cat_bytes.error();
    auto cats = survey::parse_tip_categories(*cat_bytes);
    if (!cats) return cats.error();

    std::vector<crypto::SignKeyPair> kiosk_keys;
    for (size_t k = 0; k < opt.kiosks; ++k) {
        kiosk_keys.push_back(crypto::generate_sign_keypair());
        auto added = store.add_kiosk(kiosk_keys.back().pk, demo_school(k), opt.now);
        if (!added) return added.error();
    }

    // Plaintexts (cheap, seeded) then sealing on all cores, a chunk at a time: every
    // plaintext is a SecureBuffer (an mmap of its own), and 100,000 of them at once would
    // exhaust the process's memory mappings.
    constexpr size_t kChunk = 2000;
    std::mt19937_64 rng(opt.seed);
    std::vector<Pending> recs(opt.tips + opt.responses);
    for (size_t first = 0; first < recs.size(); first += kChunk) {
        const size_t n = std::min(kChunk, recs.size() - first);
        std::vector<crypto::SecureBuffer> plain(n);
        for (size_t k = 0; k < n; ++k) {
            const size_t i = first + k;
            Pending& r = recs[i];
            r.kiosk = opt.kiosks ? rng() % opt.kiosks : 0;
            r.day = day_minus(opt.last_day, int(rng() % 28));
            const bool tip = i < opt.tips;
            r.kind = tip ? crypto::RecordKind::tip : crypto::RecordKind::survey_response;
            r.index = tip ? i : i - opt.tips;
            auto pt = tip ? demo_tip_plaintext(r.index, rng, *cats)
                          : demo_response_plaintext(surveys[r.index % surveys.size()], rng);
            if (!pt) return pt.error();
            plain[k] = std::move(*pt);
        }
        std::vector<std::string> errors(n);
        bureau::parallel_for(n, bureau::default_threads(), [&](size_t k) {
            Pending& r = recs[first + k];
            auto env = crypto::seal_record(r.kind, crypto::new_record_id(), plain[k].view(),
                                           {session->keys.pub.seal_pk});
            if (env)
                r.envelope = std::move(*env);
            else
                errors[k] = env.error().message;
            plain[k].reset();
        });
        for (const auto& e : errors) {
            if (!e.empty()) return Error{Errc::crypto_error, "demo seal: " + e};
        }
    }

    // Per kiosk, per day, chunks of at most 2,000 records: one chained batch each. The
    // newest batch of each kiosk goes onto the demo stick instead of being imported.
    std::map<std::pair<size_t, uint32_t>, std::vector<ByteView>> groups;
    for (const auto& r : recs) groups[{r.kiosk, r.day}].push_back(ByteView(r.envelope));
    const fs::path seed_dir = dir / "demo-imported";
    DemoSummary out;
    out.stick = dir / "demo-stick";
    fs::create_directories(seed_dir, ec);
    fs::create_directories(out.stick, ec);
    std::vector<uint64_t> seq(opt.kiosks, 0);
    std::vector<crypto::Hash> prev(opt.kiosks, crypto::Hash{});
    std::vector<fs::path> last_file(opt.kiosks);
    for (auto& [key, envs] : groups) {
        for (size_t at = 0; at < envs.size(); at += 2000) {
            const size_t k = key.first;
            sync::BatchHeader h;
            h.seq = ++seq[k];
            h.prev_hash = prev[k];
            h.day = key.second;
            std::vector<ByteView> chunk(envs.begin() + long(at),
                                        envs.begin() + long(std::min(envs.size(), at + 2000)));
            auto file = sync::build_batch(h, chunk, kiosk_keys[k]);
            if (!file) return file.error();
            prev[k] = sync::batch_hash(*file);
            const fs::path path =
                seed_dir / (std::to_string(k) + "-" + std::to_string(h.seq) + ".skbatch");
            SK_TRY(bureau::write_file(path, *file, false));
            last_file[k] = path;
        }
    }
    for (const auto& f : last_file) {
        if (f.empty()) continue;
        fs::rename(f, out.stick / f.filename(), ec);
        if (ec) return Error{Errc::io_error, "demo stick: " + ec.message()};
        ++out.stick_batches;
    }
    bureau::ImportOptions io;
    io.now = opt.now;
    auto importer = bureau::Importer::create(store, session->keys, io);
    if (!importer) return importer.error();
    const auto sum = (*importer)->import_paths({seed_dir});
    fs::remove_all(seed_dir, ec);
    if (sum.rejected) return Error{Errc::internal, "demo import rejected a batch"};

    auto tips = store.tips(storage::TipFilter{});
    if (!tips) return tips.error();
    out.tips_imported = tips->size();
    out.responses_imported = size_t(sum.records_new) - tips->size();
    // The registers first: worked cases are linked to their units (the unit scores count them).
    SK_TRY(load_demo_registers(store, session->actor, assets, opt));
    SK_TRY(link_demo_cases(store, session->actor, *tips, opt));
    SK_TRY(work_demo_cases(store, session->actor, *tips, opt.worked_cases, opt.now));
    SK_TRY(add_demo_typed_cases(store, session->actor, opt.typed_cases, opt.now, opt.last_day));
    // A second clerk who may read reports only (the first, "lead", came from the key file).
    bureau::store::AuditEvent ev;
    ev.at = opt.now;
    ev.user = session->actor.user;
    ev.action = "user.add";
    ev.object_kind = "user";
    ev.object_id = kDemoStatsUser;
    ev.after = "role statistician (demo)";
    SK_TRY(bureau::store::audited(store, ev, [&]() -> Result<void> {
        auto u = bureau::store::insert_user(store, kDemoStatsUser, bureau::Role::statistician,
                                            session->actor.user, opt.now);
        if (!u) return u.error();
        return ok();
    }));
    SK_TRY(bureau::write_slot(dir, kDemoStatsUser, session->keys, kDemoStatsPassphrase,
                              crypto::pwhash_min(), false));
    return out;
}

}  // namespace sk::desk
