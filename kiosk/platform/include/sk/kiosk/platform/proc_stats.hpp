// Start-up measurement: time since the process was created and resident memory, from
// /proc (Linux). For --print-timing only.
#pragma once

namespace sk::kiosk::platform {

// Milliseconds since the kernel started this process (10 ms resolution: clock ticks).
double ms_since_process_start();
// Resident set size now and its peak, in KiB (0 if unknown).
long rss_kib();
long peak_rss_kib();

}  // namespace sk::kiosk::platform
