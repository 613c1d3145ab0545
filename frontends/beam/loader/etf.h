// External term format (the bytes of LitT literals, Attr, CInf and Meta) as far as the
// loader needs it: checking that a byte string is one well-formed term, and writing a term
// in the notation of erl's `~tw` (io_lib:write/1), which the disassembler prints literals
// in. Turning terms into VM values is the terms layer's job, not this file's.
#pragma once
#include <string>
#include <string_view>

namespace sy::beam {

// True when `ext` (starting with the version byte 131) holds exactly one term made of the
// kinds compiled code can contain: integers, floats, atoms, tuples, lists, binaries and
// bitstrings, maps and external funs (`fun M:F/A`). Otherwise sets `why`.
bool etf_check(std::string_view ext, std::string* why);

// Appends the term in `~tw` notation to `out` (UTF-8). Map keys come in the order erl
// prints maps of up to 32 keys (term order, integers before floats); larger maps are
// printed in the same order, which is not erl's hash order.
bool etf_write(std::string_view ext, std::string* out, std::string* why);

// Pieces of the same notation, for the disassembler.
void write_atom(std::string_view utf8, std::string* out);
void write_float(double d, std::string* out);

}  // namespace sy::beam
