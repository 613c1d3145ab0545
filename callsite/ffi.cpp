// C functions as method handles, called through libffi. A signature is parsed once per
// (function, text) and kept for the life of the process: handles refer to it.
#include <dlfcn.h>
#include <ffi.h>

#include <map>
#include <memory>
#include <vector>

#include "callsite/method_handle.h"
#include "core/bigint.h"

namespace sy::mh {

namespace {

enum class CType : uint8_t { Void, I8, I16, I32, I64, U8, U16, U32, U64, F32, F64, Ptr };

struct CTypeInfo {
  const char* name;
  CType type;
  ffi_type* ffi;
};
const CTypeInfo kCTypes[] = {
    {"void", CType::Void, &ffi_type_void}, {"i8", CType::I8, &ffi_type_sint8},
    {"i16", CType::I16, &ffi_type_sint16}, {"i32", CType::I32, &ffi_type_sint32},
    {"i64", CType::I64, &ffi_type_sint64}, {"u8", CType::U8, &ffi_type_uint8},
    {"u16", CType::U16, &ffi_type_uint16}, {"u32", CType::U32, &ffi_type_uint32},
    {"u64", CType::U64, &ffi_type_uint64}, {"f32", CType::F32, &ffi_type_float},
    {"f64", CType::F64, &ffi_type_double}, {"ptr", CType::Ptr, &ffi_type_pointer},
};

struct Signature {
  void* fn = nullptr;
  std::string text;
  CType ret;
  std::vector<CType> args;
  std::vector<ffi_type*> ffi_args;
  ffi_cif cif;
};

const CTypeInfo* ctype(std::string_view name) {
  for (const CTypeInfo& t : kCTypes)
    if (name == t.name) return &t;
  return nullptr;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

// "ret(a,b,...)" -> Signature, or an error message.
bool parse(std::string_view text, Signature* sig, std::string* error) {
  size_t open = text.find('('), close = text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
      !trim(text.substr(close + 1)).empty()) {
    *error = "malformed C signature '" + std::string(text) + "' (expected e.g. \"i64(ptr,i32)\")";
    return false;
  }
  const CTypeInfo* r = ctype(trim(text.substr(0, open)));
  if (!r) {
    *error = "unknown C type '" + trim(text.substr(0, open)) + "' in '" + std::string(text) + "'";
    return false;
  }
  sig->ret = r->type;
  std::string_view list = text.substr(open + 1, close - open - 1);
  if (!trim(list).empty() && trim(list) != "void") {
    size_t at = 0;
    while (true) {
      size_t comma = list.find(',', at);
      std::string name = trim(list.substr(at, comma == std::string_view::npos ? std::string_view::npos : comma - at));
      const CTypeInfo* t = ctype(name);
      if (!t || t->type == CType::Void) {
        *error = "bad C argument type '" + name + "' in '" + std::string(text) + "'";
        return false;
      }
      sig->args.push_back(t->type);
      sig->ffi_args.push_back(t->ffi);
      if (comma == std::string_view::npos) break;
      at = comma + 1;
    }
  }
  sig->text = std::string(text);
  if (ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, static_cast<unsigned>(sig->args.size()), r->ffi,
                   sig->ffi_args.data()) != FFI_OK) {
    *error = "libffi cannot call '" + std::string(text) + "'";
    return false;
  }
  return true;
}

union Slot {
  int8_t i8; int16_t i16; int32_t i32; int64_t i64;
  uint8_t u8; uint16_t u16; uint32_t u32; uint64_t u64;
  float f32; double f64; void* ptr; ffi_arg widened; ffi_sarg swidened;
};

bool to_c(VM& vm, const Signature& sig, uint32_t i, Value v, Slot* out) {
  CType t = sig.args[i];
  auto bad = [&](const char* expected) {
    vm.raise("type_error", "argument " + std::to_string(i + 1) + " of C function '" + sig.text + "' must be " +
                               expected + ", got " + std::string(class_name(class_of(v))));
    return false;
  };
  if (t == CType::F32 || t == CType::F64) {
    double d;
    if (v.is_double()) d = v.as_double();
    else if (v.is_int()) d = static_cast<double>(v.as_int());
    else return bad("a number");
    if (t == CType::F32) out->f32 = static_cast<float>(d);
    else out->f64 = d;
    return true;
  }
  if (t == CType::Ptr) {
    if (v.is_nil()) out->ptr = nullptr;
    else if (is_instance(v, cls::String)) out->ptr = v.as<String>()->chars;
    else if (v.is_int()) out->ptr = reinterpret_cast<void*>(v.as_int());
    else return bad("nil, a string or an int address");
    return true;
  }
  int64_t n;
  if (!is_integer(v) || !integer_to_int64(v, &n)) return bad("an integer");
  switch (t) {
    case CType::I8: out->i8 = static_cast<int8_t>(n); break;
    case CType::I16: out->i16 = static_cast<int16_t>(n); break;
    case CType::I32: out->i32 = static_cast<int32_t>(n); break;
    case CType::U8: out->u8 = static_cast<uint8_t>(n); break;
    case CType::U16: out->u16 = static_cast<uint16_t>(n); break;
    case CType::U32: out->u32 = static_cast<uint32_t>(n); break;
    default: out->i64 = n; break;
  }
  return true;
}

Value from_c(CType t, const Slot& r) {
  // libffi widens integer results narrower than a register to ffi_arg.
  switch (t) {
    case CType::Void: return Value::nil();
    case CType::I8: case CType::I16: case CType::I32: return make_int(static_cast<int32_t>(r.swidened));
    case CType::U8: case CType::U16: case CType::U32: return make_int(static_cast<uint32_t>(r.widened));
    case CType::I64: return make_int(r.i64);
    case CType::U64:
      return r.u64 <= static_cast<uint64_t>(INT64_MAX) ? make_int(static_cast<int64_t>(r.u64))
                                                       : Value::number(static_cast<double>(r.u64));
    case CType::F32: return Value::number(r.f32);
    case CType::F64: return Value::number(r.f64);
    case CType::Ptr: return r.ptr ? make_int(reinterpret_cast<int64_t>(r.ptr)) : Value::nil();
  }
  return Value::nil();
}

Value call_ffi(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  const auto& sig = *static_cast<const Signature*>(self->data);
  Slot slots[16];
  void* ptrs[16];
  for (uint32_t i = 0; i < argc; ++i) {
    if (!to_c(vm, sig, i, args[i], &slots[i])) return Value();
    ptrs[i] = &slots[i];
  }
  Slot r{};
  ffi_call(const_cast<ffi_cif*>(&sig.cif), FFI_FN(sig.fn), &r, ptrs);
  return from_c(sig.ret, r);
}

}  // namespace

bool is_ffi(const NativeCallable* n) { return n->call == call_ffi; }

Value ffi(VM& vm, void* fn, std::string_view signature) {
  static std::map<std::pair<void*, std::string>, std::unique_ptr<Signature>> signatures;
  auto key = std::make_pair(fn, std::string(signature));
  auto it = signatures.find(key);
  if (it == signatures.end()) {
    auto sig = std::make_unique<Signature>();
    std::string error;
    if (!parse(signature, sig.get(), &error)) return vm.raise("wrong_method_type", error);
    if (sig->args.size() > 16) return vm.raise("wrong_method_type", "C functions take at most 16 arguments here");
    sig->fn = fn;
    it = signatures.emplace(key, std::move(sig)).first;
  }
  const Signature* sig = it->second.get();
  return Value::object(new_native_callable(call_ffi, static_cast<uint32_t>(sig->args.size()), sig));
}

Value ffi(VM& vm, std::string_view symbol, std::string_view signature) {
  void* fn = dlsym(RTLD_DEFAULT, std::string(symbol).c_str());
  if (!fn) return vm.raise("link_error", "C function '" + std::string(symbol) + "' not found");
  return ffi(vm, fn, signature);
}

}  // namespace sy::mh
