// The BIF and native-function library: erlang:* functions that ordinary code calls, and
// the functions OTP's stdlib declares but erts implements natively (lists:reverse/2,
// maps:get/2, math:*, ...). Each is a plain C++ function over terms; one table
// (bif_table(), bifs.cpp) names them all, for the VM to bind to imports.
//
// Error convention: a BIF returns its result, or empty after cx.fail(Reason). The VM then
// raises error:Reason with the BIF's {M, F, Args, [{error_info, #{module => ...}}]} as the
// first stack frame, as erts does (BifEntry::error_module names the module).
//
// BIFs here never call back into the VM and never block: those that need the process,
// the scheduler or the module table (self/0, spawn, send, apply, error/1, put/get,
// garbage_collect, ...) belong to the VM.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "frontends/beam/runtime/terms.h"

namespace sy {
class VM;
}

namespace sy::beam {

class BifContext {
 public:
  explicit BifContext(VM& vm) : vm(vm) {}

  VM& vm;        // core's arithmetic slow paths take it; BIFs never let it raise
  Value reason;  // why the last BIF failed

  Value fail(Value why) {
    reason = why;
    return Value();
  }
  Value badarg() { return fail(atoms.badarg); }
  Value badarith() { return fail(atoms.badarith); }
  Value system_limit() { return fail(atoms.system_limit); }
  Value badkey(Value key) { return fail(tuple({atoms.badkey, key})); }
  Value badmap(Value map) { return fail(tuple({atoms.badmap, map})); }
};

using BifFn = Value (*)(BifContext& cx, const Value* args);

struct BifEntry {
  const char* module;
  const char* name;
  uint32_t arity;
  BifFn fn;
  bool guard;                // allowed in guards (erl_internal:guard_bif/2 and type tests)
  const char* error_module;  // the error_info module erts names in the stack frame
};

// Every BIF of this library, sorted by module, name and arity.
std::span<const BifEntry> bif_table();
const BifEntry* find_bif(std::string_view module, std::string_view name, uint32_t arity);

// Calls a BIF by name (tests, and the VM's apply/3 of a BIF): the result, or empty with
// cx.reason set. Unknown BIFs are `undef` for the caller to raise.
Value call_bif(BifContext& cx, std::string_view module, std::string_view name, const Value* args, uint32_t arity);

// -- Helpers other parts of the BEAM front end share --

// The length of a proper list, or -1 for an improper one.
int64_t list_length(Value list);
// The arity Erlang code sees for a fun, or -1 when f is not one.
int64_t fun_arity(Value f);
// A list of the values, in order.
Value make_list(const Value* items, size_t n, Value tail = Value::nil());
// iolist_size/1 and iolist_to_binary/1: false when v is not an iolist.
bool iolist_size(Value v, uint64_t* size);
bool iolist_bytes(Value v, std::string* out);

}  // namespace sy::beam
