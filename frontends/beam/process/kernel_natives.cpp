// What OTP's own modules ask of the kernel and erts that this VM answers directly:
// os:getenv/putenv/type/getpid, erlang:load_nif (refused), application:get_env (no applications are loaded, so
// every key is undefined), erl_features (none enabled), logger (erl's default handler), the hashes
// erlang:phash/2 and erlang:md5/1, erlang:convert_time_unit/3 and external_size/1,2. OTP code calls these deep
// inside stdlib (io_lib asks erl_features, which reads the environment; proc_lib's crash
// reports ask for error_logger's format depth).
#include "frontends/beam/process/kernel_natives.h"

#include <dlfcn.h>
#include <nettle/md5.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/vm.h"
#include "frontends/beam/process/scheduler.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/hash.h"
#include "frontends/beam/runtime/maps.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/runtime/unicode.h"
#include "frontends/beam/translate/code_server.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_module.h"

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

// logger, as configured by a plain `erl -noshell`: primary level notice, one handler
// (`default`) that logs events of no domain and of the domains [otp] and [otp, sasl], and
// formats them with logger_formatter (legacy header, several lines) onto standard output.
// logger:allow/2 is the level check of OTP's ?LOG_* macros; logger:macro_log/3,4,5 (what
// the macros call) are IR functions of the runtime (translate/runtime_module.cpp) that
// ask beam.logger_eventN for the arguments of logger_formatter:format/2, run OTP's own
// formatter on them, and write its text with io:put_chars/1. Unlike erl, which formats in
// the handler's process a little later, the text is written at once by the logging process.
int logger_severity(Value level) {
  static const char* const kLevels[] = {"emergency", "alert", "critical", "error",
                                        "warning", "notice", "info", "debug"};
  if (!is_atom(level)) return -1;
  for (int i = 0; i < 8; ++i)
    if (atom_text(level) == kLevels[i]) return i;
  return -1;
}
constexpr int kLoggerPrimaryLevel = 5;  // notice

Value logger_allow(VM&, const Value* a, uint32_t) {
  int sev = logger_severity(a[0]);
  return Value::boolean(sev >= 0 && sev <= kLoggerPrimaryLevel);
}

// The default handler's domain filters: an event without a domain is logged, one with a
// domain only when it is [otp, sasl] or a prefix of it (logger_filters:domain/2 with
// {log, super, [otp, sasl]}).
bool logger_domain_logged(const Map* meta) {
  Value d = map_get(meta, atom("domain"));
  if (d.is_empty()) return true;
  Value want = cons(atom("otp"), cons(atom("sasl"), Value::nil()));
  for (; is_cons(d); d = tail(d), want = tail(want))
    if (!is_cons(want) || head(d) != head(want)) return false;
  return d.is_nil();
}

// The arguments [Event, Config] of logger_formatter:format/2 for an event logged at
// Location with Level, message Msg (in logger's own forms: {report, R}, {string, S} or
// {Format, Args}) and metadata Meta; nil when the default handler would not log it.
Value logger_event(Value location, Value level, Value msg, Value meta) {
  int sev = logger_severity(level);
  if (sev < 0 || sev > kLoggerPrimaryLevel || !is_map(location) || !is_map(meta)) return Value::nil();
  // logger:log_allowed/4 and add_default_metadata/1: the location, then the caller's
  // metadata, then pid, gl and time where not given.
  Map* m = map_copy(location.as<Map>());
  for (const MapEntry* e : entries_in_key_order(meta.as<Map>())) m = map_put(m, e->key, e->value);
  Process* p = Scheduler::instance().current();
  timeval tv;
  gettimeofday(&tv, nullptr);
  Value defaults[][2] = {{atom("pid"), p ? p->pid : atoms.undefined},
                         {atom("gl"), p ? p->pid : atoms.undefined},
                         {atom("time"), make_int(int64_t{tv.tv_sec} * 1000000 + tv.tv_usec)}};
  for (auto& kv : defaults)
    if (map_get(m, kv[0]).is_empty()) m = map_put(m, kv[0], kv[1]);
  if (!logger_domain_logged(m)) return Value::nil();
  Map* event = new_map(3);
  map_set(event, atom("level"), level);
  map_set(event, atom("msg"), msg);
  map_set(event, atom("meta"), Value::object(m));
  Map* config = new_map(2);
  map_set(config, atom("legacy_header"), Value::boolean(true));
  map_set(config, atom("single_line"), Value::boolean(false));
  return cons(Value::object(event), cons(Value::object(config), Value::nil()));
}

