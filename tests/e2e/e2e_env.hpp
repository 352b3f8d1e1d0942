// A kiosk and a bureau in unique temp directories, driven through their real CLIs.
// Plaintext written by `kioskctl simulate --emit-json` stays inside the temp directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sk::e2e {

struct Run {
    int code = -1;
    std::string out, err;
};

// Single-quotes for /bin/sh.
std::string q(const std::string& s);
std::string q(const std::filesystem::path& p);

class Env {
  public:
    explicit Env(const std::string& tag);
    ~Env();
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path dir(const std::string& name) const;  // created on demand
    std::filesystem::path bureau_home() const { return root_ / "bureau"; }

    Run sh(const std::string& cmd) const;
    Run kioskctl(const std::string& args) const;
    Run bureau(const std::string& args) const;  // with --dir and --passphrase-file

    // bureau keygen; then a kiosk `name` initialised with its keys and registered.
    void make_bureau();
    // Returns the kiosk's data dir; `register_it` = bureau kiosk add.
    std::filesystem::path make_kiosk(const std::string& name, bool register_it = true);
    std::string kiosk_id(const std::filesystem::path& data) const;  // from status --json
    // Signs both demo surveys at the bureau and imports them into the kiosk.
    void install_surveys(const std::filesystem::path& data);
    nlohmann::json status(const std::filesystem::path& data) const;
    uint64_t bureau_tip_count() const;

  private:
    std::filesystem::path root_;
};

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir);
std::vector<uint8_t> read_bytes(const std::filesystem::path& p);
void write_bytes(const std::filesystem::path& p, const std::vector<uint8_t>& b);

}  // namespace sk::e2e
