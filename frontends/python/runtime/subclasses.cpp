// Instances of classes that subclass builtin types (`class Stack(list)`, `class Name(str)`,
// `class Celsius(float)`).
//
// list, tuple, str, dict, set, frozenset: an instance is the builtin's own core struct
// (Array, Tuple, String, Dict, the set object) with the subclass's ClassId in the header,
// so every method of the builtin works on it unchanged, and one word more after the
// struct: the instance's attributes, a shaped Object made on the first store. Sites see
// the subclass's own ClassId, so the builtin's fast natives never run on these instances
// directly; the subclass reaches the builtin's behaviour through dunder methods (the
// builtin's, or the ones defined here over its fast natives), as CPython's slots do.
//
// int, float: an instance is a BoxObject, a shaped Object (attributes as any instance)
// with the number in a field. The builtin methods of int and float receive the number
// (invoke_builtin unboxes self; the numeric dunders unbox their other operand).
//
// Instances are made by the builtin's __new__ (the value for the immutable ones, an empty
// container for list, dict and set, which __init__ then fills).
#include <cstddef>

#include "core/heap.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/format_spec.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {

constexpr size_t align8(size_t n) { return (n + 7) & ~size_t{7}; }

size_t str_ext_offset(uint64_t length) { return align8(offsetof(String, chars) + length + 1); }

// Where the attribute word of a list/tuple/str/dict/set subclass instance is.
Value* ext_slot(Value v) {
  char* base = reinterpret_cast<char*>(v.as_object());
  switch (class_layout(v.as_object()->cls)) {
    case Layout::List: return reinterpret_cast<Value*>(base + sizeof(Array));
    case Layout::Dict: return reinterpret_cast<Value*>(base + sizeof(Dict));
    case Layout::Set: return reinterpret_cast<Value*>(base + set_struct_size());
    case Layout::Tuple: {
      Tuple* t = v.as<Tuple>();
      return &t->items[t->size()];
    }
    case Layout::Str: return reinterpret_cast<Value*>(base + str_ext_offset(v.as<String>()->length));
    default: return nullptr;
  }
}

// A new instance of subclass t (layout List/Dict/Set: empty; Tuple/Str: holding the
// items or text of `value`; Int/Float: boxing `value`).
Value make_instance(PyType* t, Value value) {
  ClassId c = t->cls;
  switch (t->layout) {
    case Layout::List: {
      auto* a = static_cast<Array*>(heap::alloc(sizeof(Array) + sizeof(Value)));
      a->h.cls = c;
      return Value::object(a);
    }
    case Layout::Dict: return Value::object(new_dict_of_class(c, sizeof(Dict) + sizeof(Value)));
    case Layout::Set: {
      Value s = new_set_of_class(c, set_struct_size() + sizeof(Value));
      return s;
    }
    case Layout::Tuple: {
      Tuple* src = value.as<Tuple>();
      uint32_t n = src->size();
      auto* tp = static_cast<Tuple*>(heap::alloc(sizeof(Tuple) + (n + 1) * sizeof(Value)));
      tp->h.cls = c;
      tp->h.aux = n;
      for (uint32_t i = 0; i < n; ++i) tp->items[i] = src->items[i];
      tp->items[n] = Value();
      return Value::object(tp);
    }
    case Layout::Str: {
      std::string_view text = sv(value);
      size_t off = str_ext_offset(text.size());
      auto* s = static_cast<String*>(heap::alloc(off + sizeof(Value)));  // scanned: the word is a reference
      s->h.cls = c;
      s->hash = 0;
      s->reserved = 0;
      s->length = text.size();
      std::memcpy(s->chars, text.data(), text.size());
      s->chars[text.size()] = 0;
      return Value::object(s);
    }
    case Layout::Int:
    case Layout::Float: {
      auto* b = static_cast<BoxObject*>(heap::alloc(sizeof(BoxObject)));
      Object* o = new_object(c);
      b->base = *o;  // the shape and slots of a fresh object
      b->value = value;
      return Value::object(b);
    }
    default: return Value();
  }
}

