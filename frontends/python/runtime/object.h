// The Python object model on the shared core values (docs/python.md, "The runtime").
//
//   Python            core representation
//   int               small int, or BigInt beyond 48 bits
//   bool, None        the Bool and Nil immediates
//   float             the unboxed double
//   str               String (UTF-8); `reserved` caches the length in code points + 1
//   tuple, list       Tuple, Array
//   function          Closure: capture 0 is its FuncInfo, captures 1.. its free cells
//   builtin function  NativeCallable whose `data` is a Builtin (its spec)
//   instance          Object (shape + slots) whose header names the class's ClassId
//   everything else   the layouts below, each with a ClassId registered at start-up
//
// A subclass of list, tuple, str, dict, set or frozenset lays out its instances as the
// builtin does (the same core struct, so the builtin's code works on them) with its own
// ClassId in the header and one word more after the struct: the instance's attributes, a
// shaped Object made on the first store. A subclass of int or float boxes the number: a
// BoxObject (a shaped Object with the value in a field), unboxed for int's and float's
// methods. subclasses.cpp has the details.
//
// Every Python class is a registered core class: the ClassId of its instances is the PIC
// selector, so a call site that has seen class C answers the next C instance with one
// compare. Several core classes can map to one Python type (Int and BigInt are `int`).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/object.h"
#include "core/vm.h"

