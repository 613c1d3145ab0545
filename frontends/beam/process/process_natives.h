// BIFs about processes (spawn, send, links, monitors, exit/2, names, timers, the process
// dictionary, halt) and the natives of receive, registered in core's native table.
#pragma once

namespace sy::beam {

void init_process_natives();

}  // namespace sy::beam
