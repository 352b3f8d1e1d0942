#include "sk/bureau/ingest_server.hpp"

#include <httplib.h>

#include <mutex>

#include "guarded_server.hpp"

#include "sk/bureau/acks.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/sync/batch.hpp"
#include "sk/untrusted_text.hpp"

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
    detail::GuardedServer server;
    std::mutex mu;  // one import at a time: one store connection, one chain state
    std::unique_ptr<Importer> importer;
    std::mutex log_mu;  // lines come from every serving thread
    LogFn log;

    Impl(Session& s, fs::path h, ImportOptions o, ServerLimits limits)
        : session(s),
          home(std::move(h)),
          opt(std::move(o)),
          server(std::move(limits), [this](const std::string& line) { note(line); }) {}

    void note(const std::string& line) {
        std::lock_guard<std::mutex> lock(log_mu);
        if (log) log(line);
    }

    httplib::Server::HandlerResponse screen(const httplib::Request& req, httplib::Response& res);
    void post_batch(const httplib::Request& req, httplib::Response& res,
                    const httplib::ContentReader& read);
    void post_batch(const httplib::Request& req, httplib::Response& res, const std::string& body);
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

void reply(httplib::Response& res, int status, const std::string& text) {
    res.status = status;
    res.set_content(text + "\n", "text/plain; charset=utf-8");
}

std::string mib(std::size_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

}  // namespace

// Before any byte of the body is read: only the routes below, no compressed bodies (their
// inflated size is not the size on the wire), no declared length over the limit.
httplib::Server::HandlerResponse IngestServer::Impl::screen(const httplib::Request& req,
                                                            httplib::Response& res) {
    using HR = httplib::Server::HandlerResponse;
    if (auto* c = detail::GuardedServer::current()) c->stream->headers_complete();
    const std::string who = " from " + detail::loggable(req.remote_addr);
    const std::string what = detail::loggable(req.method) + " " + detail::loggable(req.path);
    if (req.method == "GET" || req.method == "HEAD") return HR::Unhandled;
    if (req.method != "POST" || req.path != "/v1/batches") {
        note("refused " + what + who + ": method not allowed (405)");
        reply(res, 405, "only POST /v1/batches and GET are served");
        return HR::Handled;
    }
    const std::string enc = req.get_header_value("Content-Encoding");
    if (!enc.empty() && enc != "identity") {
        note("refused " + what + who + ": compressed body (415)");
        reply(res, 415, "send the batch file uncompressed");
        return HR::Handled;
    }
    const std::size_t max = server.limits().max_body_bytes;
    if (req.has_header("Content-Length")) {
        const std::string len = req.get_header_value("Content-Length");
        if (len.empty() || len.size() > 19 ||
            len.find_first_not_of("0123456789") != std::string::npos) {
            note("refused " + what + who + ": bad Content-Length (400)");
            reply(res, 400, "bad Content-Length");
            return HR::Handled;
        }
        if (std::stoull(len) > max) {
            note("refused " + what + who + ": declared body over " + mib(max) + " (413)");
            reply(res, 413, "a batch file is at most " + mib(max));
            return HR::Handled;
        }
    }
    return HR::Unhandled;
}

// The body is read here, not by httplib, so that the limit holds while reading whatever the
// framing: Content-Length, chunked, or until the client closes.
void IngestServer::Impl::post_batch(const httplib::Request& req, httplib::Response& res,
                                    const httplib::ContentReader& read) {
    const std::size_t max = server.limits().max_body_bytes;
    std::string body;
    if (req.has_header("Content-Length"))
        body.reserve(
            std::min<std::size_t>(max, std::stoull(req.get_header_value("Content-Length"))));
    bool too_big = false;
    const bool complete = read([&](const char* data, size_t n) {
        if (n > max - body.size()) {
            too_big = true;
            return false;
        }
        body.append(data, n);
        return true;
    });
    const std::string who = " from " + detail::loggable(req.remote_addr);
    if (too_big) {
        note("refused POST /v1/batches" + who + ": body over " + mib(max) + " (413)");
        return reply(res, 413, "a batch file is at most " + mib(max));
    }
    if (!complete) {
        note("refused POST /v1/batches" + who + ": body incomplete or badly framed (400)");
        return reply(res, 400, "the request body was incomplete or badly framed");
    }
    post_batch(req, res, body);
}

void IngestServer::Impl::post_batch(const httplib::Request& req, httplib::Response& res,
                                    const std::string& body) {
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
    BatchOutcome o = importer->import_bytes(ByteView(body), req.remote_addr);
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
         printable_excerpt(o.kiosk_name, 1024) + ": " + std::to_string(o.records_new) +
         " new records");
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

IngestServer::IngestServer(Session& session, fs::path home, ImportOptions opt, ServerLimits limits)
    : impl_(std::make_unique<Impl>(session, std::move(home), std::move(opt), std::move(limits))) {
    Impl* im = impl_.get();
    // httplib checks this only against a declared Content-Length; screen() and post_batch()
    // enforce the limit for every framing.
    im->server.set_payload_max_length(im->server.limits().max_body_bytes);
    im->server.set_pre_routing_handler(
        [im](const httplib::Request& req, httplib::Response& res) { return im->screen(req, res); });
    im->server.Post("/v1/batches",
                    [im](const httplib::Request& req, httplib::Response& res,
                         const httplib::ContentReader& read) { im->post_batch(req, res, read); });
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
    // Only flags and shuts the listening socket (safe from a signal handler); open
    // connections are woken when the listener's task queue shuts down.
    if (impl_ && impl_->server.is_running()) impl_->server.stop();
}

bool IngestServer::running() const {
    return impl_->server.is_running();
}

void IngestServer::set_log(LogFn fn) {
    std::lock_guard<std::mutex> lock(impl_->log_mu);
    impl_->log = std::move(fn);
}

std::size_t IngestServer::open_connections() const {
    return impl_->server.limiter().open_connections();
}

bool IngestServer::wait_open_connections(std::size_t n, std::chrono::milliseconds timeout) const {
    return impl_->server.limiter().wait_open(n, timeout);
}

}  // namespace sk::bureau
