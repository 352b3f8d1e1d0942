#include "sk/bureau/ingest_server.hpp"

#include <httplib.h>

#include <mutex>

#include "sk/bureau/acks.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/sync/batch.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

Result<std::pair<std::string, int>> parse_listen(const std::string& spec) {
    const auto colon = spec.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size()) {
        return Error{Errc::invalid_argument, "--listen wants HOST:PORT, e.g. 127.0.0.1:8443"};
    }
    const std::string host = spec.substr(0, colon);
    const std::string port_s = spec.substr(colon + 1);
    if (port_s.find_first_not_of("0123456789") != std::string::npos || port_s.size() > 5) {
        return Error{Errc::invalid_argument, "bad port \"" + port_s + "\""};
    }
    const int port = std::stoi(port_s);
    if (port > 65535) return Error{Errc::invalid_argument, "bad port \"" + port_s + "\""};
    return std::make_pair(host, port);
}

fs::path outbox_dir(const fs::path& home) {
    return home / "outbox";
}

struct IngestServer::Impl {
    Session& session;
    fs::path home;
    ImportOptions opt;
    httplib::Server server;
    std::mutex mu;  // one import at a time: one store connection, one chain state
    std::unique_ptr<Importer> importer;
    LogFn log;

    Impl(Session& s, fs::path h, ImportOptions o) : session(s), home(std::move(h)), opt(o) {}

    void note(const std::string& line) {
        if (log) log(line);
    }

    void post_batch(const httplib::Request& req, httplib::Response& res);
    void get_file(const fs::path& p, httplib::Response& res);
};

namespace {

int http_status_for(Errc c) {
    switch (c) {
        case Errc::wrong_key:
            return 403;  // unknown kiosk, wrong recipient
        case Errc::conflict:
            return 409;  // fork, replay
        case Errc::db_error:
        case Errc::disk_full:
        case Errc::internal:
            return 500;
        default:
            return 400;  // malformed, tampered, bad signature
    }
}

}  // namespace

void IngestServer::Impl::post_batch(const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu);
    if (!importer) {
        auto im = Importer::create_for(session, opt);
        if (!im) {
            res.status = 500;
            res.set_content(im.error().message + "\n", "text/plain; charset=utf-8");
            return;
        }
        importer = std::move(im.value());
    }
    BatchOutcome o = importer->import_bytes(ByteView(req.body), req.remote_addr);
    if (o.result == BatchResult::rejected) {
        note("rejected batch from " + req.remote_addr + ": " + o.reason);
        res.status = http_status_for(o.code);
        res.set_content(o.reason + "\n", "text/plain; charset=utf-8");
        return;
    }
    // Imported or already imported: either way the kiosk needs an ack to purge.
    auto kiosk = session.store.kiosk_by_id(o.kiosk_row);
    auto batch = session.store.batch_by_seq(o.kiosk_row, o.seq);
    if (!kiosk || !kiosk.value() || !batch || !batch.value()) {
        res.status = 500;
        res.set_content("stored batch not found after import\n", "text/plain; charset=utf-8");
        return;
    }
    auto ack = ack_batches(session.store, session.keys, *kiosk.value(), {*batch.value()},
                           opt.now.empty() ? now_rfc3339() : opt.now);
    if (!ack) {
        res.status = 500;
        res.set_content(ack.error().message + "\n", "text/plain; charset=utf-8");
        return;
    }
    note(std::string(batch_result_name(o.result)) + " batch " + std::to_string(o.seq) + " of " +
         o.kiosk_name + ": " + std::to_string(o.records_new) + " new records");
    res.status = 200;
    res.set_header("Content-Disposition", "attachment; filename=\"" + ack->name + "\"");
    res.set_content(std::string(ack->bytes.begin(), ack->bytes.end()), "application/octet-stream");
}

void IngestServer::Impl::get_file(const fs::path& p, httplib::Response& res) {
    auto bytes = read_file(p, sync::kMaxBatchFileBytes);
    if (!bytes) {
        res.status = 404;
        res.set_content("not published\n", "text/plain; charset=utf-8");
        return;
    }
    res.set_content(std::string(bytes->begin(), bytes->end()), "application/octet-stream");
}

IngestServer::IngestServer(Session& session, fs::path home, ImportOptions opt)
    : impl_(std::make_unique<Impl>(session, std::move(home), std::move(opt))) {
    Impl* im = impl_.get();
    // A batch is at most 16 MiB; refuse bigger bodies before reading them.
    im->server.set_payload_max_length(sync::kMaxBatchFileBytes);
    im->server.Post("/v1/batches", [im](const httplib::Request& req, httplib::Response& res) {
        im->post_batch(req, res);
    });
    im->server.Get("/v1/board", [im](const httplib::Request&, httplib::Response& res) {
        im->get_file(outbox_dir(im->home) / "status-board.skboard", res);
    });
    im->server.Get(R"(/v1/bundles/([A-Za-z0-9._-]+\.sksurvey))",
                   [im](const httplib::Request& req, httplib::Response& res) {
                       im->get_file(outbox_dir(im->home) / "bundles" / req.matches[1].str(), res);
                   });
    im->server.Get("/v1/bundles", [im](const httplib::Request&, httplib::Response& res) {
        std::string list;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(outbox_dir(im->home) / "bundles", ec)) {
            if (e.path().extension() == ".sksurvey") list += e.path().filename().string() + "\n";
        }
        res.set_content(list, "text/plain; charset=utf-8");
    });
}

IngestServer::~IngestServer() {
    stop();
}

Result<int> IngestServer::bind(const std::string& host, int port) {
    if (port == 0) {
        const int p = impl_->server.bind_to_any_port(host);
        if (p <= 0) return Error{Errc::io_error, "cannot listen on " + host};
        return p;
    }
    if (!impl_->server.bind_to_port(host, port)) {
        return Error{Errc::io_error, "cannot listen on " + host + ":" + std::to_string(port) +
                                         " (address in use, or not an address of this machine)"};
    }
    return port;
}

Result<void> IngestServer::run() {
    if (!impl_->server.listen_after_bind()) {
        return Error{Errc::io_error, "the listener stopped with an error"};
    }
    return ok();
}

void IngestServer::stop() {
    if (impl_ && impl_->server.is_running()) impl_->server.stop();
}

bool IngestServer::running() const {
    return impl_->server.is_running();
}

void IngestServer::set_log(LogFn fn) {
    impl_->log = std::move(fn);
}

}  // namespace sk::bureau
