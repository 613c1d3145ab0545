// The BEAM front end: `switchyard run [OPTIONS] mod.beam [ARGS...]` (docs/beam.md).
#pragma once
#include <string>
#include <vector>

#include "frontends/frontend.h"

namespace sy::beam {

bool load(const std::string& path, const std::vector<std::string>& args, const LoadOptions& options, Program* out,
          LoadError* error);

// The --NAME=VALUE settings it accepts: reductions, reduction-mode.
extern const char* const kSettings[];

inline constexpr uint64_t kDefaultMaxDepth = 10'000'000;

}  // namespace sy::beam
