#include "core/object.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"

namespace sy {

// -- Classes --

namespace {
std::vector<std::string>& class_names() {
  static std::vector<std::string> names = {
      "empty", "nil", "bool", "int", "float", "atom", "bigint", "string", "tuple",
      "array", "map", "closure", "object", "shape", "error", "native", "continuation",
      "fiber", "segment", "pair"};
  return names;
}
}  // namespace
static_assert(cls::FirstUserClass == 20, "keep class_names() in step with cls::");

namespace {
// Classes whose instances use the Object layout (shape + slots).
std::vector<bool>& shaped_classes() {
  static std::vector<bool> shaped(cls::FirstUserClass, false);
  static bool init = (shaped[cls::Object] = true);
  (void)init;
  return shaped;
}
}  // namespace

ClassId register_class(std::string_view name, bool shaped) {
  class_names().emplace_back(name);
  shaped_classes().resize(class_names().size(), false);
  shaped_classes().back() = shaped;
  return static_cast<ClassId>(class_names().size() - 1);
}

namespace {
std::vector<uint32_t>& value_slot_counts() {
  static std::vector<uint32_t> counts;
  return counts;
}
}  // namespace

void declare_value_slots(ClassId id, uint32_t count) {
  auto& c = value_slot_counts();
  if (c.size() <= id) c.resize(id + 1, 0);
  c[id] = count;
}
uint32_t value_slots(ClassId id) {
  const auto& c = value_slot_counts();
  return id < c.size() ? c[id] : 0;
}

bool class_is_shaped(ClassId id) { return id < shaped_classes().size() && shaped_classes()[id]; }
std::string_view class_name(ClassId id) {
  return id < class_names().size() ? std::string_view(class_names()[id]) : "?";
}
ClassId class_count() { return static_cast<ClassId>(class_names().size()); }

template <class T>
static T* alloc_object(size_t bytes, ClassId c) {
  auto* o = static_cast<T*>(heap::alloc(bytes));
  o->h.cls = c;
  return o;
}

// -- Strings and atoms --

static String* fill_string(void* mem, std::string_view s) {
  auto* str = static_cast<String*>(mem);
  str->h = {cls::String, 0};
  str->hash = 0;
  str->reserved = 0;
  str->length = s.size();
  std::memcpy(str->chars, s.data(), s.size());
  str->chars[s.size()] = 0;  // for C APIs; not part of the string
  return str;
}

String* new_string(std::string_view s) {
  return fill_string(heap::alloc_leaf(sizeof(String) + s.size() + 1), s);
}

Value make_string(std::string_view s) { return Value::object(new_string(s)); }

uint32_t string_hash(String* s) {
  if (s->hash == 0) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (uint64_t i = 0; i < s->length; ++i) h = (h ^ static_cast<uint8_t>(s->chars[i])) * 1099511628211ull;
    uint32_t folded = static_cast<uint32_t>(h ^ (h >> 32));
    s->hash = folded ? folded : 1;
  }
  return s->hash;
}

namespace {
struct InternTable {
  std::unordered_map<std::string_view, String*> by_content;  // keys view immortal strings
  std::vector<String*> atoms;                                 // atom id -> name
  std::unordered_map<std::string_view, uint32_t> atom_ids;
};
InternTable& interns() {
  static InternTable t;
  return t;
}
}  // namespace

String* intern(std::string_view s) {
  auto& t = interns();
  if (auto it = t.by_content.find(s); it != t.by_content.end()) return it->second;
  String* str = fill_string(heap::alloc_root(sizeof(String) + s.size() + 1), s);  // immortal
  str->h.aux = 1;
  t.by_content.emplace(view(str), str);
  return str;
}

uint32_t atom_id(std::string_view name) {
  auto& t = interns();
  if (auto it = t.atom_ids.find(name); it != t.atom_ids.end()) return it->second;
  String* s = intern(name);
  auto id = static_cast<uint32_t>(t.atoms.size());
  t.atoms.push_back(s);
  t.atom_ids.emplace(view(s), id);
  return id;
}

bool atom_exists(std::string_view name) { return interns().atom_ids.count(name) != 0; }

std::string_view atom_name(uint32_t id) {
  auto& t = interns();
  return id < t.atoms.size() ? view(t.atoms[id]) : std::string_view("?");
}

// -- Tuples and arrays --

