#pragma once

#include "bench_stats.hpp"

namespace sk::bench {

bool bench_seal(const Options& opt);
bool bench_submit(const Options& opt);
bool bench_export(const Options& opt);
bool bench_import(const Options& opt);
bool bench_report(const Options& opt);
bool bench_registers(const Options& opt);

}  // namespace sk::bench