bool is_report(Value r) { return is_map(r) || (is_cons(r) && is_tuple(head(r))); }

// logger:do_log_allowed/5's message forms.
Value logger_message(Value string_or_report) {
  if (is_report(string_or_report)) return tuple({atom("report"), string_or_report});
  return tuple({atom("string"), string_or_report});
}
Value logger_format_message(Value format, Value args) {
  if (is_atom(format)) {  // logger's deatomize: atom_to_list
    std::string_view text = atom_text(format);
    std::vector<Value> chars;
    for (size_t i = 0; i < text.size();) {
      uint32_t cp;
      if (!next_utf8(text, &i, &cp)) break;
      chars.push_back(Value::small_int(cp));
    }
    format = Value::nil();
    for (size_t i = chars.size(); i-- > 0;) format = cons(chars[i], format);
  }
  return tuple({format, args});
}

// beam.logger_event3(Location, Level, StringOrReport)
Value logger_event3(VM&, const Value* a, uint32_t) {
  return logger_event(a[0], a[1], logger_message(a[2]), Value::object(new_map()));
}
// beam.logger_event4(Location, Level, StringOrReport, Meta | Format, Args)
Value logger_event4(VM&, const Value* a, uint32_t) {
  if (is_map(a[3]) && !is_fun(a[2])) return logger_event(a[0], a[1], logger_message(a[2]), a[3]);
  return logger_event(a[0], a[1], logger_format_message(a[2], a[3]), Value::object(new_map()));
}
// beam.logger_event5(Location, Level, Format, Args, Meta)
Value logger_event5(VM&, const Value* a, uint32_t) {
  return logger_event(a[0], a[1], logger_format_message(a[2], a[3]), a[4]);
}
// Lazy messages, logger:log_allowed/4 and log_fun_allowed: a fun of one argument in the
// place of a format is called with the arguments, and what it returns is the message
// ({Format, Args}, a report or a string, each optionally with metadata: {Msg, Meta}), or
// `ignore`. (The runtime tests for the fun with beam.is_function2.)
Value erlang_chars(std::string_view text) {
  Value l = Value::nil();
  for (size_t i = text.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(text[i])), l);
  return l;
}

bool is_chardata_message(Value v) { return is_list(v) || is_binary(v); }

// beam.logger_event_lazy(Location, Level, Fun, FunArgs, Result, Meta)
Value logger_event_lazy(VM&, const Value* a, uint32_t) {
  Value loc = a[0], level = a[1], result = a[4], meta = a[5];
  if (is_tuple(result) && result.as<Tuple>()->size() == 2 && is_map(result.as<Tuple>()->items[1])) {
    Map* merged = map_copy(meta.as<Map>());
    for (const MapEntry* e : entries_in_key_order(result.as<Tuple>()->items[1].as<Map>()))
      merged = map_put(merged, e->key, e->value);
    meta = Value::object(merged);
    result = result.as<Tuple>()->items[0];
  }
  if (result == atom("ignore")) return Value::nil();
  if (is_tuple(result) && result.as<Tuple>()->size() == 2 && is_list(result.as<Tuple>()->items[1]) &&
      (is_chardata_message(result.as<Tuple>()->items[0]) || is_atom(result.as<Tuple>()->items[0])))
    return logger_event(loc, level, logger_format_message(result.as<Tuple>()->items[0], result.as<Tuple>()->items[1]), meta);
  if (is_report(result) || is_chardata_message(result)) return logger_event(loc, level, logger_message(result), meta);
  Value args = cons(tuple({a[2], a[3]}), cons(result, Value::nil()));
  return logger_event(loc, level, tuple({erlang_chars("LAZY_FUN ERROR: ~tp; Returned: ~tp"), args}), meta);
}

// beam.logger_event_lazy_crash(Location, Level, Fun, FunArgs, Thrown, Meta)
Value logger_event_lazy_crash(VM& vm, const Value* a, uint32_t) {
  Value thrown = a[4];
  if (is_uncatchable(thrown)) return vm.raise(thrown);
  Value cls = atoms.error, reason = atoms.badarg;
  if (is_exception(thrown)) {
    cls = as_exception(thrown)->klass;
    reason = as_exception(thrown)->reason;
  }
  Value args = cons(tuple({a[2], a[3]}), cons(tuple({cls, reason}), Value::nil()));
  return logger_event(a[0], a[1], tuple({erlang_chars("LAZY_FUN CRASH: ~tp; Reason: ~tp"), args}), a[5]);
}

