// Text of terms exactly as erl 25 writes it: io_lib:write (~w), io_lib_pretty:print (~p,
// with its line breaking), io_lib:format (every control sequence), and what erl's
// standard output makes of the characters.
//
// The code follows io_lib.erl, io_lib_pretty.erl and io_lib_format.erl of OTP 25 function
// by function (same names where it helps), so that a difference in output can be traced
// to a clause. Characters are Unicode code points (Chars); io_lib's deep lists are flat.
// Not ported: the chars_limit option (io_lib:format/3), records (no record definitions
// at run time), grapheme clusters in width calculations (code points are counted).
#pragma once
#include <string>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

using Chars = std::u32string;

// io_lib:write(Term, Depth) / ~w, ~W; `unicode` is the ~tw form (atoms keep characters
// above 255 instead of writing \x{...}).
void write_term(Chars& out, Value term, int depth = -1, bool unicode = false);
Chars write_term(Value term, int depth = -1, bool unicode = false);

// io_lib:write_atom/1 (quotes when needed).
void write_atom(Chars& out, Value atom, bool unicode = true);
// io_lib:write_string/1: "..." with escapes.
void write_string(Chars& out, const Chars& s, char32_t quote = U'"');

// erlang:fun_to_list/1, pid_to_list/1, ref_to_list/1, port_to_list/1.
std::string fun_to_text(Value fun);
std::string pid_to_text(Value pid);
std::string ref_to_text(Value ref);
std::string port_to_text(Value port);

struct PrintOptions {
  int column = 1;         // where the term starts (1 = first column)
  int line_length = 80;
  int depth = -1;         // -1: unlimited
  bool unicode = false;   // ~tp
  bool strings = true;    // ~lp turns string detection off
};
// io_lib_pretty:print/2 (~p, ~P).
void print_term(Chars& out, Value term, const PrintOptions& options = {});
Chars print_term(Value term, const PrintOptions& options = {});

// io_lib:printable_latin1_list/1 and printable_unicode_list/1.
bool printable_latin1_list(Value list);
bool printable_unicode_list(Value list);

// io_lib:format(Format, Args): Format is a string, binary or atom; Args a proper list.
// False where erl raises badarg (a malformed format, wrong or missing arguments); `why`
// then says what was wrong.
bool format(Value format, Value args, Chars* out, std::string* why = nullptr);

// The characters as a list term (io_lib:format's result, flattened).
Value chars_to_list(const Chars& chars);
// The bytes erl's standard output writes for chars when it is not a terminal (the
// `user` server in latin-1 mode): characters up to 255 as one byte each, others as
// \x{HEX}.
std::string latin1_device_bytes(const Chars& chars);
// Appends a UTF-8/latin-1 std::string to chars, byte per character (latin-1).
void append_latin1(Chars& out, std::string_view bytes);

}  // namespace sy::beam
