// Erlang terms on the common object model (docs/beam.md, "Terms").
//
// Erlang values use core's representation wherever the meaning is the same, so a term
// passed to another language is neither copied nor wrapped:
//
//   integer      core small int / GMP BigInt (core/bigint.h)
//   float        core double (never NaN or infinite: arithmetic that would make one fails)
//   atom         core atom, except that `true` and `false` are core booleans
//   []           core nil
//   cons cell    core Pair: two words, the class in the pointer's tag (core/value.h)
//   tuple        core Tuple
//   map          core Map, treated as immutable: an update builds a new map
//   fun          core Closure (a local fun; FunInfo below says which lambda it is),
//                or ExportFun (`fun M:F/A`)
//
// What core lacks is added with register_class (init_terms()):
//
//   bitstring    Binary: a window (bit offset, bit size) on a ByteStore; slicing shares
//                the store, so sub-binaries cost one small object
//   pid, reference, port   Pid, Ref, Port
//   match state  MatchState: a binary and a read position (bs_start_match3 and friends)
//
// Every registered class that compares by content has key operations registered with
// core (register_key_ops), so core Maps key on Erlang terms with `=:=` semantics.
//
// This header is included everywhere in the BEAM front end: keep it to layouts, class ids
// and inline constructors/accessors.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/object.h"
#include "core/value.h"

namespace sy {
struct Function;
}

namespace sy::beam {

// -- Classes --
// Class ids of the BEAM term classes; zero until init_terms() has run. `cons` is core's
// cls::Pair, kept here so that code comparing class ids reads as Erlang.
struct TermClasses {
  ClassId cons = 0, binary = 0, export_fun = 0, pid = 0, ref = 0, port = 0, match_state = 0;
};
inline TermClasses classes;

// Registers the classes, their key operations and the common atoms. Idempotent; the BEAM
// front end calls it before loading anything.
void init_terms();

// Keeps v reachable up to this point. Code that holds parts of a term only in memory the
// collector does not scan (std::vector) calls it on the whole term after the last use of
// the parts, so that the term cannot be collected while the parts are in use.
inline void keep_alive(Value v) { asm volatile("" : : "r"(v.bits()) : "memory"); }

// -- Atoms --
// Erlang's `true` and `false` are core booleans (so Erlang `true` is Python `True`); every
// other atom is a core atom. Always make Erlang atoms through atom().
inline Value atom(std::string_view name) {
  if (name == "true") return Value::boolean(true);
  if (name == "false") return Value::boolean(false);
  return make_atom(name);
}
inline bool is_atom(Value v) { return v.is_atom() || v.is_bool(); }
inline std::string_view atom_text(Value v) {
  if (v.is_bool()) return v.is_true() ? "true" : "false";
  return atom_name(v.atom_id());
}

// Atoms the runtime itself uses, resolved once by init_terms().
struct CommonAtoms {
  Value ok, error, exit, throw_, undefined, badarg, badarith, badmatch, badkey, badmap,
      badfun, badarity, function_clause, case_clause, if_clause, try_clause, undef,
      system_limit, noproc, normal, infinity, nonode_nohost, erlang, lists, maps;
};
inline CommonAtoms atoms;

// -- Numbers --
// Integers: core's make_int / is_integer (core/bigint.h).
inline bool is_float(Value v) { return v.is_double(); }
inline bool is_number(Value v) { return v.is_int() || v.is_double() || is_instance(v, cls::BigInt); }

// -- Lists: core pairs (a head and a tail, no header) ending in nil --
inline bool is_cons(Value v) { return v.is_pair(); }
inline bool is_list(Value v) { return v.is_nil() || v.is_pair(); }
inline Value cons(Value head, Value tail) { return make_pair(head, tail); }
inline Value head(Value list) { return list.as_pair()->head; }
inline Value tail(Value list) { return list.as_pair()->tail; }

// -- Tuples (core Tuple) --
inline bool is_tuple(Value v) { return is_instance(v, cls::Tuple); }
inline Value tuple(std::initializer_list<Value> items) {
  Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
  uint32_t i = 0;
  for (Value v : items) t->items[i++] = v;
  return Value::object(t);
}

// -- Maps (core Map, never mutated once another term can see it) --
inline bool is_map(Value v) { return is_instance(v, cls::Map); }

// -- Bitstrings --
// A ByteStore holds the bytes of one or more Binary windows. `used_bits` marks how far
// the store has been written: a window that ends exactly there may be extended in place
// by an append (the store is then shared with the new, longer window), which makes
// building a binary by repeated appends linear. Older windows keep their size, so they
// never see the bytes appended after them.
struct ByteStore {
  uint64_t capacity;   // bytes
  uint64_t used_bits;
  uint8_t bytes[];
};
struct Binary {
  ObjHeader h;
  uint64_t bit_size;
  uint64_t bit_offset;  // of the first bit within store->bytes
  ByteStore* store;     // never null (an empty binary has an empty store)

