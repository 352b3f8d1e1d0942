// Choosing a USB stick's folder or some of its files without a native file dialog (the
// workstation is offline and minimal): the current folder's sub-folders and files, up,
// into, and a selection of files. Plain C++: the view only lists and clicks.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sk/result.hpp"

namespace sk::desk {

struct FolderEntry {
    std::string name;
    bool is_dir = false;
    bool selected = false;
};

class FolderBrowser {
  public:
    // Where sticks are mounted: /media/$USER if it exists, else the home folder.
    static std::filesystem::path default_start();

    Result<void> open(const std::filesystem::path& dir);
    Result<void> up();
    Result<void> enter(size_t entry);
    void toggle(size_t entry);  // files only

    const std::filesystem::path& dir() const { return dir_; }
    const std::vector<FolderEntry>& entries() const { return entries_; }
    // The selected files, or the folder itself when none is selected.
    std::vector<std::filesystem::path> chosen() const;

  private:
    std::filesystem::path dir_;
    std::vector<FolderEntry> entries_;
};

}  // namespace sk::desk
