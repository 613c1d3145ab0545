// The runtime's object helpers: strings, singletons, functions and bound methods, builtin
// natives, instances and exceptions, module objects, and the registries of compiled code.
#include <sys/resource.h>

#include <algorithm>
#include <unordered_map>

#include "core/heap.h"
#include "core/interp/indy.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/runtime.h"

namespace sy::py {

// -- Strings --

Value str(std::string_view s) { return make_string(s); }
Value str_interned(std::string_view s) { return Value::object(intern(s)); }

uint64_t str_length(Value s) {
  String* p = s.as<String>();
  // `reserved` caches the code-point count + 1 (strings are immutable).
  if (p->reserved == 0) {
    uint64_t n = pylib::unicode::length(view(p));
    if (n >= UINT32_MAX) return n;
    p->reserved = static_cast<uint32_t>(n + 1);
  }
  return p->reserved - 1;
}

// -- Singletons and tuples --

namespace {
ObjHeader* immortal_header(ClassId c) {
  auto* p = static_cast<ObjHeader*>(heap::alloc_root(sizeof(ObjHeader) + 8));
  p->cls = c;
  return p;
}
}  // namespace

Value notimplemented() {
  static Value v = Value::object(immortal_header(classes().notimpl));
  return v;
}
Value ellipsis() {
  static Value v = Value::object(immortal_header(classes().ellipsis));
  return v;
}

Tuple* tuple_of(std::initializer_list<Value> items) {
  Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
  uint32_t i = 0;
  for (Value v : items) t->items[i++] = v;
  return t;
}

Value empty_tuple() {
  static Value v = [] {
    auto* t = static_cast<Tuple*>(heap::alloc_root(sizeof(Tuple)));
    t->h.cls = cls::Tuple;
    t->h.aux = 0;
    return Value::object(t);
  }();
  return v;
}

Value tuple_from(std::span<const Value> items) {
  if (items.empty()) return empty_tuple();
  Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
  return Value::object(t);
}

Value new_list(uint64_t capacity) { return Value::object(new_array(capacity)); }

Value list_from(std::span<const Value> items) {
  Array* a = new_array(items.size());
  for (size_t i = 0; i < items.size(); ++i) a->items[i] = items[i];
  a->length = items.size();
  return Value::object(a);
}

// -- Functions --

FuncInfo* function_info(Value v) {
  if (!is_instance(v, cls::Closure)) return nullptr;
  Closure* c = v.as<Closure>();
  if (c->h.aux == 0 || !is_instance(c->captures[0], classes().funcinfo)) return nullptr;
  return c->captures[0].as<FuncInfo>();
}

Value new_bound_method(Value func, Value self) {
  auto* m = static_cast<BoundMethod*>(heap::alloc(sizeof(BoundMethod)));
  m->h.cls = classes().method;
  m->func = func;
  m->self = self;
  return Value::object(m);
}

// -- Builtins --

namespace {

Value g_no_keywords[kMaxBuiltinKeywords];  // all empty: never written

std::string arity_message(const Builtin* s, uint32_t given) {
  int off = s->owner ? 1 : 0;  // a method's self does not count in messages
  int lo = s->min_pos - off, hi = s->max_pos < 0 ? -1 : s->max_pos - off;
  int n = static_cast<int>(given) - off;
  std::string q = s->qualname.empty() ? s->name : s->qualname;
  std::string_view name = s->name;
  auto plural = [](int k) { return k == 1 ? " argument" : " arguments"; };
  // CPython words these by how each builtin parses its arguments: those that take
  // keywords, and str's find family, say "takes at most/least"; the one-argument
  // types staticmethod, classmethod and reversed say "expected".
  bool keyworded = !s->keywords.empty() && !s->varkw;
  bool find_family = s->owner == types().str && (name == "find" || name == "rfind" || name == "index" ||
                                                 name == "rindex" || name == "count" || name == "startswith" ||
                                                 name == "endswith");
  if (keyworded || find_family) {
    if (hi >= 0 && n > hi)
      return std::string(name) + "() takes at most " + std::to_string(hi) + plural(hi) + " (" + std::to_string(n) +
             " given)";
    if (n < lo)
      return std::string(name) + "() takes at least " + std::to_string(lo) + (name == "sum" ? " positional" : "") +
             plural(lo) + " (" + std::to_string(n) + " given)";
  }
  bool expected_style = name == "staticmethod" || name == "classmethod" || name == "reversed";
  if (lo == hi && hi == 1 && !expected_style)
    return q + "() takes exactly one argument (" + std::to_string(n) + " given)";
  if (hi == 0) return q + "() takes no arguments (" + std::to_string(n) + " given)";
  if (lo == hi) return std::string(s->name) + " expected " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") +
                       ", got " + std::to_string(n);
  if (n < lo) return std::string(s->name) + " expected at least " + std::to_string(lo) + " argument" +
                     (lo == 1 ? "" : "s") + ", got " + std::to_string(n);
  return std::string(s->name) + " expected at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s") +
         ", got " + std::to_string(n);
}

bool check_builtin_args(VM& vm, const Builtin* s, const Value* pos, uint32_t npos) {
  auto special_method = [s] {
    std::string_view name = s->name;
    return name.size() > 4 && name.starts_with("__") && name.ends_with("__");
  };
  if (static_cast<int>(npos) < s->min_pos || (s->max_pos >= 0 && static_cast<int>(npos) > s->max_pos)) {
    if (s->owner && npos == 0) {
      // Special methods are slot wrappers in CPython, the others method descriptors.
      if (special_method())
        raise_type_error(vm, "descriptor '" + std::string(s->name) + "' of '" + std::string(type_name(s->owner)) +
                                 "' object needs an argument");
      else
        raise_type_error(vm, "unbound method " + s->qualname + "() needs an argument");
      return false;
    }
    raise_type_error(vm, arity_message(s, npos));
    return false;
  }
  if (s->owner && !isinstance(pos[0], s->owner)) {
    if (special_method())
      raise_type_error(vm, "descriptor '" + std::string(s->name) + "' requires a '" +
                               std::string(type_name(s->owner)) + "' object but received a '" + type_name_of(pos[0]) +
                               "'");
    else
      raise_type_error(vm, "descriptor '" + std::string(s->name) + "' for '" + std::string(type_name(s->owner)) +
                               "' objects doesn't apply to a '" + type_name_of(pos[0]) + "' object");
    return false;
  }
  return true;
}

// Runs a builtin whose arguments are checked. A method of int or float called on an
// instance of a subclass gets the number as self.
Value run_builtin(VM& vm, const Builtin* s, const Value* pos, uint32_t npos, const Value* kw) {
  if (s->owner && npos > 0 && is_box(pos[0])) {
    heap::RootedVector<Value> copy(pos, pos + npos);
    copy[0] = unbox(pos[0]);
    return s->fn(vm, Args{copy.data(), npos, kw});
  }
  return s->fn(vm, Args{pos, npos, kw});
}

// args[0] is the callee slot; the builtin's arguments follow.
Value builtin_entry(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  const auto* s = static_cast<const Builtin*>(self->data);
  if (!check_builtin_args(vm, s, args + 1, argc - 1)) return Value();
  return run_builtin(vm, s, args + 1, argc - 1, g_no_keywords);
}

}  // namespace

