// Generators on fibers (continuations/fiber.h): a generator function's call builds a
// fiber running the body, and a Generator object around it. Advancing it is the IR's
// fresume/fthrow, in small IR helpers that the `fornext`, `yfsend` and `yfthrow` sites
// and the send/throw/close/__next__ methods link to, so that a `for` loop over a
// generator, or a generator delegating with `yield from`, never re-enters the VM from C++.
#include "frontends/python/runtime/generators.h"

#include "continuations/fiber.h"
#include "core/heap.h"
#include "core/interp/stack.h"
#include "frontends/python/runtime/adapters.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {

struct Generator {
  ObjHeader h;
  uint32_t reserved;  // while running: the depth of the handled-exception stack at resume
  Value fiber;
  Value info;    // FuncInfo: names
  Value retval;  // what the body returned, once it has
  Value handled;  // while suspended: the exceptions its body is handling (array), or nil
};
Generator* G(Value v) { return v.as<Generator>(); }

// The IR helpers. The fiber's states: new, suspended, running, done.
//
// A helper's own frame is not counted against the recursion limit while the generator's
// body runs (py.gen_uncounted before the resume, py.gen_counted after it and in the
// handler): CPython counts one frame per generator level, not two. The same two natives
// switch the exceptions being handled: a generator suspended in an except block keeps
// that exception to itself (CPython's gi_exc_state) and gets it back when resumed.
//
// Every helper advances the body the same way, written once by resume() and caught()
// (and advance(), which adds the steps around the resume most helpers share): the value
// the body yields or returns lands in r5, and r6-r8 are scratch.

// fresume or fthrow `arg` into `fiber`, the generator `gen`'s; goes on at `on_done` when
// the body has returned, and falls through when it has yielded.
std::string resume(const char* gen, const char* op, const char* fiber, const char* arg,
                   const char* on_done = "returned") {
  return std::string("    ncall r8, py.gen_uncounted, ") + gen + "\n" +
         "start:\n"
         "    " + op + " r5, " + fiber + ", " + arg + "\n"
         "stop:\n"
         "    ncall r8, py.gen_counted, " + gen + "\n"
         "    fstate r6, " + fiber + "\n"
         "    const r7, :done\n"
         "    jeq r6, r7, " + on_done + "\n";
}

// The generator in `gen` advanced: its fiber in r3 (on to `finished` when it has none,
// with nil in r4), then `check`, the resume, and the yielded value returned. At
// `returned` the body has returned, and r5 holds the stop marker.
std::string advance(const char* gen, const char* op, const char* arg, const char* check = "") {
  return std::string("    ncall r3, py.gen_fiber, ") + gen + "\n" +
         "    const r4, nil\n"
         "    jeq r3, r4, finished\n" +
         check + resume(gen, op, "r3", arg) +
         "    ret r5\n"
         "returned:\n"
         "    ncall r5, py.gen_returned, " + gen + ", r5\n";
}

// The handler of the resume: an exception out of the body goes through `native` (for
// py.gen_raised, StopIteration becomes RuntimeError, PEP 479), which raises it again or
// gives the helper's result.
std::string caught(const char* gen, const char* native) {
  return std::string("caught:\n"
                     "    ncall r8, py.gen_counted, ") + gen + "\n"
                     "    ncall r7, py.catch, r7\n"
                     "    ncall r7, " + native + ", r7\n"
         "    ret r7\n"
         "    .handler start, stop, caught, r7\n"
         "end\n";
}

