// Type tests, tuples, lists (with the lists natives), binaries, the external term format,
// hashing, funs, and the node/time/uniqueness BIFs that need no process.
#include <chrono>
#include <cstring>
#include <ctime>

#include "core/bigint.h"
#include "core/ir/module.h"
#include "frontends/beam/runtime/bif_impl.h"
#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/hash.h"
#include "frontends/beam/runtime/io_lib.h"

namespace sy::beam::bif {

namespace {

Value boolean_of(bool b) { return Value::boolean(b); }

// A tuple index argument: 1..size, else false.
bool tuple_index(Value n, uint32_t size, uint32_t* index) {
  if (!n.is_int() || n.as_int() < 1 || n.as_int() > size) return false;
  *index = static_cast<uint32_t>(n.as_int() - 1);
  return true;
}

Tuple* copy_tuple(const Tuple* t, uint32_t size) {
  Tuple* c = new_tuple(size);
  std::memcpy(c->items, t->items, std::min(size, t->size()) * sizeof(Value));
  return c;
}


}  // namespace

// -- Type tests --

Value erlang_is_atom_1(BifContext&, const Value* a) { return boolean_of(is_atom(a[0])); }
Value erlang_is_binary_1(BifContext&, const Value* a) { return boolean_of(is_binary(a[0])); }
Value erlang_is_bitstring_1(BifContext&, const Value* a) { return boolean_of(is_bitstring(a[0])); }
Value erlang_is_boolean_1(BifContext&, const Value* a) { return boolean_of(a[0].is_bool()); }
Value erlang_is_float_1(BifContext&, const Value* a) { return boolean_of(a[0].is_double()); }
Value erlang_is_function_1(BifContext&, const Value* a) { return boolean_of(is_fun(a[0])); }
Value erlang_is_function_2(BifContext& cx, const Value* a) {
  if (!a[1].is_int() || a[1].as_int() < 0) return cx.badarg();
  if (!is_fun(a[0])) return boolean_of(false);
  int64_t arity = fun_arity(a[0]);
  return boolean_of(arity < 0 || arity == a[1].as_int());
}
Value erlang_is_integer_1(BifContext&, const Value* a) { return boolean_of(is_integer_term(a[0])); }
Value erlang_is_list_1(BifContext&, const Value* a) { return boolean_of(is_list(a[0])); }
Value erlang_is_map_1(BifContext&, const Value* a) { return boolean_of(is_map(a[0])); }
Value erlang_is_number_1(BifContext&, const Value* a) { return boolean_of(is_number(a[0])); }
Value erlang_is_pid_1(BifContext&, const Value* a) { return boolean_of(is_pid(a[0])); }
Value erlang_is_port_1(BifContext&, const Value* a) { return boolean_of(is_port(a[0])); }
Value erlang_is_reference_1(BifContext&, const Value* a) { return boolean_of(is_ref(a[0])); }
Value erlang_is_tuple_1(BifContext&, const Value* a) { return boolean_of(is_tuple(a[0])); }
Value erlang_is_record_2(BifContext& cx, const Value* a) {
  if (!is_atom(a[1])) return cx.badarg();
  return boolean_of(is_tuple(a[0]) && a[0].as<Tuple>()->size() > 0 && a[0].as<Tuple>()->items[0] == a[1]);
}
Value erlang_is_record_3(BifContext& cx, const Value* a) {
  if (!is_atom(a[1]) || !a[2].is_int()) return cx.badarg();
  return boolean_of(is_tuple(a[0]) && a[0].as<Tuple>()->size() == a[2].as_int() && a[2].as_int() > 0 &&
                    a[0].as<Tuple>()->items[0] == a[1]);
}

// -- Tuples --

Value erlang_element_2(BifContext& cx, const Value* a) {
  uint32_t i;
  if (!is_tuple(a[1]) || !tuple_index(a[0], a[1].as<Tuple>()->size(), &i)) return cx.badarg();
  return a[1].as<Tuple>()->items[i];
}
Value erlang_setelement_3(BifContext& cx, const Value* a) {
  uint32_t i;
  if (!is_tuple(a[1]) || !tuple_index(a[0], a[1].as<Tuple>()->size(), &i)) return cx.badarg();
  const Tuple* t = a[1].as<Tuple>();
  Tuple* c = copy_tuple(t, t->size());
  c->items[i] = a[2];
  return Value::object(c);
}
Value erlang_tuple_size_1(BifContext& cx, const Value* a) {
  if (!is_tuple(a[0])) return cx.badarg();
  return Value::small_int(a[0].as<Tuple>()->size());
}
Value erlang_size_1(BifContext& cx, const Value* a) {
  if (is_tuple(a[0])) return Value::small_int(a[0].as<Tuple>()->size());
  if (is_bitstring(a[0])) return make_int(static_cast<int64_t>(a[0].as<Binary>()->bit_size >> 3));
  return cx.badarg();
}
Value erlang_make_tuple_2(BifContext& cx, const Value* a) {
  if (!a[0].is_int() || a[0].as_int() < 0) return cx.badarg();
  if (a[0].as_int() > (1 << 24)) return cx.system_limit();
  Tuple* t = new_tuple(static_cast<uint32_t>(a[0].as_int()));
  for (uint32_t i = 0; i < t->size(); ++i) t->items[i] = a[1];
  return Value::object(t);
}
Value erlang_make_tuple_3(BifContext& cx, const Value* a) {
  Value t = erlang_make_tuple_2(cx, a);
  if (t.is_empty()) return t;
  Tuple* tu = t.as<Tuple>();
  Value l = a[2];
  for (; is_cons(l); l = tail(l)) {
    Value p = head(l);
    uint32_t i;
    if (!is_tuple(p) || p.as<Tuple>()->size() != 2 || !tuple_index(p.as<Tuple>()->items[0], tu->size(), &i))
      return cx.badarg();
    tu->items[i] = p.as<Tuple>()->items[1];
  }
  if (!l.is_nil()) return cx.badarg();
  return t;
}
Value erlang_append_element_2(BifContext& cx, const Value* a) {
  if (!is_tuple(a[0])) return cx.badarg();
  const Tuple* t = a[0].as<Tuple>();
  Tuple* c = copy_tuple(t, t->size() + 1);
  c->items[t->size()] = a[1];
  return Value::object(c);
}
Value erlang_delete_element_2(BifContext& cx, const Value* a) {
  uint32_t i;
  if (!is_tuple(a[1]) || !tuple_index(a[0], a[1].as<Tuple>()->size(), &i)) return cx.badarg();
  const Tuple* t = a[1].as<Tuple>();
  Tuple* c = new_tuple(t->size() - 1);
  for (uint32_t k = 0, j = 0; k < t->size(); ++k)
    if (k != i) c->items[j++] = t->items[k];
  return Value::object(c);
}
Value erlang_insert_element_3(BifContext& cx, const Value* a) {
  uint32_t i;
  if (!is_tuple(a[1]) || !tuple_index(a[0], a[1].as<Tuple>()->size() + 1, &i)) return cx.badarg();
  const Tuple* t = a[1].as<Tuple>();
  Tuple* c = new_tuple(t->size() + 1);
  for (uint32_t k = 0, j = 0; k < c->size(); ++k) c->items[k] = k == i ? a[2] : t->items[j++];
  return Value::object(c);
}
Value erlang_tuple_to_list_1(BifContext& cx, const Value* a) {
  if (!is_tuple(a[0])) return cx.badarg();
  const Tuple* t = a[0].as<Tuple>();
  return make_list(t->items, t->size());
}
Value erlang_list_to_tuple_1(BifContext& cx, const Value* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return cx.badarg();
  Tuple* t = new_tuple(static_cast<uint32_t>(n));
  Value l = a[0];
  for (uint32_t i = 0; i < t->size(); ++i, l = tail(l)) t->items[i] = head(l);
  return Value::object(t);
}

// -- Lists --

Value erlang_hd_1(BifContext& cx, const Value* a) { return is_cons(a[0]) ? head(a[0]) : cx.badarg(); }
Value erlang_tl_1(BifContext& cx, const Value* a) { return is_cons(a[0]) ? tail(a[0]) : cx.badarg(); }
Value erlang_length_1(BifContext& cx, const Value* a) {
  int64_t n = list_length(a[0]);
  return n < 0 ? cx.badarg() : make_int(n);
}

// A ++ B: a copy of A ending in B.
Value erlang_append_2(BifContext& cx, const Value* a) {
  if (list_length(a[0]) < 0) return cx.badarg();
  if (a[0].is_nil()) return a[1];
  Value first = cons(head(a[0]), Value::nil()), last = first;
  for (Value l = tail(a[0]); is_cons(l); l = tail(l)) {
    Value cell = cons(head(l), Value::nil());
    last.as_pair()->tail = cell;
    last = cell;
  }
  last.as_pair()->tail = a[1];
  return first;
}

// A -- B: A without the first occurrence (=:=) of each element of B.
Value erlang_subtract_2(BifContext& cx, const Value* a) {
  int64_t na = list_length(a[0]), nb = list_length(a[1]);
  if (na < 0 || nb < 0) return cx.badarg();
  if (na == 0 || nb == 0) return a[0];
  Map* remove = new_map(static_cast<uint64_t>(nb));  // element -> how many to remove
  for (Value l = a[1]; is_cons(l); l = tail(l)) {
    Value n = map_get(remove, head(l));
    map_set(remove, head(l), Value::small_int(n.is_empty() ? 1 : n.as_int() + 1));
  }
  heap::RootedVector<Value> kept;
  for (Value l = a[0]; is_cons(l); l = tail(l)) {
    Value n = map_get(remove, head(l));
    if (!n.is_empty() && n.as_int() > 0) {
      map_set(remove, head(l), Value::small_int(n.as_int() - 1));
      continue;
    }
    kept.push_back(head(l));
  }
  return make_list(kept.data(), kept.size());
}

Value lists_reverse_2(BifContext& cx, const Value* a) {
  if (list_length(a[0]) < 0) return cx.badarg();
  Value r = a[1];
  for (Value l = a[0]; is_cons(l); l = tail(l)) r = cons(head(l), r);
  return r;
}
namespace {
// The first tuple of the list whose Nth element == key, or false; empty on a bad list.
Value keyfind(BifContext& cx, Value key, Value pos, Value list) {
  if (!pos.is_int() || pos.as_int() < 1) return cx.badarg();
  auto n = static_cast<uint64_t>(pos.as_int() - 1);
  Value l = list;
  for (; is_cons(l); l = tail(l)) {
    Value t = head(l);
    if (is_tuple(t) && n < t.as<Tuple>()->size() && compare(t.as<Tuple>()->items[n], key) == 0) return t;
  }
  if (!l.is_nil()) return cx.badarg();
  return Value::boolean(false);
}
}  // namespace

Value lists_keyfind_3(BifContext& cx, const Value* a) { return keyfind(cx, a[0], a[1], a[2]); }
Value lists_keymember_3(BifContext& cx, const Value* a) {
  Value r = keyfind(cx, a[0], a[1], a[2]);
  return r.is_empty() ? r : boolean_of(!r.is_false());
}
Value lists_keysearch_3(BifContext& cx, const Value* a) {
  Value r = keyfind(cx, a[0], a[1], a[2]);
  if (r.is_empty() || r.is_false()) return r;
  return tuple({atom("value"), r});
}
Value lists_member_2(BifContext& cx, const Value* a) {
  Value l = a[1];
  for (; is_cons(l); l = tail(l))
    if (exact_equal_fast(head(l), a[0])) return boolean_of(true);
  if (!l.is_nil()) return cx.badarg();
  return boolean_of(false);
}

// -- Binaries --

Value erlang_byte_size_1(BifContext& cx, const Value* a) {
  if (!is_bitstring(a[0])) return cx.badarg();
  return make_int(static_cast<int64_t>(a[0].as<Binary>()->byte_size()));
}
Value erlang_bit_size_1(BifContext& cx, const Value* a) {
  if (!is_bitstring(a[0])) return cx.badarg();
  return make_int(static_cast<int64_t>(a[0].as<Binary>()->bit_size));
}

namespace {
// binary_part(Bin, Start, Length): a negative length counts back from Start.
Value binary_part(BifContext& cx, Value bin, Value start, Value length) {
  if (!is_binary(bin) || !start.is_int() || !length.is_int()) return cx.badarg();
  const Binary* b = bin.as<Binary>();
  int64_t size = static_cast<int64_t>(b->bit_size >> 3), s = start.as_int(), l = length.as_int();
  if (l < 0) {
    s += l;
    l = -l;
  }
  if (s < 0 || s > size || l > size - s) return cx.badarg();
  return sub_binary(b, static_cast<uint64_t>(s) * 8, static_cast<uint64_t>(l) * 8);
}
}  // namespace

Value erlang_binary_part_3(BifContext& cx, const Value* a) { return binary_part(cx, a[0], a[1], a[2]); }
Value erlang_binary_part_2(BifContext& cx, const Value* a) {
  if (!is_tuple(a[1]) || a[1].as<Tuple>()->size() != 2) return cx.badarg();
  return binary_part(cx, a[0], a[1].as<Tuple>()->items[0], a[1].as<Tuple>()->items[1]);
}
Value erlang_split_binary_2(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || !a[1].is_int()) return cx.badarg();
  const Binary* b = a[0].as<Binary>();
  int64_t size = static_cast<int64_t>(b->bit_size >> 3), n = a[1].as_int();
  if (n < 0 || n > size) return cx.badarg();
  return tuple({sub_binary(b, 0, static_cast<uint64_t>(n) * 8),
                sub_binary(b, static_cast<uint64_t>(n) * 8, static_cast<uint64_t>(size - n) * 8)});
}