Value builtin_value(const Builtin* spec) {
  auto* n = static_cast<NativeCallable*>(heap::alloc_root(sizeof(NativeCallable)));
  n->h.cls = cls::NativeFn;
  n->h.aux = kAnyArity;
  n->call = builtin_entry;
  n->data = spec;
  n->payload = Value::nil();
  return Value::object(n);
}

const Builtin* builtin_spec(Value v) {
  if (!is_instance(v, cls::NativeFn)) return nullptr;
  const auto* n = v.as<NativeCallable>();
  return n->call == builtin_entry ? static_cast<const Builtin*>(n->data) : nullptr;
}

// A call of a builtin with keyword arguments: `names` in the order the call gives them.
struct KwBinding {
  const Builtin* spec;
  std::vector<uint32_t> slot;  // keyword i of the call -> spec->keywords index
  std::vector<std::string> names;
};

static Value kw_entry(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  const auto* b = static_cast<const KwBinding*>(self->data);
  auto nkw = static_cast<uint32_t>(b->slot.size());
  uint32_t npos = argc - 1 - nkw;
  Value kw[kMaxBuiltinKeywords] = {};
  if (b->spec->varkw) {
    // Any keywords: collected in a dict (in the order given), passed as kw[0].
    Dict* d = new_dict(nkw);
    for (uint32_t i = 0; i < nkw; ++i) dict_set_str(d, str(b->names[i]), args[1 + npos + i]);
    kw[0] = Value::object(d);
    if (!check_builtin_args(vm, b->spec, args + 1, npos)) return Value();
    return run_builtin(vm, b->spec, args + 1, npos, kw);
  }
  for (uint32_t i = 0; i < nkw; ++i) kw[b->slot[i]] = args[1 + npos + i];
  if (!check_builtin_args(vm, b->spec, args + 1, npos)) return Value();
  return run_builtin(vm, b->spec, args + 1, npos, kw);
}