// T.__new__(cls, *args, **kwargs) for builtin type T: the builtin's value, then an
// instance of cls holding it.
template <PyType* Types::*Base>
Value dunder_new(VM& vm, const Args& a) {
  PyType* base = types().*Base;
  std::string bn(type_name(base));
  if (a.npos == 0) return raise_type_error(vm, bn + ".__new__(): not enough arguments");
  if (!is_type(a.pos[0]))
    return raise_type_error(vm, bn + ".__new__(X): X is not a type object (" + type_name_of(a.pos[0]) + ")");
  PyType* t = a.pos[0].as<PyType>();
  if (!is_subtype(t, base))
    return raise_type_error(vm, bn + ".__new__(" + std::string(type_name(t)) + "): " + std::string(type_name(t)) +
                                    " is not a subtype of " + bn);
  bool container = base == types().list || base == types().dict || base == types().set;
  if (container && t != base) return make_instance(t, Value());
  Value ctor = type_constructor(base);
  std::span<const Value> rest(a.pos + 1, a.npos - 1);
  Value v = container ? call(vm, ctor, {}) : call_kw(vm, ctor, rest, a.kw[0].is_empty() ? Value::nil() : a.kw[0]);
  if (v.is_empty() || t == base) return v;
  if (t->layout == Layout::Set) {  // a frozenset subclass: the items of the frozenset made
    Value s = make_instance(t, Value());
    return set_update_from(vm, s, v) ? s : Value();
  }
  return make_instance(t, v);
}

// list.__init__(self, iterable=()): the items of iterable, replacing any.
Value list_init(VM& vm, const Args& a) {
  if (a.npos > 2) return raise_type_error(vm, "list expected at most 1 argument, got " + std::to_string(a.npos - 1));
  Array* l = a.pos[0].as<Array>();
  l->length = 0;
  if (a.npos < 2) return Value::nil();
  return for_each(vm, a.pos[1], [&](Value v) {
           array_push(l, v);
           return true;
         })
             ? Value::nil()
             : Value();
}

// dict.__init__(self, [mapping or pairs], **kwargs)
Value dict_init(VM& vm, const Args& a) {
  if (a.npos > 2) return raise_type_error(vm, "dict expected at most 1 argument, got " + std::to_string(a.npos - 1));
  Dict* d = a.pos[0].as<Dict>();
  if (a.npos == 2 && !dict_update_from(vm, d, a.pos[1], false)) return Value();
  if (!a.kw[0].is_empty() && !a.kw[0].is_nil() && !dict_update_from(vm, d, a.kw[0], true)) return Value();
  return Value::nil();
}

// set.__init__(self, iterable=())
Value set_init(VM& vm, const Args& a) {
  if (a.npos > 2) return raise_type_error(vm, "set expected at most 1 argument, got " + std::to_string(a.npos - 1));
  set_clear(a.pos[0]);
  if (a.npos < 2) return Value::nil();
  return set_update_from(vm, a.pos[0], a.pos[1]) ? Value::nil() : Value();
}

// -- Dunders over fast natives --
// The builtin containers answer most operators through fast natives only. Their subclasses
// need the dunder methods (for the protocol, and for super()), which call the same natives
// with the builtin's class ids.

Value operand(Value v) { return unbox(v); }

template <FastOp Op, int Arity>
Value fast_unary_dunder(VM& vm, const Args& a) {
  Value f = find_fast(Op, builtin_class_of(a.pos[0]));
  if (f.is_empty() && Arity >= 2) f = find_fast(Op, builtin_class_of(a.pos[0]), builtin_class_of(a.pos[1]));
  if (f.is_empty()) return notimplemented();
  auto* n = f.as<NativeCallable>();
  return n->call(vm, n, a.pos, Arity);
}

