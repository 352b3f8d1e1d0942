#pragma once

#include "bench_stats.hpp"

namespace sk::bench {

void bench_seal(const Options& opt);
void bench_submit(const Options& opt);

}  // namespace sk::bench