// The handle a site with these keyword names calls for builtin `f`; empty with a
// TypeError pending when the builtin takes no such keyword.
Value builtin_with_keywords(VM& vm, Value f, const std::vector<std::string>& kwnames) {
  const Builtin* s = builtin_spec(f);
  static std::unordered_map<std::string, const KwBinding*> cache;
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(s));
  for (const auto& k : kwnames) key += "," + k;
  auto it = cache.find(key);
  const KwBinding* b;
  if (it != cache.end()) {
    b = it->second;
  } else {
    auto* nb = new KwBinding{s, {}, kwnames};
    for (const auto& k : kwnames) {
      if (s->varkw) {
        nb->slot.push_back(0);
        continue;
      }
      auto pos = std::find(s->keywords.begin(), s->keywords.end(), k);
      if (pos == s->keywords.end()) {
        delete nb;
        // CPython's wording: a builtin without keyword parameters refuses them all under
        // its qualified name; one with keywords names the bad one and its plain name
        // (sorted() passes its keywords on to list.sort, which is what the message names).
        if (s->keywords.empty())
          return raise_type_error(vm, (s->qualname.empty() ? std::string(s->name) : s->qualname) +
                                          "() takes no keyword arguments");
        std::string fn = s->name;
        if (fn == "sorted") fn = "sort";
        return raise_type_error(vm, "'" + k + "' is an invalid keyword argument for " + fn + "()");
      }
      nb->slot.push_back(static_cast<uint32_t>(pos - s->keywords.begin()));
    }
    cache[key] = b = nb;
  }
  auto* n = static_cast<NativeCallable*>(heap::alloc_root(sizeof(NativeCallable)));
  n->h.cls = cls::NativeFn;
  n->h.aux = kAnyArity;
  n->call = kw_entry;
  n->data = b;
  n->payload = f;
  return Value::object(n);
}

// -- Builtins table --

namespace {
struct BuiltinTable {
  std::unordered_map<std::string, uint32_t> index;
  heap::RootedVector<Value> values;
};
BuiltinTable& builtin_table() {
  static auto* t = new BuiltinTable();
  return *t;
}
}  // namespace

void define_builtin(std::string_view name, Value v) {
  auto& t = builtin_table();
  auto it = t.index.find(std::string(name));
  if (it != t.index.end()) {
    t.values[it->second] = v;
    return;
  }
  t.index[std::string(name)] = static_cast<uint32_t>(t.values.size());
  t.values.push_back(v);
}

Value builtin_named(std::string_view name) {
  auto& t = builtin_table();
  auto it = t.index.find(std::string(name));
  return it == t.index.end() ? Value() : t.values[it->second];
}

bool is_builtin_name(std::string_view name) { return !builtin_named(name).is_empty(); }