std::string helpers_text() {
  return std::string(R"(
; The next value for a `for` loop, or the stop marker when the body returns.
func next/1 regs 9
)") + advance("r0", "fresume", "r4") + R"(    ret r5
finished:
    const r5, :"py.stop"
    ret r5
)" + caught("r0", "py.gen_raised") + R"(
; gen.send(value): the next value, or StopIteration(returned value).
func send/3 regs 9
)" + advance("r1", "fresume", "r2", "    ncall r4, py.gen_check_send, r1, r3, r2\n") + R"(finished:
    ncall r5, py.gen_stop, r1
    ret r5
)" + caught("r1", "py.gen_raised") + R"(
; next(gen) through gen.__next__: send(None).
func dunder_next/2 regs 4
    const r2, nil
    func r3, send
    tailcallv r3, r0, r1, r2
end

; gen.throw(exc): raised where the body is suspended; the next value, or StopIteration.
func throw/3 regs 9
    ncall r2, py.gen_throw_value, r2
)" + advance("r1", "fthrow", "r2") + R"(    ncall r5, py.gen_stop, r1
    ret r5
finished:
    ncall r5, py.reraise, r2
    ret r5
)" + caught("r1", "py.gen_raised") + R"(
; gen.close(): GeneratorExit thrown in; yielding again is an error.
func close/2 regs 9
    ncall r2, py.gen_fiber_started, r1
    const r3, nil
    jeq r2, r3, done
    ncall r4, py.gen_exit_exception
)" + resume("r1", "fthrow", "r2", "r4", "done") + R"(    ncall r5, py.gen_ignored_exit
done:
    const r5, nil
    ret r5
)" + caught("r1", "py.gen_close_raised") + R"(
; yield from: send into a delegate generator; the stop marker when it returns.
func yfsend/2 regs 9
)" + advance("r0", "fresume", "r1", "    ncall r4, py.gen_check_send, r0, r3, r1\n") + R"(    ret r5
finished:
    const r5, :"py.stop"
    ret r5
)" + caught("r0", "py.gen_raised") + R"(
; yield from, an exception thrown into the delegating generator: GeneratorExit closes
; the delegate and goes on; anything else is thrown into the delegate.
func yfthrow/2 regs 9
    ncall r2, py.gen_is_exit, r1
    jf r2, throw_in
    func r3, close
    callv r4, r3, r0, r0
    ncall r4, py.reraise, r1
    ret r4
throw_in:
)" + advance("r0", "fthrow", "r1") + R"(    ret r5
finished:
    ncall r5, py.reraise, r1
    ret r5
)" + caught("r0", "py.gen_raised");
}

Function* helper(const char* name) {
  return adapter_function(std::string("generator/") + name, name, helpers_text);
}

// -- Natives the helpers call --

// The fiber to resume, or None when the generator has finished.
// The calling helper's frame leaves the recursion count while the body runs (helpers_text).
heap::RootedVector<Value>* g_handled;  // exceptions.cpp's stack, looked up once

Value n_gen_uncounted(VM& vm, const Value* a, uint32_t) {
  --vm.depth;
  Generator* g = G(a[0]);
  g->reserved = static_cast<uint32_t>(g_handled->size());
  if (!g->handled.is_nil()) [[unlikely]] {
    Array* saved = g->handled.as<Array>();
    g_handled->insert(g_handled->end(), saved->items, saved->items + saved->length);
    g->handled = Value::nil();
  }
  return Value::nil();
}
Value n_gen_counted(VM& vm, const Value* a, uint32_t) {
  ++vm.depth;
  Generator* g = G(a[0]);
  size_t base = g->reserved;
  if (g_handled->size() > base) [[unlikely]] {
    Array* saved = new_array(g_handled->size() - base);
    for (size_t i = base; i < g_handled->size(); ++i) array_push(saved, (*g_handled)[i]);
    g_handled->resize(base);
    g->handled = Value::object(saved);
  }
  return Value::nil();
}

