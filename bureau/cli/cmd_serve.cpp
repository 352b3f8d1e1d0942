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
    // Defaults from ServerLimits; behind a reverse proxy every kiosk has the proxy's address.
    static ServerLimits limits;
    static int header_timeout_s = int(limits.header_timeout.count() / 1000);
    serve->add_option("--workers", limits.workers, "connections served at once")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    serve->add_option("--per-address", limits.per_address, "connections open at once per address")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    serve
        ->add_option("--rate-per-minute", limits.rate_per_minute,
                     "requests per minute per address (a refused one counts 1 + 5)")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    serve->add_option("--rate-burst", limits.rate_burst, "requests per address in a burst")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    serve
        ->add_option("--header-timeout", header_timeout_s,
                     "seconds a client has to send its request head")
        ->check(CLI::Range(1, 600))
        ->capture_default_str();
    serve->callback([&g] {
        auto [host, port] = fail_on(parse_listen(listen));
        limits.header_timeout = std::chrono::seconds(header_timeout_s);
        limits.queue = 4 * limits.workers;
        Session s = open_session(g, Permission::import_batches);
        IngestServer server(s, g.dir, {}, limits);
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
