// The natives of the bit syntax (binary_natives.cpp), registered as "beam.bs_*".
#pragma once

namespace sy::beam {

void init_binary_natives();

}  // namespace sy::beam