void define_method(PyType* t, const Builtin* spec) {
  const_cast<Builtin*>(spec)->owner = t;
  if (spec->qualname.empty()) const_cast<Builtin*>(spec)->qualname = std::string(type_name(t)) + "." + spec->name;
  map_set(t->dict, str_interned(spec->name), builtin_value(spec));
}

void define_attr(PyType* t, std::string_view name, Value v) { map_set(t->dict, str_interned(name), v); }

void define_getset(PyType* t, std::string_view name, BuiltinFn getter, BuiltinFn setter) {
  auto* spec = new Builtin{strdup(std::string(name).c_str()), getter, 1, 1, {}, nullptr, ""};
  spec->qualname = std::string(type_name(t)) + "." + std::string(name);
  auto* p = static_cast<Property*>(heap::alloc_root(sizeof(Property)));
  p->h.cls = classes().property;
  p->fget = builtin_value(spec);
  p->fset = p->fdel = p->doc = Value::nil();
  if (setter) {
    auto* sspec = new Builtin{strdup(std::string(name).c_str()), setter, 2, 2, {}, nullptr, ""};
    sspec->qualname = spec->qualname;
    p->fset = builtin_value(sspec);
  }
  map_set(t->dict, str_interned(name), Value::object(p));
}

void define_getter(PyType* t, std::string_view name, BuiltinFn getter) { define_getset(t, name, getter, nullptr); }

// -- Instances and exceptions --

bool is_exception(Value v) {
  return v.is_object() && class_is_shaped(v.as_object()->cls) && type_of(v)->layout == Layout::Exception;
}

Value new_instance(VM& vm, PyType* t) {
  if (t->layout == Layout::Exception) {
    auto* e = static_cast<ExcObject*>(heap::alloc(sizeof(ExcObject)));
    e->base.h.cls = t->cls;
    e->base.shape = root_shape();
    e->args = empty_tuple();
    e->traceback = e->cause = e->context = e->notes = Value::nil();
    return Value::object(e);
  }
  if (t->layout == Layout::Object) return Value::object(new_object(t->cls));
  if (t->heap) return new_subclass_instance(vm, t);
  return raise_type_error(vm, "cannot create '" + std::string(type_name(t)) + "' instances");
}

Value new_exception(VM& vm, PyType* t, Value args_tuple) {
  Value e = new_instance(vm, t);
  if (e.is_empty()) return e;
  as_exc(e)->args = args_tuple;
  return e;
}

Value exc_args(Value e) { return as_exc(e)->args; }

Value raise_exc(VM& vm, Value exc) { return vm.raise(exc); }

Value raise_lib(VM& vm, const pylib::PyError& e) {
  const Types& t = types();
  switch (e.kind) {
    case pylib::ErrorKind::ValueError: return raise(vm, t.ValueError, e.message);
    case pylib::ErrorKind::TypeError: return raise(vm, t.TypeError, e.message);
    case pylib::ErrorKind::OverflowError:
      if (!e.message.empty() && e.message[0] == '(') {
        // "(34, 'Numerical result out of range')": CPython's errno pair as the args.
        return vm.raise(new_exception(vm, t.OverflowError,
                                      Value::object(tuple_of({Value::small_int(34), str("Numerical result out of range")}))));
      }
      return raise(vm, t.OverflowError, e.message);
    case pylib::ErrorKind::ZeroDivisionError: return raise(vm, t.ZeroDivisionError, e.message);
    case pylib::ErrorKind::IndexError: return raise(vm, t.IndexError, e.message);
    case pylib::ErrorKind::KeyError: return raise(vm, t.KeyError, e.message);
    case pylib::ErrorKind::AttributeError: return raise(vm, t.AttributeError, e.message);
    case pylib::ErrorKind::MemoryError: return vm.raise(new_exception(vm, t.MemoryError, empty_tuple()));
    case pylib::ErrorKind::Callback: return Value();
  }
  return Value();
}