Tuple* new_tuple(uint32_t size) {
  auto* t = alloc_object<Tuple>(sizeof(Tuple) + size * sizeof(Value), cls::Tuple);
  t->h.aux = size;
  for (uint32_t i = 0; i < size; ++i) t->items[i] = Value::nil();
  return t;
}

Array* new_array(uint64_t capacity) {
  auto* a = alloc_object<Array>(sizeof(Array), cls::Array);
  a->capacity = capacity;
  a->items = capacity ? static_cast<Value*>(heap::alloc(capacity * sizeof(Value))) : nullptr;
  return a;
}

void array_push(Array* a, Value v) {
  if (a->length == a->capacity) {
    uint64_t cap = a->capacity < 4 ? 4 : a->capacity * 2;
    auto* items = static_cast<Value*>(heap::alloc(cap * sizeof(Value)));
    if (a->length) std::memcpy(items, a->items, a->length * sizeof(Value));
    a->items = items;
    a->capacity = cap;
  }
  a->items[a->length++] = v;
}

// -- Maps --
// A compact, insertion-ordered table (as CPython's dict): entries in insertion order,
// plus an open-addressing index of entry numbers. Deletion leaves a hole (empty key)
// that the next resize squeezes out.

static void map_rebuild(Map* m, uint64_t capacity) {
  auto* entries = static_cast<MapEntry*>(heap::alloc(capacity * sizeof(MapEntry)));
  uint64_t n = 0;
  for (uint64_t i = 0; i < m->used; ++i)
    if (!m->entries[i].key.is_empty()) entries[n++] = m->entries[i];
  uint64_t slots = 8;
  while (slots < capacity * 3 / 2 + 1) slots *= 2;
  auto* index = static_cast<int64_t*>(heap::alloc_leaf(slots * sizeof(int64_t)));
  for (uint64_t i = 0; i < slots; ++i) index[i] = -1;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t j = entries[i].hash & (slots - 1);
    while (index[j] >= 0) j = (j + 1) & (slots - 1);
    index[j] = static_cast<int64_t>(i);
  }
  m->entries = entries;
  m->index = index;
  m->index_mask = slots - 1;
  m->capacity = capacity;
  m->used = n;
  m->count = n;
}

Map* new_map(uint64_t capacity_hint) {
  auto* m = alloc_object<Map>(sizeof(Map), cls::Map);
  map_rebuild(m, capacity_hint < 4 ? 4 : capacity_hint);
  return m;
}

Map* map_copy(const Map* m, uint64_t extra) {
  auto* c = alloc_object<Map>(sizeof(Map), cls::Map);
  c->entries = m->entries;  // map_rebuild reads these and writes fresh arrays
  c->used = m->used;
  map_rebuild(c, m->count + extra < 4 ? 4 : m->count + extra);
  return c;
}

// Index slot holding key, or the empty slot where it would go.
static uint64_t map_probe(const Map* m, Value key, uint64_t hash) {
  uint64_t j = hash & m->index_mask;
  for (;;) {
    int64_t e = m->index[j];
    if (e < 0) return j;
    const MapEntry& en = m->entries[e];
    if (en.hash == hash && same_key(en.key, key)) return j;
    j = (j + 1) & m->index_mask;
  }
}

Value map_get(const Map* m, Value key) {
  int64_t e = m->index[map_probe(m, key, key_hash(key))];
  return e < 0 ? Value() : m->entries[e].value;
}

void map_set(Map* m, Value key, Value value) {
  uint64_t hash = key_hash(key);
  uint64_t j = map_probe(m, key, hash);
  if (m->index[j] >= 0) {
    m->entries[m->index[j]].value = value;
    return;
  }
  if (m->used == m->capacity) {
    map_rebuild(m, m->count * 2 + 4);
    j = map_probe(m, key, hash);
  }
  m->entries[m->used] = {key, value, hash};
  m->index[j] = static_cast<int64_t>(m->used++);
  m->count++;
}

bool map_remove(Map* m, Value key) {
  uint64_t hash = key_hash(key);
  uint64_t j = map_probe(m, key, hash);
  int64_t e = m->index[j];
  if (e < 0) return false;
  m->entries[e].key = Value();
  m->entries[e].value = Value();
  m->count--;
  // Re-insert the rest of the probe cluster so lookups never stop early at this hole.
  m->index[j] = -1;
  for (uint64_t k = (j + 1) & m->index_mask; m->index[k] >= 0; k = (k + 1) & m->index_mask) {
    int64_t moved = m->index[k];
    m->index[k] = -1;
    uint64_t t = m->entries[moved].hash & m->index_mask;
    while (m->index[t] >= 0) t = (t + 1) & m->index_mask;
    m->index[t] = moved;
  }
  return true;
}

