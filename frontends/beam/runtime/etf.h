// The external term format: literals of the LitT chunk, binary_to_term/1,2 and
// term_to_binary/1,2. Encoding produces the bytes erl 25 produces (default minor version
// 1: latin-1 atoms as ATOM_EXT, others as SMALL_ATOM_UTF8_EXT; NEW_FLOAT_EXT; maps in erts's
// order), so term_to_binary results compare equal with erl's.
//
// Decoding and encoding use explicit stacks: any nesting depth works, and malformed input
// is an error naming the offset and the problem, never a crash.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

inline constexpr uint8_t kEtfVersion = 131;

struct DecodeError {
  size_t offset = 0;    // of the byte where decoding failed
  std::string message;  // e.g. "unknown tag 200"
  std::string format() const { return "at byte " + std::to_string(offset) + ": " + message; }
};

// A local fun (NEW_FUN_EXT) names a lambda of a loaded module; the VM resolves it. Returns
// empty when the module or the lambda is unknown.
struct FunResolver {
  Value (*resolve)(void* ctx, Value module, uint32_t index, uint32_t old_uniq, const Value* free,
                   uint32_t num_free) = nullptr;
  void* ctx = nullptr;
};

struct DecodeOptions {
  FunResolver funs;
  bool with_version = true;  // the input starts with the version byte 131
};

// Decodes one term from the start of `bytes` (compressed terms too). `used` receives the
// number of bytes the term occupied (binary_to_term/2's `used` option).
bool decode_term(std::string_view bytes, Value* out, DecodeError* error, size_t* used = nullptr,
                 const DecodeOptions& options = {});

struct EncodeOptions {
  int compression = 0;    // 0: none; 1..9: zlib level (term_to_binary's {compressed, L})
  int minor_version = 1;  // 2: every atom as UTF-8 (ATOM_UTF8_EXT / SMALL_ATOM_UTF8_EXT)
};

// Appends the encoding of v, starting with the version byte. Fails (with a message) only
// for values that are not Erlang terms (match states, other languages' objects).
bool encode_term(Value v, std::string* out, std::string* error = nullptr, const EncodeOptions& options = {});

}  // namespace sy::beam