// -- External term format --

Value erlang_term_to_binary_1(BifContext& cx, const Value* a) {
  std::string bytes;
  if (!encode_term(a[0], &bytes)) return cx.badarg();
  return make_binary(bytes);
}
Value erlang_term_to_binary_2(BifContext& cx, const Value* a) {
  EncodeOptions o;
  Value l = a[1];
  for (; is_cons(l); l = tail(l)) {
    Value opt = head(l);
    if (opt == atom("compressed")) {
      o.compression = 6;
    } else if (opt == atom("deterministic") || opt == atom("local")) {
      // Encodings here are already deterministic and node-local.
    } else if (is_tuple(opt) && opt.as<Tuple>()->size() == 2) {
      Value k = opt.as<Tuple>()->items[0], v = opt.as<Tuple>()->items[1];
      if (k == atom("compressed") && v.is_int() && v.as_int() >= 0 && v.as_int() <= 9) o.compression = static_cast<int>(v.as_int());
      else if (k == atom("minor_version") && v.is_int() && v.as_int() >= 0 && v.as_int() <= 2) o.minor_version = static_cast<int>(v.as_int());
      else return cx.badarg();
    } else {
      return cx.badarg();
    }
  }
  if (!l.is_nil()) return cx.badarg();
  std::string bytes;
  if (!encode_term(a[0], &bytes, nullptr, o)) return cx.badarg();
  return make_binary(bytes);
}
Value erlang_binary_to_term_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0])) return cx.badarg();
  std::string tmp;
  Value out;
  if (!decode_term(whole_bytes(a[0].as<Binary>(), tmp), &out, nullptr)) return cx.badarg();
  return out;
}
Value erlang_binary_to_term_2(BifContext& cx, const Value* a) {
  if (!is_binary(a[0])) return cx.badarg();
  bool used = false;
  Value l = a[1];
  for (; is_cons(l); l = tail(l)) {
    if (head(l) == atom("used")) used = true;
    else if (head(l) != atom("safe")) return cx.badarg();
  }
  if (!l.is_nil()) return cx.badarg();
  std::string tmp;
  Value out;
  size_t n = 0;
  if (!decode_term(whole_bytes(a[0].as<Binary>(), tmp), &out, nullptr, &n)) return cx.badarg();
  return used ? tuple({out, make_int(static_cast<int64_t>(n))}) : out;
}

