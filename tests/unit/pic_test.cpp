// PICs: every state transition under each strategy, selectors, the megamorphic cache,
// class switch points, statistics.
#include "pic/pic.h"

#include <vector>

#include "callsite/method_handle.h"
#include "ir_fixture.h"

namespace sy::testing {
namespace {

const char* const kPic = R"(
site one "m" 1 pic "lookup" :class 0
site two "+" 2 pic "lookup2" :class 0 1
site byte "op" 2 pic "lookup_op" :value 0

func lookup/1
    func r0, id
    ret r0
end
func id/1
    ret r0
end
func call_one/1
    indy r0, one, r0
    ret r0
end

func lookup2/2 regs 3
    classof r2, r0
    classof r1, r1
    jne r2, r1, other
    const r1, 3
    jne r2, r1, other
    func r0, add
    ret r0
other:
    func r0, concat2
    ret r0
end
func add/2
    add r0, r0, r1
    ret r0
end
func concat2/2
    ncall r0, concat, r0, r1
    ret r0
end
func call_two/2
    indy r0, two, r0, r1
    ret r0
end

; A byte-code-like switch: the first argument's value selects the operation.
func lookup_op/2 regs 3
    const r2, 1
    jeq r0, r2, is_neg
    func r0, op_double
    ret r0
is_neg:
    func r0, op_neg
    ret r0
end
func op_neg/2
    neg r0, r1
    ret r0
end
func op_double/2
    add r0, r1, r1
    ret r0
end
func call_op/2
    indy r0, byte, r0, r1
    ret r0
end
)";

class PicTest : public IrTest {
 protected:
  void SetUp() override {
    pic::clear_megamorphic_cache();
    load(kPic);
  }
  void TearDown() override { use("pic"); }
  void use(const char* strategy) {
    std::string error;
    const pic::DispatchStrategy* s = pic::parse_strategy(strategy, &error);
    ASSERT_TRUE(s) << error;
    pic::set_default_strategy(s);
  }
  // One value of each of n classes.
  std::vector<Value> receivers(size_t n) {
    std::vector<Value> v = {i(1), Value::number(1.5), make_string("s"), Value::nil(), make_atom("a"),
                            Value::boolean(true), Value::object(new_tuple(0)), Value::object(new_array(0)),
                            Value::object(new_map()), Value::object(new_object(cls::Object))};
    v.resize(n);
    return v;
  }
  std::vector<SiteState> call_each(const std::vector<Value>& rs) {
    std::vector<SiteState> states;
    for (Value r : rs) {
      EXPECT_EQ(show(call("call_one", {r})), repr(r));
      states.push_back(cache(0)->state);
    }
    return states;
  }
  static constexpr SiteState U = SiteState::Uninitialized, M = SiteState::Monomorphic, P = SiteState::Polymorphic,
                             G = SiteState::Megamorphic;
};

TEST_F(PicTest, MonoRelinksOnMiss) {
  use("mono");
  EXPECT_EQ(cache(0)->state, U);
  EXPECT_EQ(call_each(receivers(3)), (std::vector<SiteState>{M, M, M}));
  EXPECT_EQ(cache(0)->count, 1u);
  EXPECT_EQ(cache(0)->misses, 3u);
  EXPECT_EQ(cache(0)->transitions, 1u);
  EXPECT_EQ(pic::Selector::class_of(0).describe(cache(0)->entries[0].key), "string");
}

TEST_F(PicTest, PicGrowsThenGoesMegamorphic) {
  use("pic:3");
  EXPECT_EQ(call_each(receivers(5)), (std::vector<SiteState>{M, P, P, G, G}));
  EXPECT_EQ(cache(0)->transitions, 3u);
  EXPECT_EQ(cache(0)->count, 0u);
  // Megamorphic: selectors seen since are answered by the shared cache.
  call_each(receivers(5));
  EXPECT_EQ(cache(0)->misses, 5u + 3u);  // the first three were never put in the shared cache
  EXPECT_EQ(cache(0)->slow_hits, 2u);
  call_each(receivers(5));
  EXPECT_EQ(cache(0)->slow_hits, 7u);
  EXPECT_GE(pic::megamorphic_cache_size(), 5u);
}

TEST_F(PicTest, PicHitsAreCountedPerEntry) {
  use("pic:8");
  auto rs = receivers(2);
  for (int k = 0; k < 3; ++k) call_each(rs);
  call("call_one", {rs[1]});
  EXPECT_EQ(cache(0)->state, P);
  EXPECT_EQ(cache(0)->entries[0].hits, 2u);
  EXPECT_EQ(cache(0)->entries[1].hits, 3u);
  EXPECT_EQ(cache(0)->misses, 2u);
}

TEST_F(PicTest, FrequencyOrderedKeepsHottestFirst) {
  use("freq:4");
  auto rs = receivers(3);
  call_each(rs);
  for (int k = 0; k < 5; ++k) call("call_one", {rs[2]});
  EXPECT_EQ(cache(0)->state, P);
  EXPECT_EQ(pic::Selector::class_of(0).describe(cache(0)->entries[0].key), "string");
  EXPECT_EQ(cache(0)->entries[0].hits, 5u);
  EXPECT_EQ(call_each(receivers(5)).back(), G);
}

TEST_F(PicTest, MegaUsesOnlyTheSharedCache) {
  use("mega");
  auto rs = receivers(2);
  EXPECT_EQ(call_each(rs), (std::vector<SiteState>{G, G}));
  call_each(rs);
  EXPECT_EQ(cache(0)->count, 0u);
  EXPECT_EQ(cache(0)->misses, 2u);
  EXPECT_EQ(cache(0)->slow_hits, 2u);
  EXPECT_EQ(cache(0)->transitions, 1u);
}

TEST_F(PicTest, CompositeSelector) {
  EXPECT_EQ(run("call_two", {i(1), i(2)}), "3");
  EXPECT_EQ(run("call_two", {make_string("a"), i(2)}), "\"a2\"");
  EXPECT_EQ(run("call_two", {i(1), make_string("b")}), "\"1b\"");  // same first class, new pair
  EXPECT_EQ(run("call_two", {i(5), i(5)}), "10");
  SiteCache* c = cache(1);
  EXPECT_EQ(c->count, 3u);
  EXPECT_EQ(c->misses, 3u);
  pic::Selector sel = pic::Selector::classes({0, 1});
  EXPECT_EQ(sel.describe(c->entries[0].key), "int,int");
  EXPECT_EQ(sel.describe(c->entries[2].key), "int,string");
  EXPECT_EQ(c->entries[0].hits, 1u);
}

TEST_F(PicTest, PromotedValueSelector) {
  EXPECT_EQ(run("call_op", {i(1), i(7)}), "-7");
  EXPECT_EQ(run("call_op", {i(2), i(7)}), "14");
  EXPECT_EQ(run("call_op", {i(1), i(8)}), "-8");
  EXPECT_EQ(cache(2)->count, 2u);
  EXPECT_EQ(cache(2)->entries[0].hits, 1u);
  EXPECT_EQ(pic::Selector::value(0).describe(cache(2)->entries[1].key), "2");
}

TEST_F(PicTest, ClassSwitchPointFlushesEntriesOfThatClass) {
  use("pic:4");
  call_each(receivers(2));
  EXPECT_EQ(cache(0)->count, 2u);
  cs::invalidate_class(cls::Float);
  EXPECT_EQ(cache(0)->count, 0u);
  EXPECT_EQ(cache(0)->state, U);
  call_each(receivers(1));
  EXPECT_EQ(cache(0)->state, M);
}

TEST_F(PicTest, InvalidationEmptiesTheSharedCache) {
  use("mega");
  call_each(receivers(3));
  EXPECT_GE(pic::megamorphic_cache_size(), 3u);
  cs::invalidate_class(cls::Int);
  EXPECT_EQ(pic::megamorphic_cache_size(), 0u);
  call_each(receivers(1));
  EXPECT_EQ(cache(0)->misses, 4u);
}

TEST_F(PicTest, LookupErrors) {
  load(R"(
site s "m" 1 pic "lookup" :class 0
site t "m" 1 pic "lookup" :class 3
func lookup/1
    const r0, 42
    ret r0
end
func f/1
    indy r0, s, r0
    ret r0
end
)");
  EXPECT_EQ(run("f", {i(1)}), "raised type_error: site 's': the target is not a method handle (42)");
  ir::SourceError e;
  auto m = ir::read_module(
      "site t \"m\" 1 pic \"f\" :class 3\nfunc f/1\n    indy r0, t, r0\n    ret r0\nend\n", "t.syir", &e);
  ASSERT_TRUE(m);
  Value args[] = {i(1)};
  EXPECT_EQ(show(vm_.call(m->find("f"), args)),
            "raised bootstrap_error: site 't': bad argument index (expected: pic \"lookup\" :class|:value ARG...)");
}

TEST_F(PicTest, StrategyParsing) {
  std::string error;
  EXPECT_EQ(pic::parse_strategy("pic", &error)->name(), "pic:8");
  EXPECT_EQ(pic::parse_strategy("pic:2", &error)->name(), "pic:2");
  EXPECT_EQ(pic::parse_strategy("freq:3", &error)->name(), "freq:3");
  EXPECT_EQ(pic::parse_strategy("mono", &error)->name(), "mono");
  EXPECT_EQ(pic::parse_strategy("mega", &error)->name(), "mega");
  EXPECT_FALSE(pic::parse_strategy("pic:9", &error));
  EXPECT_EQ(error, "bad dispatch strategy 'pic:9': N must be 1..8");
  EXPECT_FALSE(pic::parse_strategy("mono:2", &error));
  EXPECT_EQ(error, "bad dispatch strategy 'mono:2': it takes no N");
  EXPECT_FALSE(pic::parse_strategy("lru", &error));
  EXPECT_EQ(error, "unknown dispatch strategy 'lru' (known: mono pic[:N] freq[:N] mega)");
}

TEST_F(PicTest, StatsJsonSchema) {
  use("pic:8");
  run("call_two", {i(1), i(2)});
  run("call_two", {i(1), i(2)});
  run("call_two", {make_string("x"), i(2)});
  EXPECT_EQ(stats(),
            "[\n"
            "  {\"site\": \"call_one:14\", \"id\": \"one\", \"name\": \"m\", \"kind\": null, \"strategy\": null, "
            "\"state\": \"uninitialized\", \"entries\": [], \"misses\": 0, \"slow_hits\": 0, \"transitions\": 0},\n"
            "  {\"site\": \"call_two:39\", \"id\": \"two\", \"name\": \"+\", \"kind\": \"pic\", \"strategy\": \"pic:8\", "
            "\"state\": \"polymorphic\", \"entries\": [{\"selector\": \"int,int\", \"hits\": 1}, "
            "{\"selector\": \"string,int\", \"hits\": 0}], \"misses\": 2, \"slow_hits\": 0, \"transitions\": 2},\n"
            "  {\"site\": \"call_op:62\", \"id\": \"byte\", \"name\": \"op\", \"kind\": null, \"strategy\": null, "
            "\"state\": \"uninitialized\", \"entries\": [], \"misses\": 0, \"slow_hits\": 0, \"transitions\": 0}\n"
            "]\n");
}

}  // namespace
}  // namespace sy::testing