// -- Closures --

Closure* new_closure(Function* fn, uint32_t ncaptures) {
  auto* c = alloc_object<Closure>(sizeof(Closure) + ncaptures * sizeof(Value), cls::Closure);
  c->h.aux = ncaptures;
  c->fn = fn;
  for (uint32_t i = 0; i < ncaptures; ++i) c->captures[i] = Value::nil();
  return c;
}

NativeCallable* new_native_callable(NativeCall call, uint32_t arity, const void* data, Value payload) {
  auto* n = alloc_object<NativeCallable>(sizeof(NativeCallable), cls::NativeFn);
  n->h.aux = arity;
  n->call = call;
  n->data = data;
  n->payload = payload;
  return n;
}

// -- Shapes and objects --

Shape* root_shape() {
  static Shape* root = [] {
    auto* s = static_cast<Shape*>(heap::alloc_root(sizeof(Shape)));
    s->h.cls = cls::Shape;
    return s;
  }();
  return root;
}

Shape* shape_with(Shape* s, Value key) {
  for (uint32_t i = 0; i < s->ntransitions; ++i)
    if (same_key(s->transitions[i].key, key)) return s->transitions[i].target;
  auto* child = alloc_object<Shape>(sizeof(Shape), cls::Shape);
  child->parent = s;
  child->key = key;
  child->slot_count = s->slot_count + 1;
  if (s->ntransitions == s->transition_capacity) {
    uint32_t cap = s->transition_capacity ? s->transition_capacity * 2 : 2;
    auto* t = static_cast<ShapeTransition*>(heap::alloc(cap * sizeof(ShapeTransition)));
    if (s->ntransitions) std::memcpy(t, s->transitions, s->ntransitions * sizeof(ShapeTransition));
    s->transitions = t;
    s->transition_capacity = cap;
  }
  s->transitions[s->ntransitions++] = {key, child};
  return child;
}

int64_t shape_slot(const Shape* s, Value key) {
  for (; s->parent; s = s->parent)
    if (same_key(s->key, key)) return s->slot_count - 1;
  return -1;
}

Object* new_object(ClassId c) {
  auto* o = alloc_object<Object>(sizeof(Object), c);
  o->shape = root_shape();
  return o;
}

Value object_get(const Object* o, Value key) {
  int64_t slot = shape_slot(o->shape, key);
  return slot < 0 ? Value() : o->slots[slot];
}

void object_set(Object* o, Value key, Value value) {
  int64_t slot = shape_slot(o->shape, key);
  if (slot >= 0) {
    o->slots[slot] = value;
    return;
  }
  Shape* next = shape_with(o->shape, key);
  if (next->slot_count > o->capacity) {
    uint32_t cap = o->capacity ? o->capacity * 2 : 4;
    auto* slots = static_cast<Value*>(heap::alloc(cap * sizeof(Value)));
    if (o->capacity) std::memcpy(slots, o->slots, o->shape->slot_count * sizeof(Value));
    o->slots = slots;
    o->capacity = cap;
  }
  o->slots[next->slot_count - 1] = value;
  o->shape = next;
}

// -- Errors --

Value make_error(std::string_view kind, std::string_view message, Value payload) {
  auto* e = alloc_object<Error>(sizeof(Error), cls::Error);
  e->kind = make_atom(kind);
  e->message = make_string(message);
  e->payload = payload;
  return Value::object(e);
}

// -- Equality and hashing --

static bool is_number(Value v) {
  return v.is_int() || v.is_double() || is_instance(v, cls::BigInt);
}

namespace {
struct KeyOps {
  KeyEqFn eq = nullptr;
  KeyHashFn hash = nullptr;
};
std::vector<KeyOps>& key_ops() {
  static std::vector<KeyOps> ops;
  return ops;
}
const KeyOps* key_ops_of(ClassId c) {
  auto& ops = key_ops();
  return c < ops.size() && ops[c].eq ? &ops[c] : nullptr;
}
}  // namespace

void register_key_ops(ClassId id, KeyEqFn eq, KeyHashFn hash) {
  auto& ops = key_ops();
  if (ops.size() <= id) ops.resize(id + 1);
  ops[id] = {eq, hash};
}