// -- Hashing --

Value erlang_phash2_1(BifContext&, const Value* a) { return make_int(phash2_full(a[0]) & ((1u << 27) - 1)); }
Value erlang_phash2_2(BifContext& cx, const Value* a) {
  int64_t range;
  if (!is_integer_term(a[1]) || !integer_to_int64(a[1], &range) || range < 1 || range > (int64_t{1} << 32))
    return cx.badarg();
  uint32_t h = phash2_full(a[0]);
  return make_int(range == (int64_t{1} << 32) ? h : static_cast<int64_t>(h % static_cast<uint64_t>(range)));
}

// -- Node, references, unique integers, time --

Value erlang_node_0(BifContext&, const Value*) { return atoms.nonode_nohost; }
Value erlang_node_1(BifContext& cx, const Value* a) {
  if (is_pid(a[0]) || is_ref(a[0]) || is_port(a[0])) return atoms.nonode_nohost;
  return cx.badarg();
}

namespace {
uint64_t next_unique() {
  static uint64_t counter = 0;
  return ++counter;
}
}  // namespace

Value erlang_make_ref_0(BifContext&, const Value*) {
  // Three words as erts shows them; the low word counts, the others are a fixed start.
  static uint64_t refs = 0;
  uint64_t n = ++refs;
  return make_ref(static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32) + 1544028162u, 2859848973u);
}
Value erlang_unique_integer_0(BifContext&, const Value*) {
  return make_int(static_cast<int64_t>(next_unique()) - 576460752303423489LL);
}
Value erlang_unique_integer_1(BifContext& cx, const Value* a) {
  bool positive = false;
  Value l = a[0];
  for (; is_cons(l); l = tail(l)) {
    if (head(l) == atom("positive")) positive = true;
    else if (head(l) != atom("monotonic")) return cx.badarg();
  }
  if (!l.is_nil()) return cx.badarg();
  auto n = static_cast<int64_t>(next_unique());
  return make_int(positive ? n : n - 576460752303423489LL);
}