Value raise(VM& vm, PyType* t, std::string_view message) {
  Value e = new_exception(vm, t, Value::object(tuple_of({str(message)})));
  return vm.raise(e);
}
Value raise_type_error(VM& vm, std::string_view m) { return raise(vm, types().TypeError, m); }
Value raise_value_error(VM& vm, std::string_view m) { return raise(vm, types().ValueError, m); }
Value raise_index_error(VM& vm, std::string_view m) { return raise(vm, types().IndexError, m); }
Value raise_attribute_error(VM& vm, Value obj, Value name) {
  std::string msg;
  if (is_type(obj)) msg = "type object '" + std::string(type_name(obj.as<PyType>())) + "' has no attribute '";
  else if (ModuleObj* m = as_module(obj)) msg = "module '" + std::string(sv(m->name)) + "' has no attribute '";
  else msg = quoted_type_name(obj) + " object has no attribute '";
  msg += std::string(sv(name)) + "'";
  // name and obj, as CPython sets them: the traceback report's "Did you mean" uses them.
  Value e = new_exception(vm, types().AttributeError, Value::object(tuple_of({str(msg)})));
  object_set(&as_exc(e)->base, str_interned("name"), name);
  object_set(&as_exc(e)->base, str_interned("obj"), obj);
  return vm.raise(e);
}

Value raise_name_error(VM& vm, PyType* t, std::string_view message, Value name) {
  Value e = new_exception(vm, t, Value::object(tuple_of({str(message)})));
  object_set(&as_exc(e)->base, str_interned("name"), name);
  return vm.raise(e);
}
Value raise_key_error(VM& vm, Value key) {
  Value e = new_exception(vm, types().KeyError, Value::object(tuple_of({key})));
  return vm.raise(e);
}
Value raise_stop_iteration(VM& vm, Value value) {
  Value args = value.is_nil() ? empty_tuple() : Value::object(tuple_of({value}));
  return vm.raise(new_exception(vm, types().StopIteration, args));
}

// -- Compiled modules and module objects --

namespace {
struct Registry {
  std::vector<std::unique_ptr<CompiledModule>> modules;
  std::unordered_map<const Function*, const CodeInfo*> codes;
  std::unordered_map<const Function*, std::vector<Position>> positions;
  std::unordered_map<const Function*, const CompiledModule*> owner;
  std::unordered_map<const Module*, uint32_t> module_objects;  // index into objects
  heap::RootedVector<Value> objects;
};
Registry& registry() {
  static auto* r = new Registry();
  return *r;
}
}  // namespace

CompiledModule& register_module(std::unique_ptr<CompiledModule> m) {
  Registry& r = registry();
  for (auto& [fn, code] : m->function_codes) {
    r.codes[fn] = code;
    r.owner[fn] = m.get();
  }
  for (auto& [fn, pos] : m->positions) r.positions[fn] = std::move(pos);
  m->positions.clear();
  r.modules.push_back(std::move(m));
  return *r.modules.back();
}

const CodeInfo* code_info(const Function* fn) {
  auto& c = registry().codes;
  auto it = c.find(fn);
  return it == c.end() ? nullptr : it->second;
}
void set_code_info(const Function* fn, const CodeInfo* code) { registry().codes[fn] = code; }
void set_positions(const Function* fn, std::vector<Position> positions) {
  registry().positions[fn] = std::move(positions);
}

const Position* position_at(const Function* fn, uint32_t pc) {
  auto& p = registry().positions;
  auto it = p.find(fn);
  if (it == p.end() || it->second.empty()) return nullptr;
  const auto& v = it->second;
  auto at = std::upper_bound(v.begin(), v.end(), pc, [](uint32_t x, const Position& e) { return x < e.pc; });
  if (at == v.begin()) return nullptr;
  return &*std::prev(at);
}

const CompiledModule* compiled_module_of(const Function* fn) {
  auto& o = registry().owner;
  auto it = o.find(fn);
  return it == o.end() ? nullptr : it->second;
}

ModuleObj* as_module(Value v) {
  if (!v.is_object()) return nullptr;
  PyType* t = type_for_class(v.as_object()->cls);
  return t == types().module ? v.as<ModuleObj>() : nullptr;
}

