// Core natives: the few host functions every IR program may call with `ncall`.
// Language runtimes register their own (frontends/*/runtime).
#include <chrono>
#include <cstdio>

#include "core/format.h"
#include "core/heap.h"
#include "core/object.h"
#include "core/vm.h"

namespace sy {
namespace {

Value native_str(VM&, const Value* a, uint32_t) { return make_string(display(a[0])); }
Value native_repr(VM&, const Value* a, uint32_t) { return make_string(repr(a[0])); }

Value native_concat(VM&, const Value* a, uint32_t argc) {
  std::string s;
  for (uint32_t i = 0; i < argc; ++i) append_display(s, a[i]);
  return make_string(s);
}

Value native_strlen(VM& vm, const Value* a, uint32_t) {
  if (!is_instance(a[0], cls::String)) return vm.raise("type_error", "strlen expects a string");
  return Value::small_int(static_cast<int64_t>(a[0].as<String>()->length));
}

Value native_write(VM&, const Value* a, uint32_t argc) {
  std::string s;
  for (uint32_t i = 0; i < argc; ++i) append_display(s, a[i]);
  std::fwrite(s.data(), 1, s.size(), stdout);
  return Value::nil();
}

Value native_clock(VM&, const Value*, uint32_t) {
  auto t = std::chrono::steady_clock::now().time_since_epoch();
  return Value::number(std::chrono::duration<double>(t).count());
}

Value native_gc(VM&, const Value*, uint32_t) {
  heap::collect();
  return Value::nil();
}

Value native_error(VM& vm, const Value* a, uint32_t) {
  if (!a[0].is_atom() || !is_instance(a[1], cls::String))
    return vm.raise("type_error", "error expects an atom and a string");
  return make_error(atom_name(a[0].atom_id()), string_view_of(a[1]));
}

Value native_error_kind(VM& vm, const Value* a, uint32_t) {
  if (!is_instance(a[0], cls::Error)) return vm.raise("type_error", "error_kind expects an error");
  return a[0].as<Error>()->kind;
}

// invoke(f, args...): calls f from C++. Its native frame is a barrier for captures.
Value native_invoke(VM& vm, const Value* a, uint32_t argc) {
  return vm.call_value(a[0], {a + 1, argc - 1});
}

}  // namespace

void register_core_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  register_native("str", native_str, 1);
  register_native("repr", native_repr, 1);
  register_native("concat", native_concat, -1);
  register_native("strlen", native_strlen, 1);
  register_native("write", native_write, -1);
  register_native("clock", native_clock, 0);
  register_native("gc", native_gc, 0);
  register_native("error", native_error, 2);
  register_native("error_kind", native_error_kind, 1);
  register_native("invoke", native_invoke, -1);
}

}  // namespace sy
