// Attributes: the generic lookup (descriptors, instance slots, classes, modules, super)
// and the natives that getattr/setattr sites link to for one class, which keep a
// one-entry shape cache: a hit is a shape compare and a slot load.
#include <unordered_map>
#include <unordered_set>

#include "callsite/call_site.h"
#include "core/heap.h"
#include "frontends/python/runtime/attributes.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/runtime.h"

namespace sy::py {

// -- Which attribute names instances of a class carry --
// A method call site that found a function on the class calls it without looking at the
// instance; that is only right while no instance of the class has an attribute of that
// name. Every instance attribute store goes through note_instance_attribute first.

namespace {
std::unordered_map<ClassId, std::unordered_set<std::string>>& instance_names() {
  static auto* m = new std::unordered_map<ClassId, std::unordered_set<std::string>>();
  return *m;
}
}  // namespace

void note_instance_attribute(PyType* t, Value name) {
  auto& names = instance_names()[t->cls];
  if (names.insert(std::string(sv(name))).second) {
    // Sites that called a method of this name without checking instances must relink.
    Value d = type_lookup(t, name);
    if (!d.is_empty()) cs::invalidate_class(t->cls);
  }
}

bool instances_may_have(const PyType* t, Value name) {
  auto& m = instance_names();
  auto it = m.find(t->cls);
  return it != m.end() && it->second.count(std::string(sv(name)));
}

// -- Descriptors --

bool is_data_descriptor(Value d) {
  if (is_instance(d, classes().property)) return true;
  if (!d.is_object()) return false;
  PyType* t = type_of(d);
  if (!t->heap) return false;
  return !type_lookup(t, "__set__").is_empty() || !type_lookup(t, "__delete__").is_empty();
}

// What class attribute d gives when read through instance `obj` of type `t` (a
// non-data descriptor, or a plain value).
Value bind_descriptor(VM& vm, Value d, Value obj, PyType* t) {
  if (is_function(d) || (builtin_spec(d) && builtin_spec(d)->owner)) return new_bound_method(d, obj);
  if (is_instance(d, classes().staticmethod)) return d.as<FuncWrapper>()->func;
  if (is_instance(d, classes().classmethod)) return new_bound_method(d.as<FuncWrapper>()->func, type_value(t));
  if (is_instance(d, classes().property)) {
    Property* p = d.as<Property>();
    if (p->fget.is_nil()) return raise(vm, types().AttributeError, "unreadable attribute");  // property without getter
    Value args[] = {obj};
    return call(vm, p->fget, args);
  }
  if (d.is_object() && type_of(d)->heap) {
    Value get = type_lookup(type_of(d), "__get__");
    if (!get.is_empty()) {
      Value args[] = {obj, type_value(t)};
      return call_special(vm, get, d, args);
    }
  }
  return d;
}

// -- Generic lookup --

namespace {

Value type_attribute(VM& vm, PyType* t, Value name, bool* found) {
  std::string_view n = sv(name);
  *found = true;
  if (n == "__name__") return t->name;
  if (n == "__qualname__") return t->qualname;
  if (n == "__module__") return t->module;
  if (n == "__mro__") return t->mro;
  if (n == "__bases__") return t->bases;
  if (n == "__base__") return t->base ? type_value(t->base) : Value::nil();
  if (n == "__class__") return type_value(types().type);
  if (n == "__doc__") {
    Value d = type_lookup(t, name);
    return d.is_empty() ? t->doc : d;
  }
  if (n == "__dict__") {
    Dict* d = new_dict();
    for (uint64_t i = 0; i < t->dict->used; ++i)
      if (!t->dict->entries[i].key.is_empty()) dict_set_str(d, str(sv(t->dict->entries[i].key)), t->dict->entries[i].value);
    d->reserved = kDictReadOnly;
    return Value::object(d);
  }
  Value d = type_lookup(t, name);
  if (d.is_empty()) {
    // Methods of the metatype: C.mro(), ...
    Value m = map_get(types().type->dict, name);
    if (!m.is_empty() && builtin_spec(m)) return new_bound_method(m, type_value(t));
    *found = false;
    return Value();
  }
  if (is_instance(d, classes().staticmethod)) return d.as<FuncWrapper>()->func;
  if (is_instance(d, classes().classmethod)) return new_bound_method(d.as<FuncWrapper>()->func, type_value(t));
  if (d.is_object() && type_of(d)->heap) {
    Value get = type_lookup(type_of(d), "__get__");
    if (!get.is_empty()) {
      Value args[] = {Value::nil(), type_value(t)};
      return call_special(vm, get, d, args);
    }
  }
  return d;
}

Value module_attribute(ModuleObj* m, Value name, bool* found) {
  *found = true;
  Value idx = map_get(m->index, name);
  if (!idx.is_empty()) {
    Value v = m->ir->globals[idx.as_int()];
    if (v != unbound()) return v;
  }
  Value e = dict_get_str(m->extra.as<Dict>(), sv(name));
  if (!e.is_empty()) return e;
  std::string_view n = sv(name);
  if (n == "__name__") return m->name;
  if (n == "__file__" && !m->file.is_nil()) return m->file;
  if (n == "__dict__") {
    Dict* d = new_mirror_dict(Value::object(m));
    if (m->ir)
      for (uint32_t g = 0; g < m->ir->global_names.size(); ++g)
        if (m->ir->globals[g] != unbound() && builtin_named(m->ir->global_names[g]) != m->ir->globals[g])
          dict_set_str(d, str(m->ir->global_names[g]), m->ir->globals[g]);
    Dict* extra = m->extra.as<Dict>();  // a builtin module's contents, attributes set from outside
    for (uint64_t i = 0; i < extra->used; ++i)
      if (!extra->entries[i].key.is_empty()) dict_set_str(d, extra->entries[i].key, extra->entries[i].value);
    d->reserved = kDictMirrorsInstance;
    return Value::object(d);
  }
  *found = false;
  return Value();
}

Value super_attribute(VM& vm, Super* s, Value name, bool* found) {
  *found = true;
  PyType* start = s->type.as<PyType>();
  PyType* t = is_type(s->obj) && is_subtype(s->obj.as<PyType>(), start) ? s->obj.as<PyType>() : type_of(s->obj);
  const Tuple* mro = t->mro.as<Tuple>();
  uint32_t i = 0;
  while (i < mro->size() && mro->items[i].as<PyType>() != start) ++i;
  for (++i; i < mro->size(); ++i) {
    Value d = map_get(mro->items[i].as<PyType>()->dict, name);
    if (d.is_empty()) continue;
    if (is_type(s->obj) && s->obj.as<PyType>() == t) {
      // super() in a classmethod: functions stay unbound, classmethods bind the class.
      if (is_instance(d, classes().classmethod)) return new_bound_method(d.as<FuncWrapper>()->func, s->obj);
      if (is_instance(d, classes().staticmethod)) return d.as<FuncWrapper>()->func;
      return d;
    }
    return bind_descriptor(vm, d, s->obj, t);
  }
  if (sv(name) == "__class__") return type_value(types().super);
  *found = false;
  return Value();
}

}  // namespace

namespace {
// A descriptor's answer; when it raised AttributeError, __getattr__ gets its turn (as
// CPython's slot_tp_getattr_hook gives it after the whole generic lookup failed).
Value or_getattr_hook(VM& vm, PyType* t, Value obj, Value name, Value r) {
  if (!r.is_empty() || !t->heap || !isinstance(vm.exception(), types().AttributeError)) return r;
  Value ge = type_lookup(t, "__getattr__");
  if (ge.is_empty()) return r;
  vm.clear_exception();
  Value args[] = {name};
  return call_special(vm, ge, obj, args);
}
}  // namespace

// Setting or deleting an attribute of a builtin type that only has a getter (a getset
// descriptor in CPython) fails with CPython's message; false if `p` is not such an attribute.
bool readonly_builtin_attribute(VM& vm, const Property* p, Value name) {
  const Builtin* b = builtin_spec(p->fget);
  if (!b) return false;
  size_t dot = b->qualname.rfind('.');
  if (dot == std::string::npos) return false;
  raise(vm, types().AttributeError, "attribute '" + std::string(sv(name)) + "' of '" + b->qualname.substr(0, dot) +
                                        "' objects is not writable");
  return true;
}

Value getattr_opt(VM& vm, Value obj, Value name, bool* found) {
  *found = true;
  if (is_type(obj)) {
    Value v = type_attribute(vm, obj.as<PyType>(), name, found);
    return v;
  }
  if (ModuleObj* m = as_module(obj)) return module_attribute(m, name, found);
  if (is_instance(obj, classes().super)) return super_attribute(vm, obj.as<Super>(), name, found);
  PyType* t = type_of(obj);
  if (t->heap) {
    Value ga = type_lookup(t, "__getattribute__");
    if (!ga.is_empty() && ga != type_lookup(types().object, "__getattribute__")) {
      Value args[] = {name};
      Value r = call_special(vm, ga, obj, args);
      if (r.is_empty() && isinstance(vm.exception(), types().AttributeError)) {
        Value ge = type_lookup(t, "__getattr__");
        if (ge.is_empty()) return r;
        vm.clear_exception();
        return call_special(vm, ge, obj, args);
      }
      return r;
    }
  }
  Value d = type_lookup(t, name);
  if (!d.is_empty() && is_data_descriptor(d)) {
    if (is_instance(d, classes().property)) {
      Property* p = d.as<Property>();
      if (p->fget.is_nil()) return raise(vm, types().AttributeError, "property '" + std::string(sv(name)) + "' of '" +
                                                                          std::string(type_name(t)) + "' object has no getter");
      Value args[] = {obj};
      return or_getattr_hook(vm, t, obj, name, call(vm, p->fget, args));
    }
    Value get = type_lookup(type_of(d), "__get__");
    if (!get.is_empty()) {
      Value args[] = {obj, type_value(t)};
      return or_getattr_hook(vm, t, obj, name, call_special(vm, get, d, args));
    }
  }
  if (Object* o = instance_attrs(obj, false)) {
    Value v = object_get(o, name);
    if (!v.is_empty() && v != unbound()) return v;
  }
  if (FuncInfo* fi = function_info(obj)) {
    if (!fi->attrs.is_nil()) {
      Value v = dict_get_str(fi->attrs.as<Dict>(), sv(name));
      if (!v.is_empty()) return v;
    }
  }
  if (!d.is_empty()) return or_getattr_hook(vm, t, obj, name, bind_descriptor(vm, d, obj, t));
  if (sv(name) == "__class__") return type_value(t);
  if (sv(name) == "__dict__" && instance_attrs(obj, true)) return instance_dict(obj, instance_attrs(obj, true));
  if (t->heap) {
    Value ge = type_lookup(t, "__getattr__");
    if (!ge.is_empty()) {
      Value args[] = {name};
      return call_special(vm, ge, obj, args);
    }
  }
  *found = false;
  return Value();
}

Value getattr(VM& vm, Value obj, Value name) {
  bool found;
  Value v = getattr_opt(vm, obj, name, &found);
  if (!found && !vm.has_exception()) return raise_attribute_error(vm, obj, name);
  return v;
}

bool hasattr_name(VM& vm, Value obj, std::string_view name) {
  bool found;
  Value v = getattr_opt(vm, obj, str_interned(name), &found);
  if (v.is_empty() && vm.has_exception()) {
    vm.clear_exception();
    return false;
  }
  return found;
}

bool setattr(VM& vm, Value obj, Value name, Value value) {
  if (is_type(obj)) return type_setattr(vm, obj.as<PyType>(), name, value);
  if (ModuleObj* m = as_module(obj)) {
    Value idx = map_get(m->index, name);
    if (!idx.is_empty()) m->ir->globals[idx.as_int()] = value;
    else dict_set_str(m->extra.as<Dict>(), name, value);
    return true;
  }
  PyType* t = type_of(obj);
  if (t->heap) {
    Value sa = type_lookup(t, "__setattr__");
    if (!sa.is_empty() && sa != type_lookup(types().object, "__setattr__")) {
      Value args[] = {name, value};
      return !call_special(vm, sa, obj, args).is_empty();
    }
  }
  Value d = type_lookup(t, name);
  if (!d.is_empty() && is_data_descriptor(d)) {
    if (is_instance(d, classes().property)) {
      Property* p = d.as<Property>();
      if (p->fset.is_nil()) {
        if (readonly_builtin_attribute(vm, p, name)) return false;
        raise(vm, types().AttributeError, "property '" + std::string(sv(name)) + "' of '" + std::string(type_name(t)) +
                                              "' object has no setter");
        return false;
      }
      Value args[] = {obj, value};
      return !call(vm, p->fset, args).is_empty();
    }
    Value set = type_lookup(type_of(d), "__set__");
    if (!set.is_empty()) {
      Value args[] = {obj, value};
      return !call_special(vm, set, d, args).is_empty();
    }
  }
  if (t != types().object) {
    if (Object* o = instance_attrs(obj, true)) {
      note_instance_attribute(t, name);
      object_set(o, Value::object(intern(sv(name))), value);
      return true;
    }
  }
  if (FuncInfo* fi = function_info(obj)) {
    std::string_view n = sv(name);
    if (n == "__name__") fi->name = value;
    else if (n == "__qualname__") fi->qualname = value;
    else if (n == "__doc__") fi->doc = value;
    else {
      if (fi->attrs.is_nil()) fi->attrs = Value::object(new_dict());
      dict_set_str(fi->attrs.as<Dict>(), name, value);
    }
    return true;
  }
  raise_attribute_error(vm, obj, name);
  return false;
}

bool delattr(VM& vm, Value obj, Value name) {
  if (is_type(obj)) return type_delattr(vm, obj.as<PyType>(), name);
  PyType* t = type_of(obj);
  if (t->heap) {
    Value da = type_lookup(t, "__delattr__");
    if (!da.is_empty() && da != type_lookup(types().object, "__delattr__")) {
      Value args[] = {name};
      return !call_special(vm, da, obj, args).is_empty();
    }
  }
  Value d = type_lookup(t, name);
  if (!d.is_empty() && is_data_descriptor(d)) {
    if (is_instance(d, classes().property)) {
      Property* p = d.as<Property>();
      if (p->fdel.is_nil()) {
        if (readonly_builtin_attribute(vm, p, name)) return false;
        raise(vm, types().AttributeError, "property '" + std::string(sv(name)) + "' of '" + std::string(type_name(t)) +
                                              "' object has no deleter");
        return false;
      }
      Value args[] = {obj};
      return !call(vm, p->fdel, args).is_empty();
    }
    Value del = type_lookup(type_of(d), "__delete__");
    if (!del.is_empty()) {
      Value args[] = {obj};
      return !call_special(vm, del, d, args).is_empty();
    }
  }
  if (Object* o = instance_attrs(obj, false)) {
    // Shapes only grow: a deleted attribute keeps its slot and holds `unbound`.
    int64_t slot = shape_slot(o->shape, name);
    if (slot >= 0 && o->slots[slot] != unbound()) {
      o->slots[slot] = unbound();
      return true;
    }
  }
  raise_attribute_error(vm, obj, name);
  return false;
}

// -- obj.__dict__ --

namespace {
Value& mirror_owner(Dict* d) { return *reinterpret_cast<Value*>(reinterpret_cast<char*>(d) + sizeof(Dict)); }
}  // namespace

// A dict with the word after its struct naming the object it mirrors (flag set by the caller
// once it is filled).
Dict* new_mirror_dict(Value owner) {
  Dict* d = new_dict_of_class(classes().dict, sizeof(Dict) + sizeof(Value));
  mirror_owner(d) = owner;
  return d;
}

Value instance_dict(Value obj, Object* o) {
  Dict* dd = new_mirror_dict(obj);
  // Slots in order of addition: walk the shape chain from the root.
  std::vector<Shape*> chain;
  for (Shape* s = o->shape; s->parent; s = s->parent) chain.push_back(s);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    if (o->slots[(*it)->slot_count - 1] != unbound()) dict_set_str(dd, (*it)->key, o->slots[(*it)->slot_count - 1]);
  mirror_owner(dd) = obj;
  dd->reserved = kDictMirrorsInstance;
  return Value::object(dd);
}

void mirror_store(Dict* d, Value key, Value value) {
  if (!is_str(key)) return;  // only str keys are attributes
  Value obj = mirror_owner(d);
  Value name = Value::object(intern(sv(key)));
  if (ModuleObj* m = as_module(obj)) {  // a module's globals: its slot, or an extra attribute
    Value idx = map_get(m->index, name);
    if (!idx.is_empty() && m->ir) m->ir->globals[idx.as_int()] = value;
    else dict_set_str(m->extra.as<Dict>(), name, value);
    return;
  }
  note_instance_attribute(type_of(obj), name);
  object_set(instance_attrs(obj, true), name, value);
}

void mirror_delete(Dict* d, Value key) {
  if (!is_str(key)) return;
  if (ModuleObj* m = as_module(mirror_owner(d))) {
    Value name = Value::object(intern(sv(key)));
    Value idx = map_get(m->index, name);
    if (idx.is_empty() || !m->ir) return;
    // A global named like a builtin falls back to the builtin, as everywhere else.
    Value b = builtin_named(std::string(sv(name)));
    m->ir->globals[idx.as_int()] = b.is_empty() ? unbound() : b;
    return;
  }
  Object* o = instance_attrs(mirror_owner(d), true);
  int64_t slot = shape_slot(o->shape, Value::object(intern(sv(key))));
  if (slot >= 0) o->slots[slot] = unbound();
}

// -- Site targets for one class --
// payload: an AttrCache. The shape cache is a hint: a miss recomputes it.

struct AttrCache {
  ObjHeader h;
  uint32_t reserved;
  Value name;      // interned
  Value descr;     // the class attribute (non-data descriptor or plain value), or empty
  Value type;      // the class
  Shape* shape;    // last shape seen
  int64_t slot;    // its slot for name, -1 if absent
  Shape* to;       // setattr: the shape after adding name to `shape` (null if present)
};

namespace {

AttrCache* new_attr_cache(Value name, Value descr, PyType* t) {
  auto* c = static_cast<AttrCache*>(heap::alloc(sizeof(AttrCache)));
  c->h.cls = classes().attrcache;
  c->name = name;
  c->descr = descr;
  c->type = type_value(t);
  c->shape = nullptr;
  c->slot = -1;
  c->to = nullptr;
  return c;
}

// The value of a missing instance attribute: the class's attribute, __getattr__, or an error.
Value instance_fallback(VM& vm, Value obj, AttrCache* c) {
  PyType* t = c->type.as<PyType>();
  if (!c->descr.is_empty()) return bind_descriptor(vm, c->descr, obj, t);
  return getattr(vm, obj, c->name);  // __getattr__, __class__, __dict__, or AttributeError
}

Value load_instance(VM& vm, const NativeCallable* self, const Value* args, uint32_t) {
  auto* c = self->payload.as<AttrCache>();
  Object* o = args[0].as<Object>();
  if (o->shape != c->shape) {
    c->shape = o->shape;
    c->slot = shape_slot(o->shape, c->name);
  }
  if (c->slot >= 0) {
    Value v = o->slots[c->slot];
    if (v != unbound()) return v;
  }
  return instance_fallback(vm, args[0], c);
}

Value store_instance(VM& vm, const NativeCallable* self, const Value* args, uint32_t) {
  auto* c = self->payload.as<AttrCache>();
  Object* o = args[0].as<Object>();
  if (o->shape == c->shape) {
    if (c->slot >= 0) {
      o->slots[c->slot] = args[1];
      return Value::nil();
    }
    if (c->to && c->to->slot_count <= o->capacity) {
      o->slots[c->to->slot_count - 1] = args[1];
      o->shape = c->to;
      return Value::nil();
    }
  }
  Shape* before = o->shape;
  int64_t slot = shape_slot(before, c->name);
  object_set(o, c->name, args[1]);
  c->shape = before;
  c->slot = slot;
  c->to = slot >= 0 ? nullptr : o->shape;
  return Value::nil();
}

Value native_with(NativeCall fn, uint32_t arity, Value payload) {
  return Value::object(new_native_callable(fn, arity, nullptr, payload));
}

Value generic_get(VM& vm, const NativeCallable* self, const Value* args, uint32_t) {
  return getattr(vm, args[0], self->payload);
}
Value generic_set(VM& vm, const NativeCallable* self, const Value* args, uint32_t) {
  return setattr(vm, args[0], self->payload, args[1]) ? Value::nil() : Value();
}
Value generic_del(VM& vm, const NativeCallable* self, const Value* args, uint32_t) {
  return delattr(vm, args[0], self->payload) ? Value::nil() : Value();
}

}  // namespace

Value getattr_target(VM& vm, PyType* t, Value name) {
  bool plain = t->heap && class_is_shaped(t->cls) &&
               type_lookup(t, "__getattribute__") == type_lookup(types().object, "__getattribute__");
  if (plain) {
    Value d = type_lookup(t, name);
    if (d.is_empty() || !is_data_descriptor(d)) return native_with(load_instance, 1, Value::object(new_attr_cache(name, d, t)));
  }
  return native_with(generic_get, 1, name);
}

Value setattr_target(VM& vm, PyType* t, Value name) {
  bool plain = t->heap && class_is_shaped(t->cls) &&
               type_lookup(t, "__setattr__") == type_lookup(types().object, "__setattr__");
  if (plain) {
    Value d = type_lookup(t, name);
    if (d.is_empty() || !is_data_descriptor(d)) {
      note_instance_attribute(t, name);
      return native_with(store_instance, 2, Value::object(new_attr_cache(name, d, t)));
    }
  }
  return native_with(generic_set, 2, name);
}

Value delattr_target(VM&, PyType*, Value name) { return native_with(generic_del, 1, name); }

void install_attributes() {}

}  // namespace sy::py
