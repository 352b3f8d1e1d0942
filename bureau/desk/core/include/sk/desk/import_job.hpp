// Import and sync: the stick's batches go through the bureau core's Importer on a worker
// thread (the frame loop keeps drawing the progress bar); the desk touches no store while
// the job runs. Then one step writes acks, the status board and survey bundles back.
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/result.hpp"

namespace sk::desk {

class ImportJob {
  public:
    ImportJob() = default;
    ~ImportJob() { wait(); }
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Starts importing `paths` into the session's store. Errc::conflict while a job runs.
    Result<void> start(bureau::Session& session, std::vector<std::filesystem::path> paths,
                       std::string now, unsigned threads = 0);
    bool running() const { return running_.load(); }
    uint64_t done() const { return done_.load(); }
    uint64_t total() const { return total_.load(); }
    // Joins the worker (no-op when none). After it, summary() holds the result.
    void wait();
    const std::optional<bureau::ImportSummary>& summary() const { return summary_; }
    const std::string& error() const { return error_; }

  private:
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::atomic<uint64_t> done_{0}, total_{0};
    std::optional<bureau::ImportSummary> summary_;
    std::string error_;
};

struct WriteBackResult {
    std::vector<std::string> files;  // names written into the folder
};

// Into `dir`: an ack for every kiosk with batches no ack covered yet, a new status board,
// and (with `surveys`) a bundle of every registered survey still open on `today`
// (YYYYMMDD). Files are written atomically; the first failure stops with its error.
Result<WriteBackResult> write_back(bureau::Session& session, const std::filesystem::path& dir,
                                   std::string_view now, uint32_t today, bool surveys = true);

}  // namespace sk::desk
