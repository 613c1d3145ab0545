// The shared object model: the heap layouts every front end uses.
//
// Each layout begins with ObjHeader (value.h). Layouts are plain structs allocated through
// core/heap; constructors here fill in the header. Language runtimes add classes with
// register_class() and reuse these layouts (a Python instance is an Object whose header
// names its Python class).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/heap_fast.h"
#include "core/value.h"

namespace sy {

struct Function;  // core/ir/module.h
class VM;         // core/vm.h

// -- Classes --
// `shaped`: instances are Objects (shape + slots), so getf/setf apply to them.
ClassId register_class(std::string_view name, bool shaped = true);
bool class_is_shaped(ClassId id);
// Instances of a registered class whose layout begins, right after the header, with
// `count` Value slots: the IR's `field` instruction may load those slots (the verifier
// checks the index against this count).
void declare_value_slots(ClassId id, uint32_t count);
uint32_t value_slots(ClassId id);  // 0 unless declared
std::string_view class_name(ClassId id);
ClassId class_count();

// -- Strings: immutable byte strings (UTF-8 by convention) --
struct String {
  ObjHeader h;        // aux: 1 when interned
  uint32_t hash;      // 0 until computed
  uint32_t reserved;
  uint64_t length;
  char chars[];
};
String* new_string(std::string_view s);
String* intern(std::string_view s);  // one immortal String per distinct content
inline std::string_view view(const String* s) { return {s->chars, s->length}; }
inline std::string_view string_view_of(Value v) { return view(v.as<String>()); }
uint32_t string_hash(String* s);
Value make_string(std::string_view s);

// -- Atoms (symbols): immediates indexing an immortal table of names --
uint32_t atom_id(std::string_view name);
bool atom_exists(std::string_view name);  // without creating it
std::string_view atom_name(uint32_t id);
inline Value make_atom(std::string_view name) { return Value::atom(atom_id(name)); }

// -- Pairs: a head and a tail, two words without a header --
// A pair's class is in the Value's tag (value.h), so a Pair is reached only through
// Value::as_pair(). Lists built of cons cells (Erlang's) are chains of pairs ending in
// nil. Pairs compare and hash by content, along the tails without recursion.
struct Pair {
  Value head;
  Value tail;
};
static_assert(sizeof(Pair) == heap::fast::kGranule, "a pair fills exactly one granule");
inline Value make_pair(Value head, Value tail) {
  auto* p = static_cast<Pair*>(heap::fast::alloc_pair());
  p->head = head;
  p->tail = tail;
  return Value::pair(p);
}

// -- Tuples: fixed size --
struct Tuple {
  ObjHeader h;  // aux: size
  Value items[];
  uint32_t size() const { return h.aux; }
};
Tuple* new_tuple(uint32_t size);  // items are nil

// -- Arrays: growable --
struct Array {
  ObjHeader h;
  uint32_t reserved;
  uint64_t length;
  uint64_t capacity;
  Value* items;
};
Array* new_array(uint64_t capacity);
void array_push(Array* a, Value v);

// -- Maps: hash maps that keep insertion order --
// Keys are compared with same_key(): numbers of different class are different keys (1 and
// 1.0 differ, as in Erlang). A language that wants them equal (Python) normalises keys.
struct MapEntry {
  Value key;  // empty: a deleted entry
  Value value;
  uint64_t hash;
};
struct Map {
  ObjHeader h;
  uint32_t reserved;
  uint64_t count;     // live entries
  uint64_t used;      // entries[0..used) have been written, deleted ones included
  uint64_t capacity;  // of entries
  MapEntry* entries;
  int64_t* index;     // open addressing over entries; -1 empty
  uint64_t index_mask;
};
Map* new_map(uint64_t capacity_hint = 0);
Value map_get(const Map* m, Value key);  // empty when absent
void map_set(Map* m, Value key, Value value);
bool map_remove(Map* m, Value key);
// A new map with m's entries in m's order and room for `extra` more without a resize.
Map* map_copy(const Map* m, uint64_t extra = 0);

// -- Closures: an IR function plus captured values --
struct Closure {
  ObjHeader h;  // aux: number of captures
  Function* fn;
  Value captures[];
};
Closure* new_closure(Function* fn, uint32_t ncaptures);

// -- Native callables: a C++ function as a first-class value (class NativeFn) --
// callv and tailcallv call it directly in C++, without a frame. `data` belongs to the
// function (a libffi signature, a registry entry); `payload` is a Value it may keep.
struct NativeCallable;
using NativeCall = Value (*)(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc);
inline constexpr uint32_t kAnyArity = UINT32_MAX;
struct NativeCallable {
  ObjHeader h;  // aux: the arity, kAnyArity for any number of arguments
  NativeCall call;
  const void* data;
  Value payload;
  uint32_t arity() const { return h.aux; }
};
NativeCallable* new_native_callable(NativeCall call, uint32_t arity, const void* data = nullptr,
                                    Value payload = Value::nil());

// -- Shapes (hidden classes) and objects with dynamic attributes --
// A shape is an immutable chain of (key -> slot) additions; objects with the same
// attributes added in the same order share one shape, so a call site can cache
// "shape S -> slot i" and an attribute load is a shape check plus a slot load.
struct ShapeTransition {
  Value key;
  struct Shape* target;
};
struct Shape {
  ObjHeader h;
  uint32_t slot_count;      // slots used by objects of this shape
  struct Shape* parent;     // nullptr for the root
  Value key;                // the attribute this shape added (empty for the root)
  uint32_t ntransitions, transition_capacity;
  ShapeTransition* transitions;
};
Shape* root_shape();
Shape* shape_with(Shape* s, Value key);     // the child that adds key (cached)
int64_t shape_slot(const Shape* s, Value key);  // -1 when absent

struct Object {
  ObjHeader h;  // cls: the object's (possibly user-registered) class
  uint32_t capacity;
  Shape* shape;
  Value* slots;
};
Object* new_object(ClassId cls);
Value object_get(const Object* o, Value key);  // empty when absent
void object_set(Object* o, Value key, Value value);

// -- Errors raised by the VM itself (type errors, bad arguments, stack overflow) --
struct Error {
  ObjHeader h;
  Value kind;     // atom, e.g. type_error
  Value message;  // string
  Value payload;  // anything, nil by default
};
Value make_error(std::string_view kind, std::string_view message, Value payload = Value::nil());

// -- Equality and hashing --
// Key identity of a registered class whose instances compare by content (Erlang's cons
// cells, binaries, pids); instances of other registered classes are keys by identity.
// `eq` is called with two instances of the class; `hash` must agree with it.
using KeyEqFn = bool (*)(Value a, Value b);
using KeyHashFn = uint64_t (*)(Value v);
void register_key_ops(ClassId id, KeyEqFn eq, KeyHashFn hash);

// Map-key identity: same class and same contents (maps by their entries); 0.0 and -0.0
// are one key, as they are equal in every language here.
bool same_key(Value a, Value b);
uint64_t key_hash(Value v);        // consistent with same_key
bool equal(Value a, Value b);      // VM equality: numbers by numeric value, else same_key
int compare_numbers(Value a, Value b);  // -1, 0, 1 (both are int, bigint or float)

}  // namespace sy