Value n_gen_fiber(VM&, const Value* a, uint32_t) {
  Generator* g = G(a[0]);
  if (g->fiber.is_nil()) return Value::nil();
  FiberState s = fibers::state(g->fiber);
  if (s == FiberState::Done) {
    g->fiber = Value::nil();
    return Value::nil();
  }
  return g->fiber;
}
// For close(): the fiber if the body has started and not finished.
Value n_gen_fiber_started(VM&, const Value* a, uint32_t) {
  Generator* g = G(a[0]);
  if (g->fiber.is_nil()) return Value::nil();
  FiberState s = fibers::state(g->fiber);
  if (s == FiberState::New || s == FiberState::Done) {
    g->fiber = Value::nil();
    return Value::nil();
  }
  return g->fiber;
}
Value n_gen_check_send(VM& vm, const Value* a, uint32_t) {
  if (fibers::state(a[1]) == FiberState::New && !a[2].is_nil())
    return raise_type_error(vm, "can't send non-None value to a just-started generator");
  return Value::nil();
}
// The body returned v: the generator is finished.
Value n_gen_returned(VM&, const Value* a, uint32_t) {
  Generator* g = G(a[0]);
  g->retval = a[1];
  g->fiber = Value::nil();
  return stop();
}
Value n_gen_stop(VM& vm, const Value* a, uint32_t) {
  Generator* g = G(a[0]);
  Value v = g->retval;
  g->retval = Value::nil();
  return raise_stop_iteration(vm, v);
}
// An exception escaped the body: StopIteration becomes RuntimeError (PEP 479).
Value n_gen_raised(VM& vm, const Value* a, uint32_t) {
  Value e = normalize_exception(vm, a[0]);
  if (isinstance(e, types().StopIteration)) {
    Value r = new_exception(vm, types().RuntimeError, Value::object(tuple_of({str("generator raised StopIteration")})));
    as_exc(r)->cause = e;
    as_exc(r)->context = e;
    as_exc(r)->suppress_context = 1;
    return vm.raise(r);
  }
  if (is_exception(e)) as_exc(e)->reraised = 1;
  return vm.raise(e);
}
// An exception thrown into a generator is not chained to what the caller is handling
// (CPython restores it there without chaining): its next catch leaves __context__ alone.
Value thrown(Value e) {
  as_exc(e)->reraised |= kExcThrown;
  return e;
}
Value n_gen_throw_value(VM& vm, const Value* a, uint32_t) {
  Value e = a[0];
  if (is_type(e) && is_subtype(e.as<PyType>(), types().BaseException)) {
    Value x = call(vm, e, {});
    return x.is_empty() ? x : thrown(x);
  }
  if (is_exception(e)) return thrown(e);
  return raise_type_error(vm, "exceptions must be classes or instances deriving from BaseException, not " +
                                  type_name_of(e));
}
Value n_gen_exit_exception(VM& vm, const Value*, uint32_t) {
  return thrown(new_exception(vm, types().GeneratorExit, empty_tuple()));
}
Value n_gen_ignored_exit(VM& vm, const Value*, uint32_t) {
  return raise(vm, types().RuntimeError, "generator ignored GeneratorExit");
}
Value n_gen_close_raised(VM& vm, const Value* a, uint32_t) {
  Value e = normalize_exception(vm, a[0]);
  if (isinstance(e, types().GeneratorExit) || isinstance(e, types().StopIteration)) return Value::nil();
  as_exc(e)->reraised = 1;
  return vm.raise(e);
}
Value n_gen_is_exit(VM&, const Value* a, uint32_t) { return Value::boolean(isinstance(a[0], types().GeneratorExit)); }

// py.make_generator(fiber, funcinfo)
Value n_make_generator(VM&, const Value* a, uint32_t) {
  auto* g = static_cast<Generator*>(heap::alloc(sizeof(Generator)));
  g->h.cls = classes().generator;
  g->fiber = a[0];
  g->info = a[1];
  g->retval = Value::nil();
  g->handled = Value::nil();
  return Value::object(g);
}

// py.yf_value(iterator): what a delegate generator returned.
Value n_yf_value(VM&, const Value* a, uint32_t) {
  if (!is_instance(a[0], classes().generator)) {
    Value v = yf_stop_value();
    yf_stop_value() = Value::nil();
    return v;
  }
  Generator* g = G(a[0]);
  Value v = g->retval;
  g->retval = Value::nil();
  return v;
}

// -- Methods (natives for calls from C++; sites use the IR helpers) --