// Same entries, each value the same key as the other's (entry order does not matter).
static bool same_map(const Map* x, const Map* y) {
  if (x->count != y->count) return false;
  for (uint64_t i = 0; i < x->used; ++i) {
    const MapEntry& e = x->entries[i];
    if (e.key.is_empty()) continue;
    Value other = map_get(y, e.key);
    if (other.is_empty() || !same_key(e.value, other)) return false;
  }
  return true;
}

static bool same_pairs(Value a, Value b) {
  for (;;) {  // along the tails without recursion: lists may be long
    if (!same_key(a.as_pair()->head, b.as_pair()->head)) return false;
    a = a.as_pair()->tail;
    b = b.as_pair()->tail;
    if (a == b) return true;
    if (!a.is_pair() || !b.is_pair()) return same_key(a, b);
  }
}

bool same_key(Value a, Value b) {
  if (a == b) return true;
  if (a.is_double() && b.is_double()) return a.as_double() == b.as_double();  // 0.0, -0.0
  if (a.is_pair() && b.is_pair()) return same_pairs(a, b);
  if (!a.is_object() || !b.is_object()) return false;
  ClassId c = a.as_object()->cls;
  if (c != b.as_object()->cls) return false;
  switch (c) {
    case cls::String: {
      auto *x = a.as<String>(), *y = b.as<String>();
      return x->length == y->length && std::memcmp(x->chars, y->chars, x->length) == 0;
    }
    case cls::BigInt: return bigint_cmp(a, b) == 0;
    case cls::Tuple: {
      auto *x = a.as<Tuple>(), *y = b.as<Tuple>();
      if (x->size() != y->size()) return false;
      for (uint32_t i = 0; i < x->size(); ++i)
        if (!same_key(x->items[i], y->items[i])) return false;
      return true;
    }
    case cls::Map: return same_map(a.as<Map>(), b.as<Map>());
    default: {
      const KeyOps* ops = key_ops_of(c);
      return ops && ops->eq(a, b);
    }
  }
}

static uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

uint64_t key_hash(Value v) {
  if (v.is_double() && v.as_double() == 0.0) return mix(Value::number(0.0).bits());
  if (v.is_pair()) {
    uint64_t h = 0x243f6a8885a308d3ull;
    for (; v.is_pair(); v = v.as_pair()->tail) h = mix(h ^ key_hash(v.as_pair()->head));
    return mix(h ^ key_hash(v));
  }
  if (!v.is_object()) return mix(v.bits());
  switch (v.as_object()->cls) {
    case cls::String: return mix(string_hash(v.as<String>()));
    case cls::BigInt: return mix(bigint_hash(v));
    case cls::Tuple: {
      auto* t = v.as<Tuple>();
      uint64_t h = 0x9e3779b97f4a7c15ull + t->size();
      for (uint32_t i = 0; i < t->size(); ++i) h = mix(h ^ key_hash(t->items[i]));
      return h;
    }
    case cls::Map: {  // order-independent: a sum over the entries
      auto* m = v.as<Map>();
      uint64_t h = 0x6a09e667f3bcc909ull + m->count;
      for (uint64_t i = 0; i < m->used; ++i)
        if (!m->entries[i].key.is_empty()) h += mix(m->entries[i].hash ^ (key_hash(m->entries[i].value) * 31));
      return h;
    }
    default: {
      const KeyOps* ops = key_ops_of(v.as_object()->cls);
      return ops ? ops->hash(v) : mix(v.bits());
    }
  }
}

bool equal(Value a, Value b) {
  if (a == b) return !(a.is_double() && a.as_double() != a.as_double());  // NaN != NaN
  if (is_number(a) && is_number(b)) {
    if (a.is_double() && a.as_double() != a.as_double()) return false;
    if (b.is_double() && b.as_double() != b.as_double()) return false;
    return compare_numbers(a, b) == 0;
  }
  if (is_instance(a, cls::Tuple) && is_instance(b, cls::Tuple)) {
    auto *x = a.as<Tuple>(), *y = b.as<Tuple>();
    if (x->size() != y->size()) return false;
    for (uint32_t i = 0; i < x->size(); ++i)
      if (!equal(x->items[i], y->items[i])) return false;
    return true;
  }
  if (a.is_pair() && b.is_pair()) {
    do {  // along the tails without recursion
      if (!equal(a.as_pair()->head, b.as_pair()->head)) return false;
      a = a.as_pair()->tail;
      b = b.as_pair()->tail;
    } while (a.is_pair() && b.is_pair());
    return equal(a, b);
  }
  return same_key(a, b);
}

}  // namespace sy
