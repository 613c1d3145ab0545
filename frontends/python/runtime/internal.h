// Shared by the runtime's files: the generic protocols (what CPython's abstract.c and
// object.c do), called from natives and from the slow paths of call sites. Each returns
// empty (or false) with the exception pending on the VM when Python code raised.
#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/heap.h"
#include "core/vm.h"
#include "frontends/python/lib/error.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// -- Calls from C++ (each re-enters the VM) --
Value call(VM& vm, Value callable, std::span<const Value> args);
Value call_kw(VM& vm, Value callable, std::span<const Value> pos, Value kwargs /* dict or nil */);
// obj.name(*args), with the attribute looked up as a method call would.
Value call_method(VM& vm, Value obj, std::string_view name, std::span<const Value> args);
// A special method looked up on the type (not the instance), or empty when absent.
Value special_method(const PyType* t, std::string_view name);
// Calls a special method found on type_of(self) as f(self, args...).
Value call_special(VM& vm, Value f, Value self, std::span<const Value> args);

// -- Attributes --
Value getattr(VM& vm, Value obj, Value name);           // raises AttributeError
Value getattr_opt(VM& vm, Value obj, Value name, bool* found);  // *found false (no exception) when missing
bool setattr(VM& vm, Value obj, Value name, Value value);
bool delattr(VM& vm, Value obj, Value name);
bool hasattr_name(VM& vm, Value obj, std::string_view name);
// Records that instances of `t` carry attribute `name` (method calls then check for it).
void note_instance_attribute(PyType* t, Value name);
bool instances_may_have(const PyType* t, Value name);

// -- Text --
Value to_str(VM& vm, Value v);   // str(v)
Value to_repr(VM& vm, Value v);  // repr(v)
// The builtin types' __repr__ (list, tuple, str, dict, set, ...): the builtin's repr of
// self's value, whatever its subclass overrides.
Value builtin_repr_method(VM& vm, const Args& a);
bool append_repr(VM& vm, std::string& out, Value v);
bool append_str(VM& vm, std::string& out, Value v);
Value format_value(VM& vm, Value v, Value spec);  // format(v, spec)
std::string float_repr(double d);
std::string int_repr(Value v);
bool append_int(VM& vm, std::string& out, Value v);  // ValueError past the digit limit

Value ascii_of(VM& vm, Value v);

// -- Truth, comparison, hashing --
int truth(VM& vm, Value v);  // 1, 0, or -1 with an exception pending
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
CmpOp cmp_op(std::string_view name);
const char* cmp_symbol(CmpOp op);
Value rich_compare(VM& vm, Value a, Value b, CmpOp op);  // the result object
int rich_compare_bool(VM& vm, Value a, Value b, CmpOp op);  // truth of the result, -1 on error
int equals(VM& vm, Value a, Value b);                     // identity first, then ==; -1 on error
// The comparison result when neither side answered: identity for ==/!=, else TypeError.
Value compare_fallback(VM& vm, Value a, Value b, CmpOp op);
// The TypeError of `a op b` when no operand answered (CPython's sequence messages included).
Value binop_error(VM& vm, std::string_view op, Value a, Value b);
bool hash(VM& vm, Value v, int64_t* out);
int64_t hash_str(Value s);

// -- Numbers --
Value binary_op(VM& vm, std::string_view op, Value a, Value b);  // a op b, "+=" forms included
Value unary_op(VM& vm, std::string_view op, Value a);
bool is_number(Value v);  // int, bool or float
bool to_double(VM& vm, Value v, double* out);  // int/bool/float; TypeError otherwise
Value int_from_double(VM& vm, double d);        // truncation toward zero (int(x))
bool index_value(VM& vm, Value v, int64_t* out, const char* what);  // __index__ to int64

// -- Iteration --
Value get_iter(VM& vm, Value v);   // iter(v)
Value iter_next(VM& vm, Value it); // the next value, stop(), or empty on error
// Calls fn on each item of an iterable; stops early when fn returns false.
bool for_each(VM& vm, Value iterable, const std::function<bool(Value)>& fn);
Value sequence_to_list(VM& vm, Value iterable);  // list(iterable); returns the same list object for lists? no: a new one
bool length(VM& vm, Value v, int64_t* out);
Value get_item(VM& vm, Value o, Value key);
bool set_item(VM& vm, Value o, Value key, Value v);
bool del_item(VM& vm, Value o, Value key);
int contains(VM& vm, Value container, Value item);  // 1, 0, -1

