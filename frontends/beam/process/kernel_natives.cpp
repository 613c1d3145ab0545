// What OTP's own modules ask of the kernel and erts that this VM answers directly:
// os:getenv/putenv/type/getpid, application:get_env (no applications are loaded, so
// every key is undefined), erl_features (none enabled) and logger (no handlers). OTP code calls these deep
// inside stdlib (io_lib asks erl_features, which reads the environment; proc_lib's crash
// reports ask for error_logger's format depth).
#include "frontends/beam/process/kernel_natives.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "core/vm.h"
#include "frontends/beam/runtime/bifs.h"
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

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
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