namespace {
ModuleObj* new_module_object(std::string_view name, Module* ir) {
  ClassId c = register_class("module " + std::string(name), false);
  // Each module is its own class (its attribute sites select on it); all are `module`.
  map_class_to_type(c, types().module);
  auto* m = static_cast<ModuleObj*>(heap::alloc_root(sizeof(ModuleObj)));
  m->h.cls = c;
  m->ir = ir;
  m->name = str(name);
  m->file = Value::nil();
  m->index = new_map(8);
  m->extra = Value::object(new_dict());
  return m;
}
}  // namespace

Value module_object(CompiledModule& cm) {
  Registry& r = registry();
  auto it = r.module_objects.find(cm.module);
  if (it != r.module_objects.end()) return r.objects[it->second];
  ModuleObj* m = new_module_object(cm.name, cm.module);
  m->file = str(cm.path);
  Module& ir = *cm.module;
  for (uint32_t g = 0; g < ir.global_names.size(); ++g) {
    const std::string& n = ir.global_names[g];
    map_set(m->index, str_interned(n), Value::small_int(g));
    Value b = builtin_named(n);
    if (n == "__name__") ir.globals[g] = str(cm.name);
    else if (n == "__file__") ir.globals[g] = str(cm.path);
    else if (n == "__doc__") ir.globals[g] = Value::nil();
    else ir.globals[g] = b.is_empty() ? unbound() : b;
  }
  r.module_objects[cm.module] = static_cast<uint32_t>(r.objects.size());
  r.objects.push_back(Value::object(m));
  return Value::object(m);
}

Value module_object_for(const Module* ir) {
  Registry& r = registry();
  auto it = r.module_objects.find(ir);
  return it == r.module_objects.end() ? Value::nil() : r.objects[it->second];
}

Value module_object_named(std::string_view name) {
  Registry& r = registry();
  for (auto& m : r.modules)
    if (m->name == name) return module_object(*m);
  return Value::nil();
}

Value new_native_module(std::string_view name) { return Value::object(new_module_object(name, nullptr)); }

// -- Re-entry guard --

namespace {
uint32_t g_reentry_depth = 0;
constexpr uint32_t kMaxReentry = 30000;

// The native stack: C++ recursion (re-entering the interpreter from a native, walking
// nested data) stops with RecursionError before it grows below this address. Set from the
// stack's size limit when the runtime is installed, with room left for the frames that
// report the error.
uintptr_t g_stack_floor = 0;
uintptr_t stack_here() { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)); }
bool stack_exhausted() {
  uintptr_t sp = stack_here();
  // Only this stack counts: an address far below the floor is another thread's stack.
  return sp < g_stack_floor && sp + (uintptr_t{64} << 20) > g_stack_floor;
}
}  // namespace

bool native_stack_ok(VM& vm) {
  if (!stack_exhausted()) return true;
  raise(vm, types().RecursionError, "maximum recursion depth exceeded");
  return false;
}

void init_native_stack_limit() {
  size_t size = size_t{8} << 20;
  rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
  size_t budget = size > (size_t{2} << 20) ? size - (size_t{1} << 20) : size / 2;
  g_stack_floor = stack_here() - budget;
}

ReentryGuard::ReentryGuard(VM& vm, const char* where)
    : ok_(g_reentry_depth < kMaxReentry && !stack_exhausted()) {
  ++g_reentry_depth;
  if (!ok_) raise(vm, types().RecursionError, std::string("maximum recursion depth exceeded") + where);
}
ReentryGuard::~ReentryGuard() { --g_reentry_depth; }

namespace {
uint64_t g_nesting = 0;
}
NestingGuard::NestingGuard(VM& vm, const char* where) {
  ++g_nesting;
  ok_ = vm.depth + g_nesting <= vm.options().max_depth && g_reentry_depth + g_nesting / 4 < kMaxReentry &&
        !stack_exhausted();
  if (!ok_) raise(vm, types().RecursionError, std::string("maximum recursion depth exceeded") + where);
}
NestingGuard::~NestingGuard() { --g_nesting; }

void install_objects() {
  (void)notimplemented();
  (void)ellipsis();
  (void)empty_tuple();
}

}  // namespace sy::py
