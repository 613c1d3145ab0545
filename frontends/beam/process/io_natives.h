// io:format, io:put_chars, io:nl, io:write (io_natives.cpp), registered in core's native table.
#pragma once

namespace sy::beam {

void init_io_natives();

}  // namespace sy::beam
