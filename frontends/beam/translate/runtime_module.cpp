#include "frontends/beam/translate/runtime_module.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/ir/text.h"
#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

namespace {

const char* const kRuntime = R"(
; erlang:apply(Fun, Args)
func apply2/2 regs 4
    ncall r2, "beam.fun_target", r0, r1
    ncall r3, "beam.spreader", r1
    tailcallv r3, r2, r1
end
; erlang:apply(Module, Function, Args)
func apply3/3 regs 5
    ncall r3, "beam.apply_target", r0, r1, r2
    ncall r4, "beam.spreader", r2
    tailcallv r4, r3, r2
end
; The entry of spawn(Module, Function, Args).
func spawn_mfa/0 regs 3
    cap r0, 0
    cap r1, 1
    cap r2, 2
    tailcall apply3, r0, r1, r2
end
; The entry of spawn(Fun) when Fun is not a closure of no arguments.
func spawn_fun/0 regs 2
    cap r0, 0
    const r1, nil
    tailcall apply2, r0, r1
end
; logger:macro_log/3,4,5, what OTP's ?LOG_* macros call: the event as erl's default
; handler formats it (process/kernel_natives.cpp builds it), through OTP's own
; logger_formatter:format/2, onto standard output.
func logger_log3/3 regs 4
    ncall r3, "beam.logger_event3", r0, r1, r2
    tailcall logger_emit, r3
end
func logger_log4/4 regs 5
    const r4, 1
    ncall r4, "beam.is_function2", r2, r4
    jisk r4, true, lazy
    ncall r4, "beam.logger_event4", r0, r1, r2, r3
    tailcall logger_emit, r4
lazy:
    ncall r4, "beam.logger_no_location"
    tailcall logger_lazy, r0, r1, r2, r3, r4
end
func logger_log5/5 regs 6
    const r5, 1
    ncall r5, "beam.is_function2", r2, r5
    jisk r5, true, lazy
    ncall r5, "beam.logger_event5", r0, r1, r2, r3, r4
    tailcall logger_emit, r5
lazy:
    tailcall logger_lazy, r0, r1, r2, r3, r4
end
; A lazy message (Location, Level, Fun, FunArgs, Meta): logger calls Fun(FunArgs) and logs
; what it returns; a crash of Fun is logged instead.
func logger_lazy/5 regs 8
    .handler run, ran, crashed, r7
    ncall r5, "beam.list1", r3
run:
    call r6, apply2, r2, r5
ran:
    ncall r6, "beam.logger_event_lazy", r0, r1, r2, r3, r6, r4
    tailcall logger_emit, r6
crashed:
    ncall r6, "beam.logger_event_lazy_crash", r0, r1, r2, r3, r7, r4
    tailcall logger_emit, r6
end
; logger:log/2,3,4 log as the macros do, from no location.
func logger_api_log2/2 regs 3
    ncall r2, "beam.logger_no_location"
    tailcall logger_log3, r2, r0, r1
end
func logger_api_log3/3 regs 4
    ncall r3, "beam.logger_no_location"
    tailcall logger_log4, r3, r0, r1, r2
end
func logger_api_log4/4 regs 5
    ncall r4, "beam.logger_no_location"
    tailcall logger_log5, r4, r0, r1, r2, r3
end
; logger:error/1,2,3 and the other levels' functions: closures of these, the level
; captured.
func logger_api_level1/1 regs 3
    cap r1, 0
    ncall r2, "beam.logger_no_location"
    tailcall logger_log3, r2, r1, r0
end
func logger_api_level2/2 regs 4
    cap r2, 0
    ncall r3, "beam.logger_no_location"
    tailcall logger_log4, r3, r2, r0, r1
end
func logger_api_level3/3 regs 5
    cap r3, 0
    ncall r4, "beam.logger_no_location"
    tailcall logger_log5, r4, r3, r0, r1, r2
end
; r0: the arguments of logger_formatter:format/2, or nil when nothing is logged.
func logger_emit/1 regs 4
    jisk r0, nil, done
    const r1, :logger_formatter
    const r2, :format
    call r3, apply3, r1, r2, r0
    ncall r3, "beam.list1", r3
    const r1, :io
    const r2, :put_chars
    call r3, apply3, r1, r2, r3
done:
    const r0, :ok
    ret r0
end
; The gate of a module whose -on_load function has not run (on_load_gate): runs it
; first (unless this is a call made while it runs) and calls Module:Function(Args); when
; it does not return ok (or raises), logs erl's warning and raises undef.
func on_load_run/3 regs 6
    .handler run, ran, crashed, r5
    ncall r3, "beam.take_on_load", r0
    jisk r3, false, go
run:
    callv r3, r3
ran:
    ncall r3, "beam.finish_on_load", r0, r3
    jisk r3, nil, go
    call r4, logger_emit, r3
    ncall r4, "beam.undef_list", r0, r1, r2
go:
    tailcall apply3, r0, r1, r2
crashed:
    ncall r3, "beam.catch_value", r5
    jmp ran
end
; erlang:yield()
func yield/0 regs 1
    ncall r0, "beam.yield_value"
    fyield r0, r0
    const r0, true
    ret r0
end
)";