Value call_helper(VM& vm, const char* name, std::initializer_list<Value> args) {
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  return vm.call(helper(name), {args.begin(), args.size()});
}
Value gm_next(VM& vm, const Args& a) { return call_helper(vm, "send", {a.pos[0], a.pos[0], Value::nil()}); }
Value gm_send(VM& vm, const Args& a) { return call_helper(vm, "send", {a.pos[0], a.pos[0], a.pos[1]}); }
// throw(type[, value[, traceback]]): the 3.11 signature; the exception is normalized as
// PyErr_NormalizeException does (a value that is not an instance of the type is its argument).
Value gm_throw(VM& vm, const Args& a) {
  Value exc = a.pos[1];
  if (a.npos > 2 && is_type(exc) && !a.pos[2].is_nil() && !isinstance(a.pos[2], exc.as<PyType>())) {
    Value args = is_tuple(a.pos[2]) ? a.pos[2] : Value::object(tuple_of({a.pos[2]}));
    exc = call(vm, exc, {args.as<Tuple>()->items, args.as<Tuple>()->size()});
    if (exc.is_empty()) return exc;
  } else if (a.npos > 2 && is_type(exc) && !a.pos[2].is_nil()) {
    exc = a.pos[2];
  } else if (a.npos > 2 && !a.pos[2].is_nil()) {
    return raise_type_error(vm, "instance exception may not have a separate value");
  }
  return call_helper(vm, "throw", {a.pos[0], a.pos[0], exc});
}
Value gm_close(VM& vm, const Args& a) { return call_helper(vm, "close", {a.pos[0], a.pos[0]}); }
Value gm_iter(VM&, const Args& a) { return a.pos[0]; }
Value gm_name(VM&, const Args& a) { return G(a.pos[0])->info.as<FuncInfo>()->name; }
Value gm_qualname(VM&, const Args& a) { return G(a.pos[0])->info.as<FuncInfo>()->qualname; }
Value gm_running(VM&, const Args& a) {
  Generator* g = G(a.pos[0]);
  return Value::boolean(!g->fiber.is_nil() && fibers::state(g->fiber) == FiberState::Running);
}

Value self_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return a[0]; }

void with_ir(Builtin* spec, const char* helper_name, uint32_t arity) {
  spec->ir = static_cast<Value*>(heap::alloc_root(sizeof(Value)));
  *spec->ir = Value::object(helper(helper_name)->self);
  spec->ir_arity = arity;
}

}  // namespace

Value generator_return_value(Value it) {
  if (!is_instance(it, classes().generator)) return Value::nil();
  Generator* g = G(it);
  Value v = g->retval;
  g->retval = Value::nil();
  return v;
}

std::string generator_repr(Value g) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(g.bits()));
  return "<generator object " + std::string(sv(G(g)->info.as<FuncInfo>()->qualname)) + " at " + buf + ">";
}

void install_generators() {
  g_handled = &handled_stack();
  register_native("py.gen_fiber", n_gen_fiber, 1);
  register_native("py.gen_uncounted", n_gen_uncounted, 1);
  register_native("py.gen_counted", n_gen_counted, 1);
  register_native("py.gen_fiber_started", n_gen_fiber_started, 1);
  register_native("py.gen_check_send", n_gen_check_send, 3);
  register_native("py.gen_returned", n_gen_returned, 2);
  register_native("py.gen_stop", n_gen_stop, 1);
  register_native("py.gen_raised", n_gen_raised, 1);
  register_native("py.gen_throw_value", n_gen_throw_value, 1);
  register_native("py.gen_exit_exception", n_gen_exit_exception, 0);
  register_native("py.gen_ignored_exit", n_gen_ignored_exit, 0);
  register_native("py.gen_close_raised", n_gen_close_raised, 1);
  register_native("py.gen_is_exit", n_gen_is_exit, 1);
  register_native("py.make_generator", n_make_generator, 2);
  register_native("py.yf_value", n_yf_value, 1);
}

// The helpers read natives by name: build them once everything is registered.
void install_generator_types() {
  ClassId gc = classes().generator;
  register_fast("iter", gc, self_iter);
  register_fast_handle("next", gc, Value::object(helper("next")->self));
  register_fast_handle("yfsend", gc, Value::object(helper("yfsend")->self));
  register_fast_handle("yfthrow", gc, Value::object(helper("yfthrow")->self));
  PyType* t = types().generator;
  auto* next = new Builtin{"__next__", gm_next, 1, 1, {}};
  with_ir(next, "dunder_next", 1);
  auto* send = new Builtin{"send", gm_send, 2, 2, {}};
  with_ir(send, "send", 2);
  auto* thr = new Builtin{"throw", gm_throw, 2, 4, {}};
  with_ir(thr, "throw", 2);
  auto* close = new Builtin{"close", gm_close, 1, 1, {}};
  with_ir(close, "close", 1);
  define_method(t, next);
  define_method(t, send);
  define_method(t, thr);
  define_method(t, close);
  define_method(t, fn("__iter__", gm_iter, 1, 1));
  define_getter(t, "__name__", gm_name);
  define_getter(t, "__qualname__", gm_qualname);
  define_getter(t, "gi_running", gm_running);
}

}  // namespace sy::py
