// Binds the BIF library (runtime/bifs.h) to core's native table, so that translated code
// calls a BIF with one `ncall` and an export names it like any other native.
//
// A core native is a plain function pointer, without data, so each table entry gets its
// own trampoline: trampoline<I> calls entry I. When a BIF fails, the trampoline raises
// error:Reason with the BIF, its arguments and erts's error_info as the first stack frame.
#include "frontends/beam/translate/bif_binding.h"

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "core/vm.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/translate/exceptions.h"

namespace sy::beam {

namespace {

constexpr size_t kMaxBifs = 1024;

Value error_info(const BifEntry& e) {
  if (!e.error_module) return Value::nil();
  Map* m = new_map();
  map_set(m, atom("module"), atom(e.error_module));
  return cons(tuple({atom("error_info"), Value::object(m)}), Value::nil());
}

Value call_entry(VM& vm, const BifEntry& e, const Value* args) {
  BifContext cx(vm);
  Value r = e.fn(cx, args);
  if (!r.is_empty() || vm.has_exception()) return r;
  Value list = Value::nil();
  for (uint32_t i = e.arity; i-- > 0;) list = cons(args[i], list);
  return raise_bif_error(vm, cx.reason, tuple({atom(e.module), atom(e.name), list, error_info(e)}));
}

// The table as bind_bifs found it (it never changes), read by every trampoline.
const BifEntry* bound_table = nullptr;

template <size_t I>
Value trampoline(VM& vm, const Value* args, uint32_t) {
  return call_entry(vm, bound_table[I], args);
}

template <size_t... I>
constexpr std::array<NativeFn, sizeof...(I)> make_trampolines(std::index_sequence<I...>) {
  return {&trampoline<I>...};
}

constexpr auto kTrampolines = make_trampolines(std::make_index_sequence<kMaxBifs>());

}  // namespace

void bind_bifs() {
  static bool done = false;
  if (done) return;
  done = true;
  auto table = bif_table();
  if (table.size() > kMaxBifs) throw std::logic_error("more BIFs than trampolines: raise kMaxBifs");
  bound_table = table.data();
  for (size_t i = 0; i < table.size(); ++i) {
    const BifEntry& e = table[i];
    // io_lib:format/2 and io_lib:write/1 return the same characters as erl, but flat; the
    // Erlang code of OTP's io_lib returns erl's deep lists, which programs can observe.
    std::string_view m = e.module, f = e.name;
    if (m == "io_lib" && ((f == "format" && e.arity == 2) || (f == "write" && e.arity == 1))) continue;
    // unicode:characters_to_binary/1,3 are Erlang code in OTP (over the /2 BIF), with
    // every output encoding (utf16, utf32) and erts's error results.
    if (m == "unicode" && f == "characters_to_binary" && e.arity != 2) continue;
    register_native(std::string(e.module) + ":" + e.name + "/" + std::to_string(e.arity), kTrampolines[i],
                    static_cast<int>(e.arity));
  }
}

}  // namespace sy::beam
