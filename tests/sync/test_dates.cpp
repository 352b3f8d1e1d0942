// Calendar checks behind the dates in every sync format.
#include <catch2/catch.hpp>

#include "sk/sync/dates.hpp"

using namespace sk::sync;

TEST_CASE("ISO dates", "[sync][dates]") {
    CHECK(is_iso_date("2026-03-14"));
    CHECK(is_iso_date("2024-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("2100-02-29"));
    CHECK_FALSE(is_iso_date("2026-02-29"));
    CHECK_FALSE(is_iso_date("2026-04-31"));
    CHECK_FALSE(is_iso_date("2026-13-01"));
    CHECK_FALSE(is_iso_date("2026-00-10"));
    CHECK_FALSE(is_iso_date("1999-12-31"));
    CHECK_FALSE(is_iso_date("2026-3-14"));
    CHECK_FALSE(is_iso_date("2026/03/14"));
    CHECK_FALSE(is_iso_date("2026-03-14 "));
    CHECK_FALSE(is_iso_date("+026-03-14"));
    CHECK(day_number_from_iso("2026-03-14") == 20260314u);
    CHECK(iso_from_day_number(20260314) == "2026-03-14");
    CHECK(is_valid_day_number(20240229));
    CHECK_FALSE(is_valid_day_number(20230229));
    CHECK_FALSE(is_valid_day_number(0));
}

TEST_CASE("RFC 3339 UTC timestamps", "[sync][dates]") {
    CHECK(is_rfc3339_utc("2026-03-15T08:00:00Z"));
    CHECK(is_rfc3339_utc("2026-12-31T23:59:59Z"));
    CHECK_FALSE(is_rfc3339_utc("2026-03-15T24:00:00Z"));
    CHECK_FALSE(is_rfc3339_utc("2026-03-15T08:00:60Z"));
    CHECK_FALSE(is_rfc3339_utc("2026-03-15t08:00:00z"));
    CHECK_FALSE(is_rfc3339_utc("2026-03-15T08:00:00+08:00"));
    CHECK_FALSE(is_rfc3339_utc("2026-03-15T08:00:00.5Z"));
    CHECK_FALSE(is_rfc3339_utc("2026-02-30T08:00:00Z"));
    CHECK(format_rfc3339_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(format_rfc3339_utc(951782400) == "2000-02-29T00:00:00Z");
    CHECK(format_rfc3339_utc(1773563045) == "2026-03-15T08:24:05Z");
    CHECK(format_rfc3339_utc(-1) == "1969-12-31T23:59:59Z");
}

TEST_CASE("day arithmetic: epoch days, weekdays, month ends", "[dates]") {
    using namespace sk::sync;
    CHECK(days_since_epoch(19700101) == 0);
    CHECK(days_since_epoch(20000301) == 11017);
    CHECK(day_number_from_epoch_days(11017) == 20000301u);
    for (uint32_t d : {20240228u, 20240229u, 20240301u, 20261231u, 20270101u, 99991231u})
        CHECK(day_number_from_epoch_days(days_since_epoch(d)) == d);
    CHECK(weekday_of(19700101) == 3);  // Thursday
    CHECK(weekday_of(20261201) == 1);  // Tuesday
    CHECK(weekday_of(20260302) == 0);  // Monday
    CHECK(last_day_of_month(20280210) == 20280229u);
    CHECK(last_day_of_month(21000201) == 21000228u);
    CHECK(last_day_of_month(20261115) == 20261130u);
    CHECK(last_day_of_month(20261201) == 20261231u);
}
