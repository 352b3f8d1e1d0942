#include "sk/bureau/case_channel.hpp"

#include <string>

namespace sk::bureau {

namespace {

struct ChannelInfo {
    Channel c;
    const char* name;
    const char* zh;
    const char* en;
    char prefix;
};

const ChannelInfo kChannels[] = {
    {Channel::kiosk, "kiosk", "自助终端举报", "kiosk tip", 'T'},
    {Channel::hotline, "hotline", "举报电话", "hotline", 'H'},
    {Channel::mailbox, "mailbox", "举报信箱", "mailbox", 'M'},
    {Channel::letter, "letter", "来信", "letter", 'L'},
    {Channel::visit, "visit", "来访", "visit", 'V'},
    {Channel::unit_report, "unit-report", "单位自查上报", "unit's own report", 'U'},
    {Channel::inspection, "inspection", "督导检查发现", "inspection finding", 'I'},
    {Channel::survey, "survey", "问卷调查线索", "survey signal", 'S'},
};

const ChannelInfo& info(Channel c) {
    for (const auto& i : kChannels) {
        if (i.c == c) return i;
    }
    return kChannels[0];
}

}  // namespace

const std::vector<Channel>& all_channels() {
    static const std::vector<Channel> kAll = [] {
        std::vector<Channel> v;
        for (const auto& i : kChannels) v.push_back(i.c);
        return v;
    }();
    return kAll;
}

std::string_view channel_name(Channel c) {
    return info(c).name;
}

std::string_view channel_label(Channel c, std::string_view lang) {
    return lang == "en" ? info(c).en : info(c).zh;
}

Result<Channel> parse_channel(std::string_view name) {
    std::string names;
    for (const auto& i : kChannels) {
        if (name == i.name) return i.c;
        if (!names.empty()) names += ", ";
        names += i.name;
    }
    return Error{Errc::invalid_argument,
                 "unknown channel \"" + std::string(name) + "\" (one of: " + names + ")"};
}

bool is_typed_channel(Channel c) {
    return c != Channel::kiosk;
}

bool is_proactive(Channel c) {
    return c == Channel::unit_report;
}

char case_no_prefix(Channel c) {
    return info(c).prefix;
}

}  // namespace sk::bureau