namespace {
// Native time unit: nanoseconds (erl's on Linux).
int64_t units_per_second(BifContext& cx, Value unit, bool* ok) {
  *ok = true;
  if (unit.is_int() && unit.as_int() > 0) return unit.as_int();
  if (unit == atom("second") || unit == atom("seconds")) return 1;
  if (unit == atom("millisecond") || unit == atom("milli_seconds")) return 1000;
  if (unit == atom("microsecond") || unit == atom("micro_seconds")) return 1000000;
  if (unit == atom("nanosecond") || unit == atom("nano_seconds") || unit == atom("native") ||
      unit == atom("perf_counter"))
    return 1000000000;
  *ok = false;
  return 1;
}
Value in_unit(BifContext& cx, int64_t ns, Value unit) {
  bool ok;
  int64_t per = units_per_second(cx, unit, &ok);
  if (!ok) return cx.badarg();
  // floor(ns * per / 1e9), without overflow for the units erl names.
  __int128 v = static_cast<__int128>(ns) * per;
  __int128 q = v / 1000000000;
  if (v % 1000000000 != 0 && v < 0) --q;
  return make_int(static_cast<int64_t>(q));
}
int64_t monotonic_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
int64_t system_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
Value timestamp_tuple() {
  int64_t us = system_ns() / 1000;
  return tuple({make_int(us / 1000000000000), make_int((us / 1000000) % 1000000), make_int(us % 1000000)});
}
}  // namespace

