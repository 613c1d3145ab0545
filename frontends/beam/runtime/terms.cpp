#include "frontends/beam/runtime/terms.h"

#include <cstring>
#include <unordered_map>

namespace sy::beam {

namespace {

uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

// -- Key operations (core Map keys with =:= semantics) --

bool binary_eq(Value a, Value b) {
  auto *x = a.as<Binary>(), *y = b.as<Binary>();
  if (x->bit_size != y->bit_size) return false;
  uint64_t whole = x->bit_size >> 3;
  if (x->aligned() && y->aligned()) {
    if (std::memcmp(x->data(), y->data(), whole) != 0) return false;
  } else {
    for (uint64_t i = 0; i < whole; ++i)
      if (byte_at(x, i) != byte_at(y, i)) return false;
  }
  unsigned rest = x->bit_size & 7;
  if (rest == 0) return true;
  uint8_t mask = static_cast<uint8_t>(0xFF << (8 - rest));
  return (byte_at(x, whole) & mask) == (byte_at(y, whole) & mask);
}

uint64_t binary_hash(Value v) {
  auto* b = v.as<Binary>();
  uint64_t h = 1469598103934665603ull ^ b->bit_size;
  uint64_t whole = b->bit_size >> 3;
  for (uint64_t i = 0; i < whole; ++i) h = (h ^ byte_at(b, i)) * 1099511628211ull;
  if (unsigned rest = b->bit_size & 7)
    h = (h ^ (byte_at(b, whole) & static_cast<uint8_t>(0xFF << (8 - rest)))) * 1099511628211ull;
  return mix(h);
}

bool export_eq(Value a, Value b) {
  auto *x = a.as<ExportFun>(), *y = b.as<ExportFun>();
  return x->module == y->module && x->function == y->function && x->arity() == y->arity();
}
uint64_t export_hash(Value v) {
  auto* f = v.as<ExportFun>();
  return mix(f->module.bits() ^ mix(f->function.bits() + f->arity()));
}

bool pid_eq(Value a, Value b) {
  return a.as<Pid>()->number == b.as<Pid>()->number && a.as<Pid>()->serial == b.as<Pid>()->serial;
}
uint64_t pid_hash(Value v) { return mix((uint64_t{v.as<Pid>()->serial} << 32) | v.as<Pid>()->number); }

bool ref_eq(Value a, Value b) { return std::memcmp(a.as<Ref>()->words, b.as<Ref>()->words, 12) == 0; }
uint64_t ref_hash(Value v) {
  const uint32_t* w = v.as<Ref>()->words;
  return mix((uint64_t{w[1]} << 32 | w[0]) ^ mix(w[2]));
}

bool port_eq(Value a, Value b) { return a.as<Port>()->number == b.as<Port>()->number; }
uint64_t port_hash(Value v) { return mix(v.as<Port>()->number ^ 0x9e3779b97f4a7c15ull); }

std::unordered_map<const Function*, FunInfo>& fun_infos() {
  static std::unordered_map<const Function*, FunInfo> infos;  // atoms only: nothing to trace
  return infos;
}

ByteStore* empty_store() {
  static ByteStore* store = static_cast<ByteStore*>(heap::alloc_root(sizeof(ByteStore) + 8));
  return store;
}

template <class T>
T* alloc_term(ClassId c, size_t bytes = sizeof(T)) {
  auto* t = static_cast<T*>(heap::alloc(bytes));
  t->h.cls = c;
  return t;
}

}  // namespace

void init_terms() {
  if (classes.binary != 0) return;
  heap::init();
  classes.cons = cls::Pair;
  classes.binary = register_class("bitstring", false);
  classes.export_fun = register_class("export_fun", false);
  classes.pid = register_class("pid", false);
  classes.ref = register_class("reference", false);
  classes.port = register_class("port", false);
  classes.match_state = register_class("match_state", false);
  register_key_ops(classes.binary, binary_eq, binary_hash);
  register_key_ops(classes.export_fun, export_eq, export_hash);
  register_key_ops(classes.pid, pid_eq, pid_hash);
  register_key_ops(classes.ref, ref_eq, ref_hash);
  register_key_ops(classes.port, port_eq, port_hash);

  CommonAtoms& a = atoms;
  a.ok = atom("ok");
  a.error = atom("error");
  a.exit = atom("exit");
  a.throw_ = atom("throw");
  a.undefined = atom("undefined");
  a.badarg = atom("badarg");
  a.badarith = atom("badarith");
  a.badmatch = atom("badmatch");
  a.badkey = atom("badkey");
  a.badmap = atom("badmap");
  a.badfun = atom("badfun");
  a.badarity = atom("badarity");
  a.function_clause = atom("function_clause");
  a.case_clause = atom("case_clause");
  a.if_clause = atom("if_clause");
  a.try_clause = atom("try_clause");
  a.undef = atom("undef");
  a.system_limit = atom("system_limit");
  a.noproc = atom("noproc");
  a.normal = atom("normal");
  a.infinity = atom("infinity");
  a.nonode_nohost = atom("nonode@nohost");
  a.erlang = atom("erlang");
  a.lists = atom("lists");
  a.maps = atom("maps");
}

// -- Bitstrings --

ByteStore* new_byte_store(uint64_t capacity) {
  if (capacity == 0) return empty_store();
  auto* s = static_cast<ByteStore*>(heap::alloc_leaf(sizeof(ByteStore) + capacity));
  s->capacity = capacity;
  s->used_bits = 0;
  return s;
}

Value make_bitstring(ByteStore* store, uint64_t bit_offset, uint64_t bit_size) {
  auto* b = alloc_term<Binary>(classes.binary);
  b->bit_size = bit_size;
  b->bit_offset = bit_offset;
  b->store = store;
  return Value::object(b);
}

Value make_binary(const uint8_t* bytes, uint64_t size) {
  ByteStore* s = new_byte_store(size);
  if (size) {
    std::memcpy(s->bytes, bytes, size);
    s->used_bits = size * 8;
  }
  return make_bitstring(s, 0, size * 8);
}

Value sub_binary(const Binary* bin, uint64_t offset, uint64_t bit_size) {
  return make_bitstring(bin->store, bin->bit_offset + offset, bit_size);
}

std::string_view binary_bytes(const Binary* bin) {
  return {reinterpret_cast<const char*>(bin->data()), bin->bit_size >> 3};
}

uint8_t byte_at(const Binary* b, uint64_t i) {
  uint64_t bit = b->bit_offset + i * 8;
  const uint8_t* p = b->store->bytes + (bit >> 3);
  unsigned shift = bit & 7;
  if (shift == 0) return p[0];
  uint8_t hi = static_cast<uint8_t>(p[0] << shift);
  // The next byte exists whenever any of its bits belong to the bitstring.
  uint64_t end = b->bit_offset + b->bit_size;
  uint8_t lo = ((bit >> 3) + 1) * 8 < end ? static_cast<uint8_t>(p[1] >> (8 - shift)) : 0;
  return hi | lo;
}

std::string_view whole_bytes(const Binary* bin, std::string& out) {
  if (bin->aligned()) return binary_bytes(bin);
  uint64_t n = bin->bit_size >> 3;
  out.resize(n);
  for (uint64_t i = 0; i < n; ++i) out[i] = static_cast<char>(byte_at(bin, i));
  return out;
}

// -- Funs --

void register_fun_info(const sy::Function* fn, const FunInfo& info) { fun_infos()[fn] = info; }

const FunInfo* fun_info(const sy::Function* fn) {
  auto& infos = fun_infos();
  auto it = infos.find(fn);
  return it == infos.end() ? nullptr : &it->second;
}

Value make_export_fun(Value module, Value function, uint32_t arity) {
  auto* f = alloc_term<ExportFun>(classes.export_fun);
  f->h.aux = arity;
  f->module = module;
  f->function = function;
  return Value::object(f);
}

// -- Pids, references, ports, match states --

Value make_pid(uint32_t number, uint32_t serial, Value process) {
  auto* p = alloc_term<Pid>(classes.pid);
  p->number = number;
  p->serial = serial;
  p->process = process;
  return Value::object(p);
}

Value make_ref(uint32_t w0, uint32_t w1, uint32_t w2) {
  auto* r = alloc_term<Ref>(classes.ref);
  r->words[0] = w0;
  r->words[1] = w1;
  r->words[2] = w2;
  return Value::object(r);
}

Value make_port(uint64_t number) {
  auto* p = alloc_term<Port>(classes.port);
  p->number = number;
  return Value::object(p);
}

Value make_match_state(Binary* bin, uint64_t pos) {
  auto* m = alloc_term<MatchState>(classes.match_state);
  m->bin = bin;
  m->pos = pos;
  return Value::object(m);
}

}  // namespace sy::beam