template <FastOp Op, bool Reflected>
Value fast_binary_dunder(VM& vm, const Args& a) {
  Value args[2] = {operand(a.pos[0]), operand(a.pos[1])};
  if (Reflected) std::swap(args[0], args[1]);
  Value f = find_fast(Op, builtin_class_of(args[0]), builtin_class_of(args[1]));
  if (f.is_empty()) f = find_fast(Op, builtin_class_of(args[0]), kAnyClass);
  if (f.is_empty()) return notimplemented();
  auto* n = f.as<NativeCallable>();
  return n->call(vm, n, args, 2);
}

struct DunderSpec {
  const char* name;
  BuiltinFn fn;
  int arity;
  FastOp op;
  bool right;
};

// Defines d on t unless t has it or no fast native of t's class answers it.
void define_missing(PyType* t, const DunderSpec& d) {
  if (!map_get(t->dict, Value::object(intern(d.name))).is_empty()) return;
  if (!has_fast(d.op, t->cls, d.right)) return;
  define_method(t, fn(d.name, d.fn, d.arity, d.arity));
}

// int/float/str.__format__(self, spec): the mini-language of the builtin.
Value builtin_format(VM& vm, const Args& a) {
  if (!str_like(a.pos[1]))
    return raise_type_error(vm, "format() argument 2 must be str, not " +
                                    (a.pos[1].is_nil() ? "None" : type_name_of(a.pos[1])));
  if (sv(a.pos[1]).empty()) return to_str(vm, a.pos[0]);
  return format_builtin(vm, a.pos[0], sv(a.pos[1]));
}

}  // namespace

Object* instance_attrs(Value v, bool create) {
  if (!v.is_object()) return nullptr;
  ClassId c = v.as_object()->cls;
  if (class_is_shaped(c)) return v.as<Object>();
  Value* slot = ext_slot(v);
  if (!slot) return nullptr;
  if (slot->is_empty()) {
    if (!create) return nullptr;
    *slot = Value::object(new_object(cls::Object));
  }
  return slot->as<Object>();
}

ClassId builtin_class_of(Value v) {
  ClassId c = class_of(v);
  switch (class_layout(c)) {
    case Layout::List: return cls::Array;
    case Layout::Tuple: return cls::Tuple;
    case Layout::Str: return cls::String;
    case Layout::Dict: return classes().dict;
    case Layout::Set: return solid_base(type_of(v))->cls;
    default: return c;
  }
}

Value new_subclass_instance(VM& vm, PyType* t) {
  switch (t->layout) {
    case Layout::List:
    case Layout::Dict:
    case Layout::Set: return make_instance(t, Value());
    default:
      return raise_type_error(vm, "object.__new__(" + std::string(type_name(t)) + ") is not safe, use " +
                                      std::string(type_name(solid_base(t))) + ".__new__()");
  }
}

