// The ingest server over loopback: POST a batch, get a valid ack back.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <thread>

#include "bureau_fixture.hpp"
#include "sk/bureau/ingest_server.hpp"
#include "sk/sync/ack.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

TEST_CASE("serve: a loopback POST imports the batch and returns a valid ack", "[serve]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const Bytes file = k.next_batch({make_tip(b.keys().pub.seal_pk).envelope});
    ImportOptions opt;
    opt.now = kNow;
    IngestServer server(*b.session, b.home, opt);
    auto port = server.bind("127.0.0.1", 0);
    REQUIRE(port.ok());
    std::thread t([&] { (void)server.run(); });

    httplib::Client cli("127.0.0.1", port.value());
    cli.set_connection_timeout(5);
    const std::string body(file.begin(), file.end());
    auto res = cli.Post("/v1/batches", body, "application/octet-stream");
    REQUIRE(res);
    CHECK(res->status == 200);
    const Bytes ack_bytes(res->body.begin(), res->body.end());
    auto ack = sync::verify_ack(ack_bytes, b.keys().pub.sign_pk, crypto::key_id_of(k.key.pk));
    REQUIRE(ack.ok());
    REQUIRE(ack->batches.size() == 1);
    CHECK(ack->batches[0].hash == sync::batch_hash(file));

    // The same batch again: still an ack (the kiosk may have lost the first), nothing new.
    auto again = cli.Post("/v1/batches", body, "application/octet-stream");
    REQUIRE(again);
    CHECK(again->status == 200);
    // A tampered batch: refused with a reason, nothing stored.
    std::string bad = body;
    bad[bad.size() / 2] ^= 1;
    auto rej = cli.Post("/v1/batches", bad, "application/octet-stream");
    REQUIRE(rej);
    CHECK(rej->status >= 400);
    CHECK_FALSE(rej->body.empty());
    CHECK(cli.Get("/v1/board")->status == 404);

    server.stop();
    t.join();
    CHECK(b.store().table_counts()["batches"] == 1);
    CHECK(b.store().table_counts()["records"] == 1);
}
