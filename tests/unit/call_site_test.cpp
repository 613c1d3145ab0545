// Call sites, bootstraps, switch points and tail calls through indy.
#include "callsite/call_site.h"

#include "callsite/method_handle.h"
#include "ir_fixture.h"

namespace sy::testing {
namespace {

using CallSiteTest = IrTest;

const char* const kSites = R"(
global site_g
site c "f" 1 constant "inc"
site m "f" 1 make_mutable
site v "f" 1 make_volatile
site unknown "f" 1 nowhere
site notasite "f" 1 returns_handle
site wrong "f" 2 constant "inc"

func inc/1
    addi r0, r0, 1
    ret r0
end
func dec/1
    addi r0, r0, -1
    ret r0
end
; IR bootstraps: (name, arity, static arguments) -> call site
func make_mutable/3
    func r0, inc
    ncall r0, cs.mutable, r0
    gset site_g, r0
    ret r0
end
func make_volatile/3
    func r0, inc
    ncall r0, cs.volatile, r0
    gset site_g, r0
    ret r0
end
func returns_handle/3
    func r0, inc
    ret r0
end
func retarget/0 regs 2
    gget r0, site_g
    func r1, dec
    ncall r0, cs.setTarget, r0, r1
    ret r0
end
func call_c/1
    indy r0, c, r0
    ret r0
end
func call_m/1
    indy r0, m, r0
    ret r0
end
func call_v/1
    indy r0, v, r0
    ret r0
end
func call_unknown/1
    indy r0, unknown, r0
    ret r0
end
func call_notasite/1
    indy r0, notasite, r0
    ret r0
end
func call_wrong/1
    indy r0, wrong, r0, r0
    ret r0
end
)";

TEST_F(CallSiteTest, ConstantSiteLinksOnceThenHits) {
  load(kSites);
  EXPECT_EQ(run("call_c", {i(1)}), "2");
  EXPECT_EQ(run("call_c", {i(2)}), "3");
  SiteCache* c = cache(0);
  EXPECT_EQ(c->state, SiteState::Monomorphic);
  EXPECT_EQ(c->misses, 1u);
  EXPECT_EQ(c->entries[0].hits, 1u);
  EXPECT_EQ(mh::kind_of(c->entries[0].target), "direct");
}

TEST_F(CallSiteTest, MutableSiteSetTargetInvalidatesCaches) {
  load(kSites);
  EXPECT_EQ(run("call_m", {i(10)}), "11");
  EXPECT_EQ(run("call_m", {i(10)}), "11");
  EXPECT_EQ(cache(1)->count, 1u);
  EXPECT_EQ(run("retarget"), "nil");
  EXPECT_EQ(cache(1)->count, 0u);  // flushed
  EXPECT_EQ(cache(1)->state, SiteState::Uninitialized);
  EXPECT_EQ(run("call_m", {i(10)}), "9");
  EXPECT_EQ(cache(1)->transitions, 3u);  // linked, flushed, relinked
}

TEST_F(CallSiteTest, VolatileSiteReadsTargetEveryCall) {
  load(kSites);
  EXPECT_EQ(run("call_v", {i(1)}), "2");
  EXPECT_EQ(cache(2)->count, 0u);  // never cached
  EXPECT_EQ(run("retarget"), "nil");
  EXPECT_EQ(run("call_v", {i(1)}), "0");
  EXPECT_EQ(cache(2)->slow_hits, 1u);
}

TEST_F(CallSiteTest, SetTargetErrors) {
  load(kSites);
  Value c = cs::constant_site(vm_, fn("inc"));
  EXPECT_EQ(show(cs::set_target(vm_, c, fn("dec"))), "raised type_error: a constant call site's target cannot change");
  Value m = cs::mutable_site(vm_, fn("inc"));
  EXPECT_EQ(show(cs::set_target(vm_, m, mh::constant(i(1)))),
            "raised wrong_method_type: setTarget: the new target has type (0), the site (1)");
  EXPECT_EQ(show(cs::mutable_site(vm_, i(1))), "raised type_error: a call site's target must be a method handle, got 1");
}

TEST_F(CallSiteTest, DynamicInvokerFollowsTheTarget) {
  load(kSites);
  Value m = cs::mutable_site(vm_, fn("inc"));
  Value inv = cs::dynamic_invoker(vm_, m);
  Value args[] = {i(5)};
  EXPECT_EQ(show(mh::invoke(vm_, inv, args)), "6");
  cs::set_target(vm_, m, fn("dec"));
  EXPECT_EQ(show(mh::invoke(vm_, inv, args)), "4");
}

TEST_F(CallSiteTest, BootstrapErrors) {
  load(kSites);
  EXPECT_EQ(run("call_unknown", {i(1)}), "raised link_error: site 'unknown': no bootstrap named 'nowhere'");
  EXPECT_EQ(run("call_notasite", {i(1)}), "raised bootstrap_error: bootstrap 'returns_handle' returned closure, not a call site");
  EXPECT_EQ(run("call_wrong", {i(1)}), "raised wrong_method_type: site 'wrong' passes 2 arguments, its target has type (1)");
}

TEST_F(CallSiteTest, VerifierChecksIndyArity) {
  ir::SourceError e;
  auto m = ir::read_module("site s \"f\" 2 constant \"f\"\nfunc f/0 regs 1\n    indy r0, s, r0\n    ret r0\nend\n",
                           "bad.syir", &e);
  EXPECT_FALSE(m);
  EXPECT_EQ(e.format(), "bad.syir:3:5: site 's' takes 2 arguments, 1 given");
}

TEST_F(CallSiteTest, PrinterRoundTripsIndy) {
  const char* text =
      "site s \"+\" 2 pic \"look\" :class 0 1\n"
      "\n"
      "func look/2 regs 2\n"
      "    ret r0\n"
      "end\n"
      "\n"
      "func f/2 regs 3\n"
      "    indy r2, s, r0, r1\n"
      "    tailindy s, r2, r1\n"
      "end\n";
  ir::SourceError e;
  auto m = ir::read_module(text, "rt.syir", &e);
  ASSERT_TRUE(m) << e.format();
  EXPECT_EQ(ir::print_module(*m), text);
}

Value bootstrap_inc(VM& vm, const Module& m, const SiteDescriptor&) {
  return cs::constant_site(vm, mh::direct(m.find("inc")));
}

// tailindy in a 100000-step loop with max_depth 200: constant stack.
TEST_F(CallSiteTest, TailIndyRunsInConstantStack) {
  cs::register_bootstrap("test.loop", bootstrap_inc);
  load(R"(
site back "loop" 1 constant "loop"
site inc "inc" 1 test.loop
func inc/1
    addi r0, r0, 1
    ret r0
end
func loop/1 regs 2
    const r1, 100000
    jge r0, r1, done
    indy r0, inc, r0
    tailindy back, r0
done:
    ret r0
end
)");
  EXPECT_EQ(run("loop", {i(0)}), "100000");
}

// -- Switch points --

const char* const kSwitch = R"(
global sp_g
global log_g
site s "m" 1 guarded

func fast/1 regs 3
    ; invalidates the switch point while this, the cached target, is running
    gget r1, sp_g
    ncall r2, sp.invalidate, r1
    const r0, :fast
    ret r0
end
func slow/1
    const r0, :slow
    ret r0
end
func guarded/3 regs 4
    const r0, "test"
    ncall r0, sp.new, r0
    gset sp_g, r0
    func r1, fast
    func r2, slow
    ncall r0, sp.guardWithTest, r0, r1, r2
    ncall r0, cs.constant, r0
    ret r0
end
func call/1
    indy r0, s, r0
    ret r0
end
)";

TEST_F(CallSiteTest, SwitchPointInvalidatedWhileTargetRuns) {
  load(kSwitch);
  EXPECT_EQ(run("call", {i(0)}), ":fast");
  Value sp = module_->globals[0];
  EXPECT_FALSE(cs::is_valid(sp));
  EXPECT_EQ(run("call", {i(0)}), ":slow");
  EXPECT_EQ(run("call", {i(0)}), ":slow");
}

TEST_F(CallSiteTest, SwitchPointFlushesDependentCaches) {
  load(kSites);
  EXPECT_EQ(run("call_c", {i(1)}), "2");
  Value sp = cs::new_switch_point("t");
  cs::add_dependent(sp, cache(0));
  cs::invalidate(sp);
  EXPECT_EQ(cache(0)->count, 0u);
  EXPECT_EQ(run("call_c", {i(1)}), "2");  // relinked from the same call site
  EXPECT_EQ(cache(0)->count, 1u);
  // Module granularity: every site of the module depends on the module's switch point.
  cs::invalidate_module(module_.get());
  EXPECT_EQ(cache(0)->count, 0u);
  EXPECT_TRUE(cs::is_valid(cs::module_switch_point(module_.get())));  // a fresh one
}

}  // namespace
}  // namespace sy::testing