  bool is_binary() const { return (bit_size & 7) == 0; }  // a whole number of bytes
  bool aligned() const { return (bit_offset & 7) == 0; }
  uint64_t byte_size() const { return (bit_size + 7) >> 3; }  // erlang:byte_size/1
  // The first byte (valid as a byte string when aligned()).
  const uint8_t* data() const { return store->bytes + (bit_offset >> 3); }
};
inline bool is_bitstring(Value v) { return is_instance(v, classes.binary); }
inline bool is_binary(Value v) { return is_bitstring(v) && v.as<Binary>()->is_binary(); }

ByteStore* new_byte_store(uint64_t capacity);
// A new binary holding a copy of `bytes`.
Value make_binary(const uint8_t* bytes, uint64_t size);
inline Value make_binary(std::string_view s) {
  return make_binary(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}
// A window on `store`, without copying.
Value make_bitstring(ByteStore* store, uint64_t bit_offset, uint64_t bit_size);
// bit_size bits of `bin` starting at bit `offset` (relative to the binary), sharing its store.
Value sub_binary(const Binary* bin, uint64_t offset, uint64_t bit_size);
// The bytes of an aligned binary (bin->aligned(); a trailing partial byte is left out).
std::string_view binary_bytes(const Binary* bin);
// Byte i of the bitstring, whatever its alignment: the 8 bits from bit 8*i. In the last,
// partial byte the bits past the end are unspecified.
uint8_t byte_at(const Binary* bin, uint64_t i);
// All whole bytes of the bitstring (copied into `out` when the window is not aligned).
std::string_view whole_bytes(const Binary* bin, std::string& out);

// -- Funs --
// A local fun is a core Closure of the lambda's IR function, its captures being the fun's
// free variables. The loader registers what Erlang knows about each lambda (FunT) here;
// printing, comparison, fun_info and the external term format read it back.
struct FunInfo {
  Value module;        // atom
  Value name;          // the lambda's function name, e.g. '-main/0-fun-0-'
  uint32_t index = 0;  // FunT index
  uint32_t old_uniq = 0;
  uint32_t arity = 0;  // the arity Erlang code sees (without the free variables)
  uint32_t num_free = 0;
};
void register_fun_info(const sy::Function* fn, const FunInfo& info);
const FunInfo* fun_info(const sy::Function* fn);  // null for closures of other languages

// `fun M:F/A`: resolved by name at each call (the latest loaded module), so it is its own
// class. `target` is free for the VM to cache its resolution in.
struct ExportFun {
  ObjHeader h;  // aux: arity
  Value module;
  Value function;
  Value target;
  uint32_t arity() const { return h.aux; }
};
inline bool is_export_fun(Value v) { return is_instance(v, classes.export_fun); }
Value make_export_fun(Value module, Value function, uint32_t arity);
inline bool is_fun(Value v) {
  return is_instance(v, cls::Closure) || is_instance(v, cls::NativeFn) || is_export_fun(v);
}

// -- Pids, references, ports (all on the local node, `nonode@nohost`) --
// A Pid names a process by number; `process` is free for the VM (its process object, or
// empty once the process is gone). Printed <0.Number.Serial>.
struct Pid {
  ObjHeader h;
  uint32_t number;
  uint32_t serial;
  Value process;
};
struct Ref {
  ObjHeader h;
  uint32_t words[3];  // printed #Ref<0.words[2].words[1].words[0]>
};
struct Port {
  ObjHeader h;
  uint64_t number;  // printed #Port<0.Number>
};
inline bool is_pid(Value v) { return is_instance(v, classes.pid); }
inline bool is_ref(Value v) { return is_instance(v, classes.ref); }
inline bool is_port(Value v) { return is_instance(v, classes.port); }
Value make_pid(uint32_t number, uint32_t serial, Value process = Value());
Value make_ref(uint32_t w0, uint32_t w1, uint32_t w2);
Value make_port(uint64_t number);

// -- Binary matching --
// The state of a binary match (bs_start_match3/4): the bitstring being matched and the
// bit position reached, relative to its start. Not an Erlang term: it lives in registers
// only while a match runs.
struct MatchState {
  ObjHeader h;
  Binary* bin;
  uint64_t pos;
};
inline bool is_match_state(Value v) { return is_instance(v, classes.match_state); }
Value make_match_state(Binary* bin, uint64_t pos = 0);

}  // namespace sy::beam
