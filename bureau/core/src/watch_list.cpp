#include "sk/bureau/watch_list.hpp"

#include <algorithm>

namespace sk::bureau {

std::vector<WatchCandidate> quarterly_due(std::vector<WatchCandidate> people, const Quarter& q) {
    std::vector<WatchCandidate> out;
    for (auto& p : people) {
        if (p.dismissed || p.has_entry || p.watched_since == 0) continue;
        if (p.watched_since > q.last_day()) continue;
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const WatchCandidate& a, const WatchCandidate& b) {
        return a.staff_no < b.staff_no;
    });
    return out;
}

}  // namespace sk::bureau
