#include "sk/bureau/quarter.hpp"

#include "sk/bureau/calendar.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

uint32_t Quarter::first_day() const {
    return static_cast<uint32_t>(year * 10000 + ((q - 1) * 3 + 1) * 100 + 1);
}

uint32_t Quarter::last_day() const {
    return add_days(next().first_day(), -1);
}

Quarter Quarter::next() const {
    return q == 4 ? Quarter{year + 1, 1} : Quarter{year, q + 1};
}

Quarter Quarter::previous() const {
    return q == 1 ? Quarter{year - 1, 4} : Quarter{year, q - 1};
}

bool operator==(const Quarter& a, const Quarter& b) {
    return a.year == b.year && a.q == b.q;
}
bool operator<(const Quarter& a, const Quarter& b) {
    return a.year != b.year ? a.year < b.year : a.q < b.q;
}

Result<Quarter> parse_quarter(std::string_view s) {
    auto bad = [&] {
        return Error{Errc::invalid_argument,
                     "\"" + std::string(s) + "\" is not a quarter (e.g. 2026Q4)"};
    };
    std::string t(s);
    if (t.size() == 7 && t[4] == '-') t.erase(4, 1);
    if (t.size() != 6 || (t[4] != 'Q' && t[4] != 'q')) return bad();
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (t[i] < '0' || t[i] > '9') return bad();
        year = year * 10 + (t[i] - '0');
    }
    if (t[5] < '1' || t[5] > '4' || year < sync::kMinYear) return bad();
    return Quarter{year, t[5] - '0'};
}

std::string format_quarter(const Quarter& q) {
    return std::to_string(q.year) + "Q" + std::to_string(q.q);
}

Quarter quarter_of(uint32_t day) {
    const int month = static_cast<int>((day / 100) % 100);
    return Quarter{static_cast<int>(day / 10000), (month - 1) / 3 + 1};
}

}  // namespace sk::bureau
