// serve: the ingest server for `kioskctl push`. Unlocks once at startup; binds only the
// address given (no default port on all interfaces).
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <thread>

#include "cli_util.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/ingest_server.hpp"

namespace sk::bureau::cli {

namespace {
IngestServer* g_server = nullptr;
extern "C" void on_signal(int) {
    // httplib's stop() only flags and shuts the socket down: safe enough for SIGINT here.
    if (g_server) g_server->stop();
}
}  // namespace

void add_serve_command(CLI::App& app, Globals& g) {
    auto* serve = app.add_subcommand("serve", "run the ingest server for kioskctl push");
    static std::string listen;
    serve->add_option("--listen", listen, "HOST:PORT to bind, e.g. 127.0.0.1:8443")->required();
    serve->callback([&g] {
        auto [host, port] = fail_on(parse_listen(listen));
        Session s = open_session(g, Permission::import_batches);
        IngestServer server(s, g.dir);
        server.set_log([](const std::string& line) {
            std::cerr << now_rfc3339() << " " << line << std::endl;
        });
        const int bound = fail_on(server.bind(host, port));
        std::cerr << "listening on " << host << ":" << bound << " (Ctrl-C to stop)" << std::endl;
        g_server = &server;
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
        auto r = server.run();
        g_server = nullptr;
        fail_on(std::move(r));
    });
}

}  // namespace sk::bureau::cli