void install_subclasses() {
  const Types& t = types();
  auto def_new = [](PyType* ty, BuiltinFn f) {
    auto* spec = fn("__new__", f, 1, -1);
    spec->varkw = true;
    spec->qualname = std::string(type_name(ty)) + ".__new__";
    define_attr(ty, "__new__", wrapper_new(classes().staticmethod, builtin_value(spec)));
  };
  def_new(t.list, dunder_new<&Types::list>);
  def_new(t.tuple, dunder_new<&Types::tuple>);
  def_new(t.str, dunder_new<&Types::str>);
  def_new(t.dict, dunder_new<&Types::dict>);
  def_new(t.set, dunder_new<&Types::set>);
  def_new(t.frozenset, dunder_new<&Types::frozenset>);
  def_new(t.int_, dunder_new<&Types::int_>);
  def_new(t.float_, dunder_new<&Types::float_>);
  define_method(t.list, fn("__init__", list_init, 1, -1));
  auto* di = fn("__init__", dict_init, 1, -1);
  di->varkw = true;
  define_method(t.dict, di);
  define_method(t.set, fn("__init__", set_init, 1, -1));

  // Dunders the containers lack: what their fast natives do.
  const DunderSpec common[] = {
      {"__len__", fast_unary_dunder<FastOp::Len, 1>, 1, FastOp::Len, false},
      {"__iter__", fast_unary_dunder<FastOp::Iter, 1>, 1, FastOp::Iter, false},
      {"__contains__", fast_unary_dunder<FastOp::In, 2>, 2, FastOp::In, false},
      {"__getitem__", fast_unary_dunder<FastOp::GetItem, 2>, 2, FastOp::GetItem, false},
      {"__setitem__", fast_unary_dunder<FastOp::SetItem, 3>, 3, FastOp::SetItem, false},
      {"__delitem__", fast_unary_dunder<FastOp::DelItem, 2>, 2, FastOp::DelItem, false},
      {"__add__", fast_binary_dunder<FastOp::Add, false>, 2, FastOp::Add, false},
      {"__radd__", fast_binary_dunder<FastOp::Add, true>, 2, FastOp::Add, true},
      {"__sub__", fast_binary_dunder<FastOp::Sub, false>, 2, FastOp::Sub, false},
      {"__rsub__", fast_binary_dunder<FastOp::Sub, true>, 2, FastOp::Sub, true},
      {"__mul__", fast_binary_dunder<FastOp::Mul, false>, 2, FastOp::Mul, false},
      {"__rmul__", fast_binary_dunder<FastOp::Mul, true>, 2, FastOp::Mul, true},
      {"__mod__", fast_binary_dunder<FastOp::Mod, false>, 2, FastOp::Mod, false},
      {"__and__", fast_binary_dunder<FastOp::And, false>, 2, FastOp::And, false},
      {"__rand__", fast_binary_dunder<FastOp::And, true>, 2, FastOp::And, true},
      {"__or__", fast_binary_dunder<FastOp::Or, false>, 2, FastOp::Or, false},
      {"__ror__", fast_binary_dunder<FastOp::Or, true>, 2, FastOp::Or, true},
      {"__xor__", fast_binary_dunder<FastOp::Xor, false>, 2, FastOp::Xor, false},
      {"__rxor__", fast_binary_dunder<FastOp::Xor, true>, 2, FastOp::Xor, true},
      {"__iadd__", fast_binary_dunder<FastOp::IAdd, false>, 2, FastOp::IAdd, false},
      {"__imul__", fast_binary_dunder<FastOp::IMul, false>, 2, FastOp::IMul, false},
      {"__isub__", fast_binary_dunder<FastOp::ISub, false>, 2, FastOp::ISub, false},
      {"__iand__", fast_binary_dunder<FastOp::IAnd, false>, 2, FastOp::IAnd, false},
      {"__ior__", fast_binary_dunder<FastOp::IOr, false>, 2, FastOp::IOr, false},
      {"__ixor__", fast_binary_dunder<FastOp::IXor, false>, 2, FastOp::IXor, false},
      {"__lt__", fast_binary_dunder<FastOp::Lt, false>, 2, FastOp::Lt, false},
      {"__le__", fast_binary_dunder<FastOp::Le, false>, 2, FastOp::Le, false},
      {"__eq__", fast_binary_dunder<FastOp::Eq, false>, 2, FastOp::Eq, false},
      {"__ne__", fast_binary_dunder<FastOp::Ne, false>, 2, FastOp::Ne, false},
      {"__gt__", fast_binary_dunder<FastOp::Gt, false>, 2, FastOp::Gt, false},
      {"__ge__", fast_binary_dunder<FastOp::Ge, false>, 2, FastOp::Ge, false},
  };
  for (PyType* ty : {t.int_, t.float_, t.str})
    if (map_get(ty->dict, Value::object(intern("__format__"))).is_empty())
      define_method(ty, fn("__format__", builtin_format, 2, 2));
  for (PyType* ty : {t.list, t.tuple, t.str, t.dict, t.set, t.frozenset}) {
    for (const DunderSpec& d : common) define_missing(ty, d);
    if (map_get(ty->dict, Value::object(intern("__repr__"))).is_empty())
      define_method(ty, fn("__repr__", builtin_repr_method, 1, 1));
  }
}

}  // namespace sy::py
