// The audit log: rows in the change's transaction, the hash chain, and verify catching
// edited, deleted (also the newest) and inserted rows. Tampering goes around the product's
// API on purpose, through the SQL toolkit (as someone with the store key could).
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/user_admin.hpp"
#include "sk/storage/sql/bureau_db.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace sql = sk::storage::sql;

namespace {

// Test-only tamper hook: runs raw SQL on the store with the append-only triggers dropped.
void tamper(storage::BureauStore& s, const std::string& sql_text) {
    sql::Database& db = sql::bureau_database(s);
    REQUIRE(
        db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;", "t").ok());
    REQUIRE(db.exec(sql_text, "tampering").ok());
}

// Four rows: keygen's user.add, two tip changes, one user.add.
Bureau& four_rows(Bureau& b) {
    SimKiosk k = b.add_kiosk("school A");
    REQUIRE(b.import(k.next_batch({make_tip(b.keys().pub.seal_pk).envelope})).result ==
            BatchResult::imported);
    REQUIRE(change_case_status(*b.session, "T-2026-0001", "under_verification", "x", kNow).ok());
    REQUIRE(change_case_reply(*b.session, "T-2026-0001", "收到", "zh-CN", kNow).ok());
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, "hana passphrase", kNow).ok());
    return b;
}

store::AuditCheck verify(Bureau& b, std::optional<store::AuditAnchor> a = std::nullopt) {
    auto c = store::verify_audit(b.store(), a);
    REQUIRE(c.ok());
    return c.value();
}

}  // namespace

TEST_CASE("audit: an intact log verifies and lists by user and time", "[audit]") {
    Bureau b;
    four_rows(b);
    auto c = verify(b);
    CHECK(c.ok);
    CHECK(c.rows == 4);
    CHECK(c.problem.empty());
    auto all = store::list_audit(b.store(), {});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->at(1).event.action == "tip.status");
    CHECK(all->at(2).event.action == "tip.reply");
    CHECK(all->at(2).event.after.find("收到") == std::string::npos);  // summary, not the text
    CHECK(all->at(3).prev_hash == all->at(2).hash);
    store::AuditFilter f;
    f.user = "lead";
    CHECK(store::list_audit(b.store(), f)->size() == 4);
    f.user = "hana";
    CHECK(store::list_audit(b.store(), f)->empty());
    f = {};
    f.since = kNow;  // keygen's row carries the real clock, the others kNow: all are >=
    CHECK(store::list_audit(b.store(), f)->size() == 4);
    f.since = "9999";
    CHECK(store::list_audit(b.store(), f)->empty());
    f = {};
    f.object_kind = "tip";
    f.object_id = "T-2026-0001";
    CHECK(store::list_audit(b.store(), f)->size() == 2);
}

TEST_CASE("audit: the triggers refuse edits through SQL", "[audit]") {
    Bureau b;
    four_rows(b);
    sql::Database& db = sql::bureau_database(b.store());
    CHECK_FALSE(db.exec("UPDATE audit_log SET user = 'x' WHERE seq = 2", "t").ok());
    CHECK_FALSE(db.exec("DELETE FROM audit_log WHERE seq = 4", "t").ok());
    CHECK(verify(b).ok);
}

TEST_CASE("audit: verify catches an edited row", "[audit]") {
    Bureau b;
    four_rows(b);
    tamper(b.store(), "UPDATE audit_log SET after = 'closed' WHERE seq = 2");
    auto c = verify(b);
    CHECK_FALSE(c.ok);
    CHECK(c.first_bad == 2);
    CHECK(c.problem.find("edited") != std::string::npos);
}

TEST_CASE("audit: verify catches a deleted middle row and a deleted newest row", "[audit]") {
    Bureau b;
    four_rows(b);
    SECTION("middle") {
        tamper(b.store(), "DELETE FROM audit_log WHERE seq = 3");
        auto c = verify(b);
        CHECK_FALSE(c.ok);
        CHECK(c.first_bad == 3);
    }
    SECTION("newest") {
        tamper(b.store(), "DELETE FROM audit_log WHERE seq = 4");
        auto c = verify(b);
        CHECK_FALSE(c.ok);
        CHECK(c.problem.find("newest rows deleted") != std::string::npos);
    }
    SECTION("newest, with the head rewound to match") {
        // Someone with the key who also fixes the head: only an anchor kept elsewhere shows it.
        const store::AuditAnchor before = verify(b).head;
        auto rows = store::list_audit(b.store(), {});
        tamper(b.store(),
               "DELETE FROM audit_log WHERE seq = 4; UPDATE audit_head SET count = 3, "
               "hash = x'" +
                   to_hex(ByteView(rows->at(2).hash)) + "'");
        sql::Database& db = sql::bureau_database(b.store());
        REQUIRE(db.exec("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                        "SELECT RAISE(ABORT, 'x'); END; CREATE TRIGGER audit_log_no_delete "
                        "BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END;",
                        "t")
                    .ok());
        CHECK(verify(b).ok);
        auto c = verify(b, before);
        CHECK_FALSE(c.ok);
        CHECK(c.problem.find("shorter than the recorded anchor") != std::string::npos);
    }
    SECTION("triggers dropped") {
        tamper(b.store(), "SELECT 1");
        CHECK_FALSE(verify(b).ok);
    }
}

TEST_CASE("audit: anchors", "[audit]") {
    Bureau b;
    four_rows(b);
    const store::AuditAnchor head = verify(b).head;
    CHECK(store::parse_audit_anchor(store::format_audit_anchor(head))->hash == head.hash);
    CHECK_FALSE(store::parse_audit_anchor("4:zz").has_value());
    CHECK_FALSE(store::parse_audit_anchor("x:" + std::string(64, '0')).has_value());
    REQUIRE(change_case_status(*b.session, "T-2026-0001", "substantiated", "y", kNow).ok());
    CHECK(verify(b, head).ok);  // the log grew past the anchor and still passes through it
    store::AuditAnchor wrong = head;
    wrong.hash[0] ^= 1;
    CHECK_FALSE(verify(b, wrong).ok);
}

TEST_CASE("audit: a failed change leaves no row, and no row without a transaction", "[audit]") {
    Bureau b;
    four_rows(b);
    CHECK_FALSE(change_case_status(*b.session, "T-2026-0001", "new", "undo", kNow).ok());
    CHECK(verify(b).rows == 4);
    store::AuditEvent e{kNow, "lead", "x", "x", "x", "", ""};
    auto r = store::append_audit(b.store(), e);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::internal);
    // The row rolls back with a change that fails after its own store call succeeded.
    auto failing = store::audited(b.store(), e, [&]() -> Result<void> {
        REQUIRE(set_case_status(b.store(), "T-2026-0001", "substantiated", "z", kNow).ok());
        return Error{Errc::io_error, "disk went away"};
    });
    CHECK_FALSE(failing.ok());
    CHECK(b.store().tip("T-2026-0001").value()->status == "under_verification");
    CHECK(verify(b).rows == 4);
}