Value erlang_monotonic_time_0(BifContext&, const Value*) { return make_int(monotonic_ns()); }
Value erlang_monotonic_time_1(BifContext& cx, const Value* a) { return in_unit(cx, monotonic_ns(), a[0]); }
Value erlang_system_time_0(BifContext&, const Value*) { return make_int(system_ns()); }
Value erlang_system_time_1(BifContext& cx, const Value* a) { return in_unit(cx, system_ns(), a[0]); }
Value erlang_timestamp_0(BifContext&, const Value*) { return timestamp_tuple(); }
Value os_timestamp_0(BifContext&, const Value*) { return timestamp_tuple(); }
Value os_system_time_0(BifContext&, const Value*) { return make_int(system_ns()); }
Value os_system_time_1(BifContext& cx, const Value* a) { return in_unit(cx, system_ns(), a[0]); }

// -- Calendar time: {{Year, Month, Day}, {Hour, Minute, Second}} in UTC or local time --

namespace {
Value datetime_term(const std::tm& t) {
  return tuple({tuple({make_int(t.tm_year + 1900), make_int(t.tm_mon + 1), make_int(t.tm_mday)}),
                tuple({make_int(t.tm_hour), make_int(t.tm_min), make_int(t.tm_sec)})});
}
bool small_field(Value v, int64_t lo, int64_t hi, int* out) {
  if (!v.is_int() || v.as_int() < lo || v.as_int() > hi) return false;
  *out = static_cast<int>(v.as_int());
  return true;
}
// A valid {{Y, M, D}, {H, Mi, S}} (as erts checks it: a real date, year 0 or later).
bool datetime_arg(Value v, std::tm* t) {
  auto pair = [](Value x, Value* a, Value* b, Value* c) {
    if (!is_tuple(x) || x.as<Tuple>()->size() != 3) return false;
    *a = x.as<Tuple>()->items[0];
    *b = x.as<Tuple>()->items[1];
    *c = x.as<Tuple>()->items[2];
    return true;
  };
  if (!is_tuple(v) || v.as<Tuple>()->size() != 2) return false;
  Value y, mo, d, h, mi, s;
  if (!pair(v.as<Tuple>()->items[0], &y, &mo, &d) || !pair(v.as<Tuple>()->items[1], &h, &mi, &s)) return false;
  *t = std::tm{};
  int year;
  if (!small_field(y, 0, 1000000, &year) || !small_field(mo, 1, 12, &t->tm_mon) || !small_field(d, 1, 31, &t->tm_mday) ||
      !small_field(h, 0, 23, &t->tm_hour) || !small_field(mi, 0, 59, &t->tm_min) || !small_field(s, 0, 59, &t->tm_sec))
    return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (t->tm_mday > kDays[t->tm_mon - 1] + (t->tm_mon == 2 && leap ? 1 : 0)) return false;
  t->tm_year = year - 1900;
  t->tm_mon -= 1;
  return true;
}
Value utc_of(std::time_t secs) {
  std::tm t{};
  gmtime_r(&secs, &t);
  return datetime_term(t);
}
Value local_of(std::time_t secs) {
  std::tm t{};
  localtime_r(&secs, &t);
  return datetime_term(t);
}
}  // namespace