namespace sy::py {

// -- Markers: atoms that Python code never sees --
Value unbound();  // a local or global not assigned yet
Value stop();     // an iterator is exhausted (the `fornext` protocol, no exception)
Value absent();   // a keyword parameter of a builtin that was not given

// -- Registered classes of the runtime's own layouts --
struct Classes {
  ClassId type, funcinfo, method, dict, set, frozenset, range, slice, cell, module_base, generator, property,
      staticmethod, classmethod, super, notimpl, ellipsis, seqiter, rangeiter, dictiter, dictview, setiter,
      enumerate, zip, map, filter, reversed, attrcache, siteinfo, builtin_info, callstub, object;
};
const Classes& classes();

// -- Types --
// The instance layout of a class. Builtin: the builtin type's own core layout; Object:
// shaped Objects; Exception: ExcObject; List ... Set: a builtin's struct plus the
// attribute word (subclasses of list, tuple, str, dict, set and frozenset); Int, Float:
// BoxObject (subclasses of int and float).
enum class Layout : uint8_t { Builtin, Object, Exception, List, Tuple, Str, Dict, Set, Int, Float };

// Layout of the instances of each class, by ClassId (Builtin for core classes).
extern std::vector<Layout> g_class_layouts;
inline Layout class_layout(ClassId c) { return c < g_class_layouts.size() ? g_class_layouts[c] : Layout::Builtin; }
inline bool has_layout(Value v, Layout l) { return v.is_object() && class_layout(v.as_object()->cls) == l; }

struct PyType {
  ObjHeader h;       // cls: classes().type
  ClassId cls;       // the core class its instances carry (the PIC selector)
  Layout layout;
  uint8_t heap;      // defined by a class statement: attributes may change
  uint16_t reserved;
  Value name, qualname, module;  // str
  Value bases;       // tuple of types
  Value mro;         // tuple of types, the class first
  Map* dict;         // attributes: interned str -> value
  Array* subclasses; // direct subclasses
  PyType* base;      // the first base (the one whose layout instances use); null for object
  Value doc;
};

PyType* type_of(Value v);
PyType* type_for_class(ClassId c);  // null for core classes with no Python type
inline Value type_value(PyType* t) { return Value::object(t); }
inline bool is_type(Value v) { return is_instance(v, classes().type); }
bool is_subtype(const PyType* t, const PyType* base);
bool isinstance(Value v, const PyType* t);
// Attribute of a type through its MRO (no descriptors applied); empty when absent.
Value type_lookup(const PyType* t, Value name);
Value type_lookup(const PyType* t, std::string_view name);
std::string_view type_name(const PyType* t);
std::string type_name_of(Value v);  // the name of v's type, as error messages quote it
// 'name' with the quotes (built in place: `"'" + std::string` trips GCC 12's -Wrestrict).
inline std::string quoted_type_name(Value v) {
  std::string s(1, '\'');
  s += type_name_of(v);
  s += '\'';
  return s;
}

// The builtin types.
struct Types {
  PyType *object, *type, *int_, *bool_, *float_, *str, *none, *tuple, *list, *dict, *set, *frozenset, *range,
      *slice, *function, *builtin_function, *method, *module, *generator, *property, *staticmethod,
      *classmethod, *super, *notimpl, *ellipsis, *cell, *seqiter, *rangeiter, *dictiter, *setiter, *dict_keys,
      *dict_values, *dict_items, *enumerate, *zip, *map, *filter, *reversed;
  // Exceptions
  PyType *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception, *StopIteration,
      *ArithmeticError, *FloatingPointError, *OverflowError, *ZeroDivisionError, *AssertionError,
      *AttributeError, *LookupError, *IndexError, *KeyError, *NameError, *UnboundLocalError, *RuntimeError,
      *NotImplementedError, *RecursionError, *TypeError, *ValueError, *UnicodeError, *ImportError,
      *ModuleNotFoundError, *OSError, *EOFError, *MemoryError, *SyntaxError, *IndentationError,
      *TabError, *SystemError, *Warning, *UserWarning, *DeprecationWarning, *RuntimeWarning, *StopAsyncIteration,
      *BufferError, *LookupError_unused;
};
const Types& types();
// Builtin exception classes beyond Types' fields (TabError, the OSError family, warnings).
const std::vector<PyType*>& more_exception_types();

// A new class made by a class statement. Fails (TypeError) on an inconsistent MRO or
// an unsupported base; returns empty with the exception pending.
Value make_class(VM& vm, Value name, Value qualname, Value module, Value bases, Value ns);
// Sets an attribute of a class (invalidates what call sites learned about it).
bool type_setattr(VM& vm, PyType* t, Value name, Value value);
bool type_delattr(VM& vm, PyType* t, Value name);

// -- Functions --
// What the compiler knows about a def, lambda or comprehension: immortal C++ data.
struct CodeInfo {
  std::string name;      // co_name: "f", "<lambda>", "<module>", "<listcomp>"
  std::string qualname;  // "C.f", "f.<locals>.g"
  std::string filename;
  uint32_t argcount = 0;         // positional parameters, positional-only included
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  bool varargs = false, varkw = false, generator = false;
  // Parameter names in IR order: positional, *args, keyword-only, **kwargs.
  std::vector<Value> params;     // interned strings
  // co_varnames: the parameters, then the other (non-cell) locals in order of appearance
  // (what a NameError's "Did you mean" looks through first).
  std::vector<std::string> varnames;
  Function* fn = nullptr;        // what calling it runs (for a generator: the starter)
  uint32_t firstlineno = 0;
  // IR parameters: the callee slot, then the Python parameters.
  uint32_t nparams() const { return 1 + argcount + varargs + kwonlyargcount + varkw; }
};

struct FuncInfo {
  ObjHeader h;
  uint32_t reserved;
  const CodeInfo* code;
  Value name, qualname;  // str
  Value defaults;        // tuple, or nil
  Value kwdefaults;      // dict, or nil
  Value attrs;           // dict of function attributes, nil until one is set
  Value module;          // the module object the function was defined in
  Value doc;
};
// The FuncInfo of a Python function value, or null.
FuncInfo* function_info(Value v);
inline bool is_function(Value v) { return function_info(v) != nullptr; }

struct BoundMethod {
  ObjHeader h;
  uint32_t reserved;
  Value func;
  Value self;
};
Value new_bound_method(Value func, Value self);

// -- Builtin functions and methods --
// Positional arguments (a method's self first) and one keyword slot per name in
// `keywords`, empty where the call did not give it.
struct Args {
  const Value* pos;
  uint32_t npos;
  const Value* kw;
  Value kwarg(uint32_t i) const { return kw[i]; }
  bool has_kw(uint32_t i) const { return !kw[i].is_empty(); }
};
using BuiltinFn = Value (*)(VM& vm, const Args& args);
struct Builtin {
  const char* name;       // as messages quote it: "len", "append"
  BuiltinFn fn;
  int min_pos, max_pos;   // positional arguments, self included; max -1: any number
  std::vector<std::string> keywords;
  const PyType* owner = nullptr;  // a method's type: pos[0] must be an instance
  std::string qualname = {};  // "list.append"
  bool varkw = false;     // takes any keywords: they arrive as a dict in kw[0]
  // An IR implementation with the same convention (slot, args...), which call sites use
  // for positional calls of arity ir_arity: it can suspend a generator, the native cannot.
  Value* ir = nullptr;    // root memory; null when there is none
  uint32_t ir_arity = 0;
};
// The callable value of a builtin (class NativeFn); `spec` must be immortal.
Value builtin_value(const Builtin* spec);
const Builtin* builtin_spec(Value v);  // null unless v is a builtin's value
inline constexpr uint32_t kMaxBuiltinKeywords = 8;

// -- Instances --
struct ExcObject {
  Object base;
  Value args;        // tuple
  Value traceback;   // array of traceback entries (outermost first), or nil
  Value cause;       // exception or nil
  Value context;     // exception or nil
  uint32_t suppress_context;
  uint32_t reraised;  // thrown again by `raise` / finally: its own frame is already recorded
  Value notes;
};
inline ExcObject* as_exc(Value v) { return v.as<ExcObject>(); }
bool is_exception(Value v);                 // an instance of BaseException
Value new_instance(VM& vm, PyType* t);      // allocates an instance of a class (no __init__)

// -- Containers --
struct DictEntry {
  Value key;  // empty: deleted
  Value value;
  int64_t hash;
};
struct Dict {
  ObjHeader h;
  uint32_t reserved;
  uint64_t count;     // live entries
  uint64_t used;      // entries written, deleted ones included
  uint64_t capacity;
  DictEntry* entries;
  int64_t* index;     // open addressing over entries; -1 empty, -2 deleted
  uint64_t mask;
  uint64_t version;   // bumped on every insertion or deletion (iterators check it)
};
Dict* new_dict(uint64_t capacity_hint = 0);

// Bounds are ints of any size; `small` says they (and the length) fit in small ints, which
// is what the fast paths use.
struct Range {
  ObjHeader h;
  uint32_t small;
  Value start, stop, step, length;
};
struct Slice {
  ObjHeader h;
  uint32_t reserved;
  Value start, stop, step;
};

// An iterator over a list, tuple or str (index = next position: elements or bytes).
struct SeqIter {
  ObjHeader h;
  uint32_t reserved;
  Value seq;
  uint64_t index;
  int64_t reversed;  // 1: walks backwards
};
struct RangeIter {
  ObjHeader h;
  uint32_t reserved;
  int64_t next, step, remaining;
};

struct Property {
  ObjHeader h;
  uint32_t reserved;
  Value fget, fset, fdel, doc;
};
struct FuncWrapper {  // staticmethod, classmethod
  ObjHeader h;
  uint32_t reserved;
  Value func;
};
struct Super {
  ObjHeader h;
  uint32_t reserved;
  Value type;  // the class the lookup starts after
  Value obj;   // the instance (or class, for classmethods)
};

// -- Modules --
// A module object is an instance of its own registered class, so that `mod.name` sites
// select on the module; its attributes are the globals of its IR module.
struct ModuleObj {
  ObjHeader h;
  uint32_t reserved;
  Module* ir;      // the compiled module: globals live in ir->globals
  Value name;      // str
  Value file;      // str or nil
  Map* index;      // interned name -> global index (small int)
  Value extra;     // dict of attributes that are not globals (builtin modules)
};
ModuleObj* as_module(Value v);  // null unless a module object

// -- Errors --
// Raise an exception of a builtin class with a message; return empty for `return raise(...)`.
Value raise(VM& vm, PyType* t, std::string_view message);
Value raise_type_error(VM& vm, std::string_view message);
Value raise_value_error(VM& vm, std::string_view message);
Value raise_index_error(VM& vm, std::string_view message);
Value raise_attribute_error(VM& vm, Value obj, Value name);  // sets the exception's name and obj
Value raise_name_error(VM& vm, PyType* t, std::string_view message, Value name);  // NameError with .name
Value raise_key_error(VM& vm, Value key);
Value raise_stop_iteration(VM& vm, Value value);
Value new_exception(VM& vm, PyType* t, Value args_tuple);

// -- Strings --
Value str(std::string_view s);        // a new str
Value str_interned(std::string_view s);
inline std::string_view sv(Value s) { return string_view_of(s); }
uint64_t str_length(Value s);         // in code points (cached)
inline bool is_str(Value v) { return is_instance(v, cls::String); }  // exactly str
inline bool str_like(Value v) { return is_str(v) || has_layout(v, Layout::Str); }  // str or a subclass

// -- Small helpers --
inline bool is_int(Value v) { return v.is_int() || is_instance(v, cls::BigInt); }
// is_X: exactly the builtin type (the fast paths); X_like: the type or a subclass (what
// CPython's PyX_Check accepts, for arguments and the builtin's own methods).
inline bool is_list(Value v) { return is_instance(v, cls::Array); }
inline bool is_tuple(Value v) { return is_instance(v, cls::Tuple); }
inline bool is_dict(Value v) { return is_instance(v, classes().dict); }
inline bool list_like(Value v) { return is_list(v) || has_layout(v, Layout::List); }
inline bool tuple_like(Value v) { return is_tuple(v) || has_layout(v, Layout::Tuple); }
inline bool dict_like(Value v) { return is_dict(v) || has_layout(v, Layout::Dict); }

// -- Instances of builtin subclasses (subclasses.cpp) --
struct BoxObject {
  Object base;  // cls: the subclass of int or float
  Value value;  // the int or float
};
inline bool is_box(Value v) { return has_layout(v, Layout::Int) || has_layout(v, Layout::Float); }
// The number in an int/float subclass instance; anything else as it is.
inline Value unbox(Value v) { return is_box(v) ? reinterpret_cast<BoxObject*>(v.as_object())->value : v; }
// An instance's attribute storage: v itself when v is an Object (a plain instance, an
// exception, a box); the attribute word of a list/tuple/str/dict/set subclass instance
// (made when `create`); null otherwise.
Object* instance_attrs(Value v, bool create);
// The builtin type whose core layout instances of t use (t itself for builtin types).
const PyType* solid_base(const PyType* t);
// The ClassId under which a builtin's fast natives know v: the builtin's own class for
// instances of list/tuple/str/dict/set subclasses, v's class otherwise.
ClassId builtin_class_of(Value v);
Value notimplemented();
Value ellipsis();
Tuple* tuple_of(std::initializer_list<Value> items);
Value empty_tuple();

}  // namespace sy::py
