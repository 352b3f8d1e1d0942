#include "e2e_env.hpp"

#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sk::e2e {

namespace fs = std::filesystem;

std::string q(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string q(const fs::path& p) {
    return q(p.string());
}

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

Env::Env(const std::string& tag) {
    std::string tmpl = (fs::temp_directory_path() / ("sk-e2e-" + tag + "-XXXXXX")).string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    root_ = tmpl;
    // Bureau passphrase for scripts (first line of the file).
    std::ofstream(root_ / "passphrase") << "correct horse battery staple\n";
}

Env::~Env() {
    std::error_code ec;
    fs::remove_all(root_, ec);
}

fs::path Env::dir(const std::string& name) const {
    const fs::path p = root_ / name;
    fs::create_directories(p);
    return p;
}

Run Env::sh(const std::string& cmd) const {
    static int counter = 0;
    const fs::path out = root_ / ("run-" + std::to_string(++counter) + ".out");
    const fs::path err = root_ / ("run-" + std::to_string(counter) + ".err");
    const std::string full = cmd + " > " + q(out) + " 2> " + q(err) + " < /dev/null";
    const int st = std::system(full.c_str());
    Run r;
    r.code = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
    r.out = slurp(out);
    r.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return r;
}

Run Env::kioskctl(const std::string& args) const {
    return sh(q(std::string(SK_KIOSKCTL_EXE)) + " " + args);
}

Run Env::bureau(const std::string& args) const {
    return sh(q(std::string(SK_BUREAU_EXE)) + " --dir " + q(bureau_home()) + " --passphrase-file " +
              q(root_ / "passphrase") + " " + args);
}

void Env::make_bureau() {
    Run r = sh(q(std::string(SK_BUREAU_EXE)) + " --passphrase-file " + q(root_ / "passphrase") +
               " keygen --kdf min --out " + q(bureau_home()));
    if (r.code != 0) throw std::runtime_error("bureau keygen: " + r.err);
}

fs::path Env::make_kiosk(const std::string& name, bool register_it) {
    const fs::path data = root_ / ("kiosk-" + name);
    Run r =
        kioskctl("init --data " + q(data) + " --bureau-keys " + q(bureau_home() / "bureau.pub"));
    if (r.code != 0) throw std::runtime_error("kioskctl init: " + r.err);
    if (register_it) {
        Run a = bureau("kiosk add --pubkey " + q(data / "kiosk.pub") + " --name " +
                       q("school " + name));
        if (a.code != 0) throw std::runtime_error("bureau kiosk add: " + a.err);
    }
    return data;
}

nlohmann::json Env::status(const fs::path& data) const {
    Run r = kioskctl("status --json --data " + q(data));
    if (r.code != 0) throw std::runtime_error("kioskctl status: " + r.err);
    return nlohmann::json::parse(r.out);
}

std::string Env::kiosk_id(const fs::path& data) const {
    return status(data)["kiosk_id"].get<std::string>();
}

void Env::install_surveys(const fs::path& data) {
    const fs::path in = dir("bundles-in");
    for (const char* name : {"staff-workstyle", "parent-satisfaction"}) {
        Run r = bureau("sign-survey " +
                       q(std::string(SK_SOURCE_DIR) + "/assets/surveys/" + name + ".json") +
                       " --out " + q(in / (std::string(name) + ".sksurvey")));
        if (r.code != 0) throw std::runtime_error("bureau sign-survey: " + r.err);
    }
    Run r = kioskctl("import --data " + q(data) + " --from " + q(in));
    if (r.code != 0) throw std::runtime_error("kioskctl import bundles: " + r.err + r.out);
}

uint64_t Env::bureau_tip_count() const {
    Run r = bureau("tips list --json");
    if (r.code != 0) throw std::runtime_error("bureau tips list: " + r.err);
    return nlohmann::json::parse(r.out).size();
}

std::vector<fs::path> files_in(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<uint8_t> read_bytes(const fs::path& p) {
    const std::string s = slurp(p);
    return {s.begin(), s.end()};
}

void write_bytes(const fs::path& p, const std::vector<uint8_t>& b) {
    std::ofstream o(p, std::ios::binary | std::ios::trunc);
    o.write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

}  // namespace sk::e2e