Value erlang_universaltime_0(BifContext&, const Value*) { return utc_of(std::time(nullptr)); }
Value erlang_localtime_0(BifContext&, const Value*) { return local_of(std::time(nullptr)); }
Value erlang_date_0(BifContext&, const Value*) { return local_of(std::time(nullptr)).as<Tuple>()->items[0]; }
Value erlang_time_0(BifContext&, const Value*) { return local_of(std::time(nullptr)).as<Tuple>()->items[1]; }
Value erlang_posixtime_to_universaltime_1(BifContext& cx, const Value* a) {
  int64_t secs;
  if (!is_integer(a[0]) || !integer_to_int64(a[0], &secs)) return cx.badarg();
  return utc_of(static_cast<std::time_t>(secs));
}
Value erlang_universaltime_to_posixtime_1(BifContext& cx, const Value* a) {
  std::tm t;
  if (!datetime_arg(a[0], &t)) return cx.badarg();
  return make_int(static_cast<int64_t>(timegm(&t)));
}
Value erlang_universaltime_to_localtime_1(BifContext& cx, const Value* a) {
  std::tm t;
  if (!datetime_arg(a[0], &t)) return cx.badarg();
  return local_of(timegm(&t));
}
Value erlang_localtime_to_universaltime_2(BifContext& cx, const Value* a) {
  std::tm t;
  if (!datetime_arg(a[0], &t)) return cx.badarg();
  if (a[1] == atoms.undefined) t.tm_isdst = -1;
  else if (a[1].is_bool()) t.tm_isdst = a[1].is_true() ? 1 : 0;
  else return cx.badarg();
  return utc_of(std::mktime(&t));
}

