// How a case reached the bureau (seed 000: leads from units and staff, interviews; seed 004:
// a tip mailbox and a hotline). The channel decides the case number's prefix and how the
// case counts in a unit's score: a unit's own report is proactive (主动上报, adds points),
// everything found by others is passive discovery (被动发现, costs points).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::bureau {

enum class Channel {
    kiosk,        // 自助终端举报: imported from a kiosk batch, never typed in
    hotline,      // 举报电话
    mailbox,      // 举报信箱 (the bureau's tip mailbox, e-mail or box)
    letter,       // 来信
    visit,        // 来访
    unit_report,  // 单位自查上报 (proactive)
    inspection,   // 督导检查发现
    survey,       // 问卷调查线索
};

const std::vector<Channel>& all_channels();
// Stored form and CLI spelling: "kiosk", "hotline", "mailbox", "letter", "visit",
// "unit-report", "inspection", "survey".
std::string_view channel_name(Channel c);
std::string_view channel_label(Channel c, std::string_view lang);  // "zh-CN" (default) or "en"
// Errc::invalid_argument listing the valid names.
Result<Channel> parse_channel(std::string_view name);
// Channels a clerk types in with `case add` (all but kiosk: those come from imports).
bool is_typed_channel(Channel c);
// A unit's own report (proactive) versus discovery by others.
bool is_proactive(Channel c);
// Case number prefix: T (kiosk tips, as before), H, M, L, V, U, I, S.
char case_no_prefix(Channel c);

}  // namespace sk::bureau
