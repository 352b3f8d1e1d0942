// File helpers for what kioskctl writes to and reads from a USB stick or export folder.
// A batch half-written when someone pulls the stick would be refused by the bureau anyway,
// but a torn file that *replaces* a good one loses the good one: so every write goes to a
// temp file, is fsynced, renamed over the target and the directory fsynced.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::kiosk_sync {

// Temp file in the same directory (O_EXCL, mode `mode`), write, fsync, rename, fsync dir.
// Errc::disk_full when the device is full, Errc::io_error otherwise; the temp file is
// removed on failure and the target is either the old file or the new one, never torn.
Result<void> write_file_atomic(const std::filesystem::path& path, ByteView data,
                               unsigned mode = 0644);

// write_file_atomic in two steps, for a file that must not appear under its name before
// something else is done (a batch before the store has recorded it): stage() writes and
// fsyncs the temp file ("<path>.tmp-<12 hex>"), commit() renames it into place and fsyncs the
// directory. Destroyed without a commit, it removes its temp file.
class StagedFile {
  public:
    static Result<StagedFile> stage(const std::filesystem::path& path, ByteView data,
                                    unsigned mode = 0644);
    Result<void> commit();
    const std::filesystem::path& temp_path() const { return tmp_; }

    StagedFile(StagedFile&& o) noexcept;
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

  private:
    StagedFile(std::filesystem::path path, std::filesystem::path tmp)
        : path_(std::move(path)), tmp_(std::move(tmp)) {}
    std::filesystem::path path_, tmp_;  // tmp_ empty once committed or moved from
};

// Whole file into memory; refuses anything larger than `max_bytes` (Errc::bad_format) so a
// crafted multi-gigabyte file on a stick cannot exhaust the kiosk's memory.
Result<Bytes> read_file(const std::filesystem::path& path, size_t max_bytes);

// Removes what write_file_atomic leaves behind when killed between create and rename: files
// in `dir` named "<prefix>*.tmp-<12 hex digits>". Only regular files of exactly that naming
// are touched. Best effort (a file that cannot be removed stays); returns how many went.
size_t remove_stale_temp_files(const std::filesystem::path& dir, std::string_view prefix);

// Regular files directly in `dir` (no recursion), sorted by name, so runs are repeatable.
Result<std::vector<std::filesystem::path>> list_files(const std::filesystem::path& dir);

}  // namespace sk::kiosk_sync
