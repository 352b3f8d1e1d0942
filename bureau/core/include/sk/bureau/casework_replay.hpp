// Replays a chronological casework event stream (assets/demo/bureau/casework-events.csv,
// made by casework_demo.py) through the same core functions the CLI calls, each as the
// event's user on the event's day, so every rule, refusal and audit row applies as if clerks
// had typed it in over the months. Used to load the demo bureau; a refused event stops the
// replay with its line number.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "sk/bureau/casework.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

// Columns: date,user,action,case,person,unit,kind,category,value,text (see casework_demo.py).
using CaseworkEvent = std::map<std::string, std::string>;

// action -> count of replayed events.
Result<std::map<std::string, int>> replay_casework(storage::BureauStore& s,
                                                   const std::vector<CaseworkEvent>& events,
                                                   const CategoryIds& categories);

// Reads the event stream (CSV or XLSX, first row the column names above).
Result<std::vector<CaseworkEvent>> read_casework_events(const std::filesystem::path& file);

}  // namespace sk::bureau
