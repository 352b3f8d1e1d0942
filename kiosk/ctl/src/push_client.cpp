#include "sk/kiosk_sync/push_client.hpp"

#include <httplib.h>

#include <cctype>
#include <sstream>

#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk_sync {

namespace {

std::string first_line(const std::string& s) {
    const std::string line = s.substr(0, s.find('\n'));
    return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

std::string transport_error(httplib::Error e) {
    return httplib::to_string(e);
}

// Bundle names as the server lists them: a plain file name, nothing that walks paths.
bool safe_name(const std::string& n) {
    if (n.empty() || n.size() > 200 || n[0] == '.') return false;
    for (char c : n)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

// False if the server could not be reached at all.
bool fetch_updates(httplib::Client& cli, BureauFileImporter& importer, PushResult& out) {
    auto list = cli.Get("/v1/bundles");
    if (!list) return false;
    if (list->status == 200) {
        std::istringstream names(list->body);
        for (std::string name; std::getline(names, name);) {
            if (!safe_name(name)) continue;
            auto b = cli.Get(("/v1/bundles/" + name).c_str());
            if (b && b->status == 200)
                out.imported.add(importer.import_bytes("server:" + name, ByteView(b->body)));
        }
    }
    if (auto board = cli.Get("/v1/board"); board && board->status == 200)
        out.imported.add(importer.import_bytes("server:status-board", ByteView(board->body)));
    return true;
}

}  // namespace

Result<PushResult> push(storage::KioskStore& store, const PushOptions& opt, std::time_t now,
                        const PushProgress& progress) {
    httplib::Client cli(opt.url);
    if (!cli.is_valid()) return Error{Errc::invalid_argument, "bad --url '" + opt.url + "'"};
    cli.set_connection_timeout(opt.connect_timeout_s, 0);
    cli.set_read_timeout(opt.read_timeout_s, 0);
    cli.set_write_timeout(opt.read_timeout_s, 0);
    cli.set_keep_alive(true);

    BatchWriter writer(store, local_day(now));
    auto outbox = writer.seal_outbox();
    if (!outbox) return outbox.error();

    BureauFileImporter importer(store, now);
    PushResult out;
    uint64_t sent = 0;
    for (const auto& b : *outbox) {
        PushedBatch pb;
        pb.seq = b.seq;
        pb.records = b.records;
        auto res = cli.Post("/v1/batches", reinterpret_cast<const char*>(b.file.data()),
                            b.file.size(), "application/octet-stream");
        if (!res) {
            // Unreachable before anything was accepted: say so plainly and change nothing.
            if (out.batches.empty())
                return Error{Errc::io_error,
                             "cannot reach " + opt.url + ": " + transport_error(res.error())};
            pb.message = "not sent: " + transport_error(res.error());
        } else if (res->status != 200) {
            pb.message = "refused by the server (HTTP " + std::to_string(res->status) +
                         "): " + first_line(res->body);
        } else {
            FileOutcome ack = importer.import_bytes("ack for batch " + std::to_string(b.seq),
                                                    ByteView(res->body));
            pb.accepted = !ack.refused();
            pb.message = ack.message;
            out.imported.add(std::move(ack));
        }
        if (!pb.accepted) ++out.failed;
        out.batches.push_back(std::move(pb));
        if (progress) progress(++sent, outbox->size());
    }
    if (opt.fetch_updates && !fetch_updates(cli, importer, out) && outbox->empty())
        return Error{Errc::io_error, "cannot reach " + opt.url};
    if (out.failed == 0) note_sync(store, SyncEvent::pushed, int64_t(now));
    return out;
}

}  // namespace sk::kiosk_sync