// -- Containers --
// dict
bool dict_get(VM& vm, Dict* d, Value key, Value* out);   // *out empty when absent
bool dict_set(VM& vm, Dict* d, Value key, Value value);
bool dict_del(VM& vm, Dict* d, Value key, bool* found);
Value dict_get_str(Dict* d, std::string_view key);       // string keys only; empty when absent
void dict_set_str(Dict* d, Value key, Value value);      // key: a str
Value dict_value(Dict* d);                               // as a Value
// Merges a mapping (a dict, anything with keys(), or an iterable of pairs) into d.
bool dict_update_from(VM& vm, Dict* d, Value mapping, bool kwargs);
// list helpers
inline Array* as_list(Value v) { return v.as<Array>(); }
Value new_list(uint64_t capacity = 0);
Value list_from(std::span<const Value> items);
Value tuple_from(std::span<const Value> items);
// sets
Value new_set(bool frozen);
// Instances of subclasses: `bytes` is the struct plus the attribute word.
size_t set_struct_size();
Value new_set_of_class(ClassId c, size_t bytes);
Dict* new_dict_of_class(ClassId c, size_t bytes);
bool set_add(VM& vm, Value set, Value item);
int set_contains(VM& vm, Value set, Value item);
bool set_discard(VM& vm, Value set, Value item, bool* found);
uint64_t set_size(Value set);
bool is_set_like(Value v);  // set or frozenset
Value set_from_iterable(VM& vm, Value iterable);  // a new set
bool set_update_from(VM& vm, Value set, Value iterable);  // set |= the items of iterable
void set_clear(Value set);
Value wrapper_new(ClassId c, Value f);  // a staticmethod/classmethod object
// An instance of a subclass of list, dict or set (empty), for object.__new__; others raise.
Value new_subclass_instance(VM& vm, PyType* t);
void install_subclasses();
bool frozenset_hash(VM& vm, Value v, int64_t* out);

// -- Builtins and modules --
Value builtin_named(std::string_view name);  // empty when not a builtin
void define_builtin(std::string_view name, Value v);
// A method of a builtin type.
void define_method(PyType* t, const Builtin* spec);
void define_attr(PyType* t, std::string_view name, Value v);
// A read-only data attribute computed by getter(self).
void define_getter(PyType* t, std::string_view name, BuiltinFn getter);
void define_getset(PyType* t, std::string_view name, BuiltinFn getter, BuiltinFn setter);
bool is_builtin_name(std::string_view name);
Value module_object_for(const Module* ir);
Value module_object_named(std::string_view name);
Value new_native_module(std::string_view name);
Value native_module(std::string_view name);  // sys, math: empty when unknown
Value import_module(VM& vm, std::string_view name);

// super(type, obj)
Value make_super(VM& vm, Value type, Value obj);
// The target of f(*args, **kwargs) sites: an IR function that binds at each call.
Value callex_target();
inline Value make_int_value(int64_t n);

// -- Errors --
Value raise_exc(VM& vm, Value exc);  // sets the pending exception (an instance)
// An error of the value library (frontends/python/lib) as the exception it names; a
// failed callback's exception is already pending.
Value raise_lib(VM& vm, const pylib::PyError& e);
// A VM error (core Error value) turned into the Python exception it stands for.
Value normalize_exception(VM& vm, Value e);
Value exc_args(Value e);

// dir(obj): the names the runtime knows obj to have (its attributes, its class's, the
// ones every object has), sorted.
std::vector<std::string> dir_names(VM& vm, Value obj);
// The exception being handled (sys.exception()), or None.
Value handled_exception();
// The stack of exceptions being handled; a generator keeps its own part of it while
// suspended (generators.cpp).
heap::RootedVector<Value>& handled_stack();
// ExcObject::reraised bits: re-raised by `raise`/finally (its frame is in the traceback
// already); thrown into a generator (its next catch does not set __context__).
constexpr uint32_t kExcReraised = 1, kExcThrown = 2;

// Guards C++ recursion through natives that call back into Python code: past a number of
// re-entries, or when the native stack is nearly used up, RecursionError("maximum
// recursion depth exceeded" + where).
class ReentryGuard {
 public:
  explicit ReentryGuard(VM& vm, const char* where = " while calling a Python object");
  ~ReentryGuard();
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

// CPython's Py_EnterRecursiveCall for C++ recursion that Python data drives (the repr of
// a deeply nested list, == between nested lists): each level counts against the recursion
// limit with the Python frames, and past it RecursionError("maximum recursion depth
// exceeded" + where) is raised.
// Sets the native stack budget the guards check (runtime install, on the main stack).
void init_native_stack_limit();
// For C++ recursion CPython does not limit (hashing nested tuples): false, with
// RecursionError raised, only when the native stack is nearly used up.
bool native_stack_ok(VM& vm);

class NestingGuard {
 public:
  NestingGuard(VM& vm, const char* where);
  ~NestingGuard();
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

// -- Installers, one per runtime file --
void install_types();
void install_objects();
void install_protocols();
void install_numbers();
void install_strings();
void install_containers();
void install_functions();
void install_exceptions();
void install_builtins();
void install_modules();
void install_generators();
void install_sites();

}  // namespace sy::py

#include "core/bigint.h"
inline sy::Value sy::py::make_int_value(int64_t n) { return sy::make_int(n); }