std::unique_ptr<sy::Module> read(const std::string& text, const char* name) {
  ir::SourceError err;
  auto m = ir::read_module(text, name, &err);
  if (!m) throw std::logic_error(std::string("BEAM runtime IR: ") + err.format());
  return m;
}

std::vector<std::unique_ptr<sy::Module>>& spreader_modules() {
  static std::vector<std::unique_ptr<sy::Module>> mods;
  return mods;
}

std::vector<std::unique_ptr<sy::Module>>& gate_modules() {
  static std::vector<std::unique_ptr<sy::Module>> mods;
  return mods;
}

std::vector<std::unique_ptr<sy::Module>>& undef_modules() {
  static std::vector<std::unique_ptr<sy::Module>> mods;
  return mods;
}

}  // namespace

Value undef_raiser(Value module, Value function, uint32_t n) {
  auto& mods = undef_modules();
  if (mods.size() <= n) mods.resize(n + 1);
  if (!mods[n]) {
    // func undef/n: the captures are Module and Function.
    auto r = [](uint32_t i) {
      std::string s = "r";
      s += std::to_string(i);
      return s;
    };
    std::string m = r(n), f = r(n + 1);
    std::string text = "func undef/";
    text += std::to_string(n);
    text += " regs ";
    text += std::to_string(n + 2);
    text += "\n    cap " + m + ", 0\n    cap " + f + ", 1\n    ncall " + m + ", \"beam.undef\", " + m + ", " + f;
    for (uint32_t i = 0; i < n; ++i) text += ", " + r(i);
    text += "\n    throw " + m + "\nend\n";
    mods[n] = read(text, "<beam undef>");
  }
  Closure* c = new_closure(mods[n]->functions[0].get(), 2);
  c->captures[0] = module;
  c->captures[1] = function;
  return Value::object(c);
}

Value on_load_gate(Value module, Value function, uint32_t n) {
  auto& mods = gate_modules();
  if (mods.size() <= n) mods.resize(n + 1);
  if (!mods[n]) {
    // func gate/n: the captures are Module and Function; the arguments go to
    // on_load_run as a list.
    auto r = [](uint32_t i) { return "r" + std::to_string(i); };
    std::string m = r(n), f = r(n + 1), l = r(n + 2), run = r(n + 3);
    std::string text = "func gate/" + std::to_string(n) + " regs " + std::to_string(n + 4) + "\n";
    text += "    cap " + m + ", 0\n    cap " + f + ", 1\n    ncall " + l + ", \"beam.list\"";
    for (uint32_t i = 0; i < n; ++i) text += ", " + r(i);
    text += "\n    ncall " + run + ", \"beam.on_load_runner\"\n";
    text += "    tailcallv " + run + ", " + m + ", " + f + ", " + l + "\nend\n";
    mods[n] = read(text, "<beam on_load gate>");
  }
  Closure* c = new_closure(mods[n]->functions[0].get(), 2);
  c->captures[0] = module;
  c->captures[1] = function;
  return Value::object(c);
}

const RuntimeFunctions& runtime_functions() {
  static std::unique_ptr<sy::Module> m;
  static RuntimeFunctions f = [] {
    m = read(kRuntime, "<beam runtime>");
    return RuntimeFunctions{m->find("apply2"),
                            m->find("apply3"),
                            m->find("spawn_mfa"),
                            m->find("spawn_fun"),
                            m->find("yield"),
                            {m->find("logger_log3"), m->find("logger_log4"), m->find("logger_log5")},
                            {m->find("logger_api_log2"), m->find("logger_api_log3"), m->find("logger_api_log4")},
                            {m->find("logger_api_level1"), m->find("logger_api_level2"), m->find("logger_api_level3")},
                            m->find("on_load_run")};
  }();
  return f;
}

bool is_runtime_function(const sy::Function* fn) {
  const RuntimeFunctions& f = runtime_functions();
  return fn->module == f.apply2->module;
}

Value spreader(uint32_t n) {
  auto& mods = spreader_modules();
  if (mods.size() <= n) mods.resize(n + 1);
  if (!mods[n]) {
    // func spread/2: r0 the callee, r1 the list; its elements go to r2.. and the callee is
    // tail-called with them.
    std::string text = "func spread/2 regs " + std::to_string(n + 2) + "\n";
    std::string args;
    for (uint32_t i = 0; i < n; ++i) {
      std::string r = "r";
      r += std::to_string(i + 2);
      text += "    head " + r + ", r1\n";
      if (i + 1 < n) text += "    tail r1, r1\n";
      args += ", " + r;
    }
    text += "    tailcallv r0" + args + "\nend\n";
    mods[n] = read(text, "<beam spreader>");
  }
  return Value::object(mods[n]->functions[0]->self);
}

}  // namespace sy::beam
