// Method handles: typed callables and their combinators, after java.lang.invoke.
//
// A method handle is an ordinary callable Value, so `callv`/`tailcallv` invoke it and the
// JITs can inline through it:
//   - a Closure: an IR function (the `direct` kind) or a synthesized adapter function
//     whose captures are the component handles and bound values (a "lambda form");
//   - a NativeCallable: a C++ function or a C function called through libffi.
// Combinators build adapters, never C++ wrappers: an adapter is a few IR instructions
// ending in `tailcallv`, so a handle chain runs in the interpreter without C++
// recursion, and a tail call through a chain runs in constant VM stack.
//
// A handle's type is its arity (all values are dynamically typed) and whether it accepts
// any number of arguments. Every combinator checks types when it composes and raises
// `wrong_method_type` then, not when the result is called. Errors are raised on the VM
// (the functions return empty), so natives can return them straight to IR.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/vm.h"

namespace sy {
struct Module;
}

namespace sy::mh {

struct MethodType {
  uint32_t arity = 0;     // for varargs: the arguments it needs at least (0)
  bool varargs = false;
  std::string to_string() const;  // "(3)" or "(...)"
};

// The handle's type, or nothing when v is not callable.
std::optional<MethodType> type_of(Value v);
// "direct", "native", "ffi", "bound", "constant", "identity", or the combinator's name.
std::string kind_of(Value v);

// -- Handle kinds --
Value direct(Function* fn);                                   // an IR function
Value native(VM& vm, std::string_view registered_name);       // a native from core/vm.h's registry
Value native(NativeFn fn, int arity);                          // a C++ function (arity -1: any)
// A C function through libffi; `signature` is "ret(arg,...)" over void i8 i16 i32 i64 u8
// u16 u32 u64 f32 f64 ptr, e.g. "i64(ptr,i32)". A ptr argument accepts nil, an int
// address or a string (its bytes); a ptr result is an int address (nil for null).
Value ffi(VM& vm, std::string_view symbol, std::string_view signature);
Value ffi(VM& vm, void* fn, std::string_view signature);
Value bind(VM& vm, Value h, Value receiver);                  // insertArguments(h, 0, receiver)
Value constant(Value v);                                       // () -> v
Value identity();                                              // (x) -> x
// A varargs handle with a fixed arity, so that combinators can adapt it.
Value with_arity(VM& vm, Value h, uint32_t arity);

// -- Combinators (java.lang.invoke.MethodHandles) --
Value insert_arguments(VM& vm, Value h, uint32_t pos, std::span<const Value> values);
Value drop_arguments(VM& vm, Value h, uint32_t pos, uint32_t count);
// The result takes new_arity arguments; target argument i is result argument reorder[i].
Value permute_arguments(VM& vm, Value h, uint32_t new_arity, std::span<const uint32_t> reorder);
// filters[j] (a 1-argument handle, or nil for none) replaces argument pos + j.
Value filter_arguments(VM& vm, Value h, uint32_t pos, std::span<const Value> filters);
Value filter_return_value(VM& vm, Value h, Value filter);
// combiner takes the result's first m arguments; its result becomes h's first argument.
Value fold_arguments(VM& vm, Value h, Value combiner);
// test takes a prefix of the arguments; target and fallback take all of them.
Value guard_with_test(VM& vm, Value test, Value target, Value fallback);
// handler takes (exception, a prefix of the arguments). `kind` nil catches everything,
// an atom catches only VM errors of that kind.
Value catch_exception(VM& vm, Value h, Value kind, Value handler);
// The result takes h's first arity-n arguments and then one array or tuple of n more.
Value as_spreader(VM& vm, Value h, uint32_t n);
// The result takes h's first arity-1 arguments and n more, passed to h as one array.
Value as_collector(VM& vm, Value h, uint32_t n);

Value invoke(VM& vm, Value h, std::span<const Value> args);  // vm.call_value

// -- Internals shared with callsite/ --
// The module that owns every synthesized adapter function.
Module& adapters();
// Registers the mh.* natives (idempotent); see docs/callsites.md.
void register_natives();
bool is_ffi(const NativeCallable* n);  // ffi.cpp

}  // namespace sy::mh