// beam.logger_no_location(): the location of logger:log/2,3,4 and logger:error/1,... (#{}).
Value logger_no_location(VM&, const Value*, uint32_t) { return Value::object(new_map()); }
// -on_load (docs/beam.md, "Running a program"): beam.take_on_load(Module) gives the
// function to run, or false when it has run or is running; beam.finish_on_load(Module,
// Result) records the result and gives nil, or, when it is not ok, the arguments of
// logger_formatter:format/2 for the warning erl's code server logs through error_logger.
Value take_on_load(VM&, const Value* a, uint32_t) {
  Value fn = code_server().take_on_load(a[0]);
  return fn.is_empty() ? Value::boolean(false) : fn;
}
Value finish_on_load(VM& vm, const Value* a, uint32_t) {
  if (code_server().finish_on_load(vm, a[0], a[1])) return Value::nil();
  // An on_load function that raised: the runtime passes what `catch` gives,
  // {'EXIT', Reason} for an error or exit; erl logs the exit reason of the process that
  // ran it.
  Value result = a[1];
  if (is_tuple(result) && result.as<Tuple>()->size() == 2 && result.as<Tuple>()->items[0] == atom("EXIT"))
    result = result.as<Tuple>()->items[1];
  std::string_view text = "The on_load function for module ~s returned:~n~P\n";
  Value format = Value::nil();
  for (size_t i = text.size(); i-- > 0;) format = cons(Value::small_int(static_cast<unsigned char>(text[i])), format);
  Value args = cons(a[0], cons(result, cons(Value::small_int(10), Value::nil())));
  return logger_event(Value::object(new_map()), atom("warning"), tuple({format, args}), Value::object(new_map()));
}
// erlang:load_nif(Path, LoadInfo): this VM cannot run NIFs. A library that cannot be
// opened fails as in erts, with the dynamic loader's message; one that can is refused.
Value e_load_nif(VM& vm, const Value* a, uint32_t) {
  std::string path;
  if (!string_arg(a[0], &path)) return raise_bif_error(vm, atoms.badarg, "erlang", "load_nif", {a[0], a[1]});
  path += ".so";
  std::string why;
  if (void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
    dlclose(lib);
    why = "Failed to load NIF library: '" + path + "': NIF libraries cannot be loaded by this VM";
  } else {
    const char* err = dlerror();
    why = "Failed to load NIF library: '" + std::string(err ? err : path) + "'";
  }
  return tuple({atom("error"), tuple({atom("load_failed"), string_term(why)})});
}

// beam.undef_list(Module, Function, Args): raises undef for Module:Function(Args...).
Value undef_list(VM& vm, const Value* a, uint32_t) {
  return raise_bif_error(vm, atoms.undef, tuple({a[0], a[1], a[2], Value::nil()}));
}
// beam.on_load_runner(): the runtime's on_load_run, which the gates call.
Value on_load_runner(VM&, const Value*, uint32_t) { return Value::object(runtime_functions().on_load_run->self); }
// beam.list(X...): [X...].
Value list_of_args(VM&, const Value* a, uint32_t n) {
  Value l = Value::nil();
  for (uint32_t i = n; i-- > 0;) l = cons(a[i], l);
  return l;
}

// beam.list1(X): [X], the argument list of io:put_chars/1.
Value list1(VM&, const Value* a, uint32_t) { return cons(a[0], Value::nil()); }

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
    {"beam.logger_event3", logger_event3, 3},
    {"beam.logger_event4", logger_event4, 4},
    {"beam.logger_event5", logger_event5, 5},
    {"beam.logger_no_location", logger_no_location, 0},
    {"beam.list1", list1, 1},
    {"beam.logger_event_lazy", logger_event_lazy, 6},
    {"beam.logger_event_lazy_crash", logger_event_lazy_crash, 6},
    {"beam.list", list_of_args, -1},
    {"beam.take_on_load", take_on_load, 1},
    {"beam.finish_on_load", finish_on_load, 2},
    {"beam.on_load_runner", on_load_runner, 0},
    {"beam.undef_list", undef_list, 3},
    {"erlang:load_nif/2", e_load_nif, 2},
};

}  // namespace

void init_kernel_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

}  // namespace sy::beam
