// The disassembler behind `switchyard run --dump-beam FILE.beam`: a decoded module printed
// as erl's beam_disasm:file/1 shows code, so the two can be compared line by line.
//
// Output (every line a term in erl's `~tw` notation, the whole file readable with
// file:consult/1):
//   {module,Name}.
//   {exports,[{Name,Arity,Label},...]}.          sorted, like beam_lib's labeled_exports
//   {function,Name,Arity,Entry,
//    [Instr,
//     ...
//     Instr]}.
// Instructions appear as beam_disasm's resolve_inst/4 writes them ({test,is_eq_exact,...},
// {gc_bif,'+',...}, {call,2,{m,f,2}}, ...), in file order. Two differences from
// beam_disasm, both because it loses information: the label/line instructions before a
// func_info keep their order (beam_disasm reverses them for all but the first function),
// and a typed register shows its Type chunk entry, {tr,Reg,T} with T = any, a list of
// type names ([integer], [atom,nil], ...) or {Names,Min,Max} when it carries an integer
// range, where beam_disasm shows its compiler-internal type record.
#pragma once
#include <cstdio>
#include <string>

#include "frontends/beam/loader/beam_file.h"

namespace sy::beam {

// Appends the disassembly of `module` to `out`. False (with `error`) only if a literal
// cannot be printed, which read_file has already ruled out.
bool disassemble(const Module& module, std::string* out, std::string* error);

// Reads `path` and prints its disassembly to `out`, or the load error to `err`.
// Returns the process exit status (0, or 1 on error).
int dump_beam_file(const std::string& path, std::FILE* out, std::FILE* err);

}  // namespace sy::beam
