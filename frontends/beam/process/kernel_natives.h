// os:getenv and friends, application:get_env (kernel_natives.cpp), in core's native table.
#pragma once

namespace sy::beam {

void init_kernel_natives();

}  // namespace sy::beam
