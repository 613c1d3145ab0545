// Output: io:format/1,2,3, io:fwrite, io:put_chars/1,2, io:nl/0,1, io:write/1,2. In erl
// these send requests to the group leader's I/O server, which writes to standard output;
// here they write directly, with the bytes erl's non-interactive standard output writes
// (io_lib.h). The device `standard_error` writes to standard error.
#include "frontends/beam/process/io_natives.h"

#include <cstdio>
#include <string>

#include "core/vm.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/runtime/unicode.h"
#include "frontends/beam/translate/exceptions.h"

namespace sy::beam {

namespace {

// The stream of a device argument, or null when it is not one.
std::FILE* device(Value d) {
  if (d == atom("standard_error")) return stderr;
  if (d == atom("standard_io") || d == atom("user") || is_pid(d)) return stdout;
  return nullptr;
}

// Standard output's encoding: latin1 as under `erl -noshell`, until the program sets
// {encoding, unicode} with io:setopts (then UTF-8). Standard error stays as it is.
bool g_unicode_stdout = false;

std::string utf8_bytes(const Chars& chars) {
  std::string out;
  for (char32_t c : chars) append_utf8(out, static_cast<uint32_t>(c));
  return out;
}

void write_chars(std::FILE* out, const Chars& chars) {
  if (out == stderr) std::fflush(stdout);
  std::string bytes = out == stdout && g_unicode_stdout ? utf8_bytes(chars) : latin1_device_bytes(chars);
  std::fwrite(bytes.data(), 1, bytes.size(), out);
  if (out == stderr) std::fflush(stderr);
}

Value stdlib_error(VM& vm, const char* module, const char* function, std::initializer_list<Value> args, Value cause) {
  Map* info = new_map();
  map_set(info, atom("cause"), cause);
  map_set(info, atom("module"), atom("erl_stdlib_errors"));
  Value loc = cons(tuple({atom("error_info"), Value::object(info)}), Value::nil());
  Value list = Value::nil();
  std::vector<Value> a(args);
  for (size_t i = a.size(); i-- > 0;) list = cons(a[i], list);
  return raise_bif_error(vm, atoms.badarg, tuple({atom(module), atom(function), list, loc}));
}

Value do_format(VM& vm, const char* name, Value dev, Value fmt, Value args, bool with_device) {
  std::FILE* out = device(dev);
  Chars chars;
  if (!out || !format(fmt, args, &chars)) {
    if (with_device) return stdlib_error(vm, "io", name, {dev, fmt, args}, atom("format"));
    return stdlib_error(vm, "io", name, {fmt, args}, atom("format"));
  }
  write_chars(out, chars);
  return atoms.ok;
}

Value io_format1(VM& vm, const Value* a, uint32_t) { return do_format(vm, "format", atom("standard_io"), a[0], Value::nil(), false); }
Value io_format2(VM& vm, const Value* a, uint32_t) { return do_format(vm, "format", atom("standard_io"), a[0], a[1], false); }
Value io_format3(VM& vm, const Value* a, uint32_t) { return do_format(vm, "format", a[0], a[1], a[2], true); }
Value io_fwrite1(VM& vm, const Value* a, uint32_t) { return do_format(vm, "fwrite", atom("standard_io"), a[0], Value::nil(), false); }
Value io_fwrite2(VM& vm, const Value* a, uint32_t) { return do_format(vm, "fwrite", atom("standard_io"), a[0], a[1], false); }
Value io_fwrite3(VM& vm, const Value* a, uint32_t) { return do_format(vm, "fwrite", a[0], a[1], a[2], true); }

// Unicode chardata (code points, UTF-8 binaries, nested lists) as characters.
bool chardata(Value v, Chars* out) {
  std::vector<Value, heap::RootAllocator<Value>> stack{v};
  while (!stack.empty()) {
    Value x = stack.back();
    stack.pop_back();
    if (x.is_nil()) continue;
    if (x.is_int()) {
      int64_t c = x.as_int();
      if (c < 0 || c > 0x10FFFF) return false;
      out->push_back(static_cast<char32_t>(c));
    } else if (is_binary(x)) {
      std::string tmp;
      std::string_view bytes = whole_bytes(x.as<Binary>(), tmp);
      for (size_t i = 0; i < bytes.size();) {
        uint32_t cp;
        if (!next_utf8(bytes, &i, &cp)) return false;
        out->push_back(static_cast<char32_t>(cp));
      }
    } else if (is_cons(x)) {
      stack.push_back(tail(x));
      stack.push_back(head(x));
    } else {
      return false;
    }
  }
  return true;
}

Value put_chars(VM& vm, Value dev, Value data, bool with_device) {
  std::FILE* out = device(dev);
  Chars chars;
  if (!out || !chardata(data, &chars)) {
    if (with_device) return stdlib_error(vm, "io", "put_chars", {dev, data}, atom("put_chars"));
    return stdlib_error(vm, "io", "put_chars", {data}, atom("put_chars"));
  }
  write_chars(out, chars);
  return atoms.ok;
}
Value io_put_chars1(VM& vm, const Value* a, uint32_t) { return put_chars(vm, atom("standard_io"), a[0], false); }
Value io_put_chars2(VM& vm, const Value* a, uint32_t) { return put_chars(vm, a[0], a[1], true); }

Value io_nl0(VM&, const Value*, uint32_t) {
  std::fputc('\n', stdout);
  return atoms.ok;
}
Value io_nl1(VM& vm, const Value* a, uint32_t) {
  std::FILE* out = device(a[0]);
  if (!out) return stdlib_error(vm, "io", "nl", {a[0]}, atom("nl"));
  write_chars(out, U"\n");
  return atoms.ok;
}

Value io_write1(VM&, const Value* a, uint32_t) {
  write_chars(stdout, write_term(a[0]));
  return atoms.ok;
}
Value io_write2(VM& vm, const Value* a, uint32_t) {
  std::FILE* out = device(a[0]);
  if (!out) return stdlib_error(vm, "io", "write", {a[0], a[1]}, atom("write"));
  write_chars(out, write_term(a[1]));
  return atoms.ok;
}

// io:setopts(Opts) / io:setopts(Device, Opts): {encoding, unicode | utf8 | latin1} and
// binary/list modes (which only matter for input) are accepted.
Value setopts(Value dev, Value opts) {
  std::FILE* out = device(dev);
  bool unicode = g_unicode_stdout;
  bool ok = out != nullptr;
  for (Value l = opts; ok && is_cons(l); l = tail(l)) {
    Value o = head(l);
    if (is_tuple(o) && o.as<Tuple>()->size() == 2 && o.as<Tuple>()->items[0] == atom("encoding")) {
      Value e = o.as<Tuple>()->items[1];
      if (e == atom("unicode") || e == atom("utf8")) unicode = true;
      else if (e == atom("latin1")) unicode = false;
      else ok = false;
    } else if (!(o == atom("binary") || o == atom("list") ||
                 (is_tuple(o) && o.as<Tuple>()->size() == 2 && o.as<Tuple>()->items[0] == atom("binary")))) {
      ok = false;
    }
  }
  if (!ok || !is_list(opts)) return tuple({atoms.error, atom("enotsup")});
  if (out == stdout) g_unicode_stdout = unicode;
  return atoms.ok;
}
Value io_setopts1(VM&, const Value* a, uint32_t) { return setopts(atom("standard_io"), a[0]); }
Value io_setopts2(VM&, const Value* a, uint32_t) { return setopts(a[0], a[1]); }
Value io_getopts0(VM&, const Value*, uint32_t) {
  return cons(tuple({atom("encoding"), atom(g_unicode_stdout ? "unicode" : "latin1")}), Value::nil());
}

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
    {"io:format/1", io_format1, 1},     {"io:format/2", io_format2, 2},     {"io:format/3", io_format3, 3},
    {"io:fwrite/1", io_fwrite1, 1},     {"io:fwrite/2", io_fwrite2, 2},     {"io:fwrite/3", io_fwrite3, 3},
    {"io:put_chars/1", io_put_chars1, 1}, {"io:put_chars/2", io_put_chars2, 2}, {"io:nl/0", io_nl0, 0},
    {"io:nl/1", io_nl1, 1},             {"io:write/1", io_write1, 1},       {"io:write/2", io_write2, 2},
    {"io:setopts/1", io_setopts1, 1},   {"io:setopts/2", io_setopts2, 2},   {"io:getopts/0", io_getopts0, 0},
};

}  // namespace

void init_io_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

}  // namespace sy::beam