// -- Funs --

Value erlang_fun_info_2(BifContext& cx, const Value* a) {
  Value f = a[0], item = a[1];
  if (!is_fun(f) || !is_atom(item)) return cx.badarg();
  auto pair = [&](Value v) { return tuple({item, v}); };
  if (is_export_fun(f)) {
    auto* e = f.as<ExportFun>();
    if (item == atom("type")) return pair(atom("external"));
    if (item == atom("module")) return pair(e->module);
    if (item == atom("name")) return pair(e->function);
    if (item == atom("arity")) return pair(make_int(e->arity()));
    if (item == atom("env")) return pair(Value::nil());
    if (item == atom("pid") || item == atom("index") || item == atom("new_index") || item == atom("new_uniq") ||
        item == atom("uniq"))
      return pair(atoms.undefined);
    return cx.badarg();
  }
  if (!is_instance(f, cls::Closure)) return cx.badarg();
  const Closure* c = f.as<Closure>();
  const FunInfo* info = fun_info(c->fn);
  if (item == atom("type")) return pair(atom("local"));
  if (item == atom("arity")) return pair(make_int(fun_arity(f)));
  if (item == atom("env")) return pair(make_list(c->captures, c->h.aux));
  if (item == atom("module")) return pair(info ? info->module : atom(c->fn && c->fn->module ? c->fn->module->name : ""));
  if (item == atom("name")) return pair(info ? info->name : atom(c->fn ? c->fn->name : ""));
  if (item == atom("index") || item == atom("new_index")) return pair(make_int(info ? info->index : 0));
  if (item == atom("uniq")) return pair(make_int(info ? info->old_uniq : 0));
  if (item == atom("new_uniq")) return pair(make_binary(std::string(16, '\0')));
  if (item == atom("pid")) return pair(make_pid(0, 0));
  return cx.badarg();
}
Value erlang_fun_to_list_1(BifContext& cx, const Value* a) {
  if (!is_fun(a[0])) return cx.badarg();
  return to_list_text(fun_to_text(a[0]));
}
Value erlang_pid_to_list_1(BifContext& cx, const Value* a) {
  return is_pid(a[0]) ? to_list_text(pid_to_text(a[0])) : cx.badarg();
}
Value erlang_ref_to_list_1(BifContext& cx, const Value* a) {
  return is_ref(a[0]) ? to_list_text(ref_to_text(a[0])) : cx.badarg();
}
Value erlang_port_to_list_1(BifContext& cx, const Value* a) {
  return is_port(a[0]) ? to_list_text(port_to_text(a[0])) : cx.badarg();
}
Value erlang_make_fun_3(BifContext& cx, const Value* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !a[2].is_int() || a[2].as_int() < 0 || a[2].as_int() > 255)
    return cx.badarg();
  return make_export_fun(a[0], a[1], static_cast<uint32_t>(a[2].as_int()));
}

Value io_printable_range_0(BifContext&, const Value*) { return atom("latin1"); }

}  // namespace sy::beam::bif
