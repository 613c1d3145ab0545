// What OTP's own modules ask of the kernel and erts that this VM answers directly:
// os:getenv/putenv/type/getpid, application:get_env (no applications are loaded, so
// every key is undefined), erl_features (none enabled), logger (no handlers), the hashes
// erlang:phash/2 and erlang:md5/1, erlang:convert_time_unit/3 and external_size/1,2. OTP code calls these deep
// inside stdlib (io_lib asks erl_features, which reads the environment; proc_lib's crash
// reports ask for error_logger's format depth).
#include "frontends/beam/process/kernel_natives.h"

#include <nettle/md5.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/vm.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/hash.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"

extern char** environ;

namespace sy::beam {

namespace {

Value string_term(std::string_view s) {
  Value l = Value::nil();
  for (size_t i = s.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(s[i])), l);
  return l;
}

// A flat list of character codes below 256 as bytes; false otherwise.
bool string_arg(Value v, std::string* out) {
  for (; is_cons(v); v = tail(v)) {
    Value c = head(v);
    if (!c.is_int() || c.as_int() < 0 || c.as_int() > 255) return false;
    out->push_back(static_cast<char>(c.as_int()));
  }
  return v.is_nil();
}

Value os_getenv0(VM&, const Value*, uint32_t) {
  Value l = Value::nil();
  for (char** e = environ; e && *e; ++e) l = cons(string_term(*e), l);
  return l;
}
Value os_getenv1(VM& vm, const Value* a, uint32_t) {
  std::string name;
  if (!string_arg(a[0], &name)) return raise_bif_error(vm, atoms.badarg, "os", "getenv", {a[0]});
  const char* v = std::getenv(name.c_str());
  return v ? string_term(v) : Value::boolean(false);
}
Value os_getenv2(VM& vm, const Value* a, uint32_t) {
  std::string name;
  if (!string_arg(a[0], &name)) return raise_bif_error(vm, atoms.badarg, "os", "getenv", {a[0], a[1]});
  const char* v = std::getenv(name.c_str());
  return v ? string_term(v) : a[1];
}
Value os_putenv(VM& vm, const Value* a, uint32_t) {
  std::string name, value;
  if (!string_arg(a[0], &name) || !string_arg(a[1], &value) || name.empty() || name.find('=') != std::string::npos)
    return raise_bif_error(vm, atoms.badarg, "os", "putenv", {a[0], a[1]});
  setenv(name.c_str(), value.c_str(), 1);
  return Value::boolean(true);
}
Value os_unsetenv(VM& vm, const Value* a, uint32_t) {
  std::string name;
  if (!string_arg(a[0], &name)) return raise_bif_error(vm, atoms.badarg, "os", "unsetenv", {a[0]});
  unsetenv(name.c_str());
  return Value::boolean(true);
}
Value os_type(VM&, const Value*, uint32_t) { return tuple({atom("unix"), atom("linux")}); }
Value os_getpid(VM&, const Value*, uint32_t) { return string_term(std::to_string(getpid())); }

Value app_get_env1(VM&, const Value*, uint32_t) { return atoms.undefined; }
Value app_get_env2(VM&, const Value*, uint32_t) { return atoms.undefined; }
Value app_get_env3(VM&, const Value* a, uint32_t) { return a[2]; }
Value app_get_all_env(VM&, const Value*, uint32_t) { return Value::nil(); }

// erl_features: no experimental feature is enabled, so no feature adds keywords.
Value features_keywords(VM&, const Value*, uint32_t) { return Value::nil(); }
Value features_enabled(VM&, const Value*, uint32_t) { return Value::nil(); }

// logger: there is no logger process and no handler. Reports that OTP code logs through
// it (proc_lib's crash reports, gen_server's termination reports) are not printed.
Value logger_allow(VM&, const Value*, uint32_t) { return Value::boolean(false); }
Value logger_ok(VM&, const Value*, uint32_t) { return atoms.ok; }

// erlang:phash/2: 1 + (make_hash(Term) rem Range), Range in 1..2^32 (dict and sets hash
// with it).
Value e_phash(VM& vm, const Value* a, uint32_t) {
  int64_t range;
  if (!is_integer(a[1]) || !integer_to_int64(a[1], &range) || range < 1 || range > (int64_t{1} << 32))
    return raise_bif_error(vm, atoms.badarg, "erlang", "phash", {a[0], a[1]});
  return make_int(static_cast<int64_t>(phash_full(a[0]) % static_cast<uint64_t>(range)) + 1);
}

// erlang:md5/1, md5_init/0, md5_update/2, md5_final/1 on nettle's MD5 (beam_asm takes a
// module's checksum with them). The context erl hands around is a binary; here it holds
// nettle's context bytes.
bool iodata_bytes(Value v, std::string* out) {
  std::vector<Value, heap::RootAllocator<Value>> stack{v};
  while (!stack.empty()) {
    Value x = stack.back();
    stack.pop_back();
    if (x.is_nil()) continue;
    if (x.is_int() && x.as_int() >= 0 && x.as_int() <= 255) {
      out->push_back(static_cast<char>(x.as_int()));
    } else if (is_binary(x)) {
      std::string tmp;
      out->append(whole_bytes(x.as<Binary>(), tmp));
    } else if (is_cons(x)) {
      stack.push_back(tail(x));
      stack.push_back(head(x));
    } else {
      return false;
    }
  }
  return true;
}
Value context_binary(const md5_ctx& ctx) {
  return make_binary(reinterpret_cast<const uint8_t*>(&ctx), sizeof ctx);
}
bool context_of(Value v, md5_ctx* ctx) {
  if (!is_binary(v) || v.as<Binary>()->byte_size() != sizeof *ctx) return false;
  std::string tmp;
  std::memcpy(ctx, whole_bytes(v.as<Binary>(), tmp).data(), sizeof *ctx);
  return true;
}
Value e_md5(VM& vm, const Value* a, uint32_t) {
  std::string data;
  if (!iodata_bytes(a[0], &data)) return raise_bif_error(vm, atoms.badarg, "erlang", "md5", {a[0]});
  md5_ctx ctx;
  md5_init(&ctx);
  md5_update(&ctx, data.size(), reinterpret_cast<const uint8_t*>(data.data()));
  uint8_t digest[MD5_DIGEST_SIZE];
  md5_digest(&ctx, sizeof digest, digest);
  return make_binary(digest, sizeof digest);
}
Value e_md5_init(VM&, const Value*, uint32_t) {
  md5_ctx ctx;
  md5_init(&ctx);
  return context_binary(ctx);
}
Value e_md5_update(VM& vm, const Value* a, uint32_t) {
  md5_ctx ctx;
  std::string data;
  if (!context_of(a[0], &ctx) || !iodata_bytes(a[1], &data))
    return raise_bif_error(vm, atoms.badarg, "erlang", "md5_update", {a[0], a[1]});
  md5_update(&ctx, data.size(), reinterpret_cast<const uint8_t*>(data.data()));
  return context_binary(ctx);
}
Value e_md5_final(VM& vm, const Value* a, uint32_t) {
  md5_ctx ctx;
  if (!context_of(a[0], &ctx)) return raise_bif_error(vm, atoms.badarg, "erlang", "md5_final", {a[0]});
  uint8_t digest[MD5_DIGEST_SIZE];
  md5_digest(&ctx, sizeof digest, digest);
  return make_binary(digest, sizeof digest);
}

// erlang:convert_time_unit/3: the time in From units as To units, rounded down (floor).
// The native and perf_counter units are nanoseconds, as erl's on Linux.
int64_t units_per_second(Value unit) {
  if (unit.is_int()) return unit.as_int() > 0 ? unit.as_int() : 0;
  if (!is_atom(unit)) return 0;
  std::string_view u = atom_text(unit);
  if (u == "second" || u == "seconds") return 1;
  if (u == "millisecond" || u == "milli_seconds") return 1000;
  if (u == "microsecond" || u == "micro_seconds") return 1000000;
  if (u == "nanosecond" || u == "nano_seconds" || u == "native" || u == "perf_counter") return 1000000000;
  return 0;
}
Value e_convert_time_unit(VM& vm, const Value* a, uint32_t) {
  int64_t from = units_per_second(a[1]), to = units_per_second(a[2]);
  int64_t t;
  if (!from || !to || !is_integer(a[0]) || !integer_to_int64(a[0], &t))
    return raise_bif_error(vm, atoms.badarg, "erlang", "convert_time_unit", {a[0], a[1], a[2]});
  __int128 v = static_cast<__int128>(t) * to;
  __int128 q = v / from;
  if (v % from != 0 && v < 0) --q;
  return make_int(static_cast<int64_t>(q));
}

// erlang:external_size/1,2: the bytes term_to_binary writes.
Value e_external_size(VM& vm, const Value* a, uint32_t n) {
  std::string bytes;
  if (!encode_term(a[0], &bytes)) {
    if (n == 1) return raise_bif_error(vm, atoms.badarg, "erlang", "external_size", {a[0]});
    return raise_bif_error(vm, atoms.badarg, "erlang", "external_size", {a[0], a[1]});
  }
  return make_int(static_cast<int64_t>(bytes.size()));
}

// unicode:bin_is_7bit/1 (an erts BIF that unicode.erl calls): every byte below 128.
Value e_bin_is_7bit(VM&, const Value* a, uint32_t) {
  if (!is_binary(a[0])) return Value::boolean(false);
  std::string tmp;
  for (unsigned char c : whole_bytes(a[0].as<Binary>(), tmp))
    if (c >= 128) return Value::boolean(false);
  return Value::boolean(true);
}

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
    {"erlang:phash/2", e_phash, 2},
    {"unicode:bin_is_7bit/1", e_bin_is_7bit, 1},
    {"erlang:convert_time_unit/3", e_convert_time_unit, 3},
    {"erlang:external_size/1", e_external_size, 1},
    {"erlang:external_size/2", e_external_size, 2},
    {"erlang:md5/1", e_md5, 1},
    {"erlang:md5_init/0", e_md5_init, 0},
    {"erlang:md5_update/2", e_md5_update, 2},
    {"erlang:md5_final/1", e_md5_final, 1},
    {"os:getenv/0", os_getenv0, 0},
    {"os:getenv/1", os_getenv1, 1},
    {"os:getenv/2", os_getenv2, 2},
    {"os:putenv/2", os_putenv, 2},
    {"os:unsetenv/1", os_unsetenv, 1},
    {"os:type/0", os_type, 0},
    {"os:getpid/0", os_getpid, 0},
    {"application:get_env/1", app_get_env1, 1},
    {"application:get_env/2", app_get_env2, 2},
    {"application:get_env/3", app_get_env3, 3},
    {"application:get_all_env/0", app_get_all_env, 0},
    {"application:get_all_env/1", app_get_all_env, 1},
    {"erl_features:keywords/0", features_keywords, 0},
    {"erl_features:enabled/0", features_enabled, 0},
    {"logger:allow/2", logger_allow, 2},
    {"logger:macro_log/3", logger_ok, 3},
    {"logger:macro_log/4", logger_ok, 4},
    {"logger:macro_log/5", logger_ok, 5},
};

}  // namespace

void init_kernel_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

}  // namespace sy::beam
