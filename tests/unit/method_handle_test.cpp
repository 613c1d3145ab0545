// Method handles: every kind and combinator, composition errors, and tail calls through
// handle chains.
#include "callsite/method_handle.h"

#include <vector>

#include "ir_fixture.h"

namespace sy::testing {
namespace {

const char* const kFunctions = R"(
func sub/2
    sub r0, r0, r1
    ret r0
end
func list3/3
    tuple r0, r0, r1, r2
    ret r0
end
func neg/1
    neg r0, r0
    ret r0
end
func is_int/1
    classof r0, r0
    const r1, 3
    eq r0, r0, r1
    ret r0
end
func describe_int/1
    const r0, "int"
    ret r0
end
func describe_other/1
    const r0, "other"
    ret r0
end
func fail/1
    const r1, :bad
    const r2, "failed"
    ncall r0, error, r1, r2
    throw r0
end
func recover/2
    tuple r0, r0, r1
    ret r0
end
func pair/2
    tuple r0, r0, r1
    ret r0
end
func length/1
    alen r0, r0
    ret r0
end
; Counts down through the handle in r1 with a tail call: constant VM stack.
func countdown/2 regs 3
    const r2, 0
    jeq r0, r2, done
    addi r0, r0, -1
    tailcallv r1, r0, r1
done:
    const r0, :done
    ret r0
end
func invoke2/3
    callv r0, r0, r1, r2
    ret r0
end
)";

class MethodHandleTest : public IrTest {
 protected:
  void SetUp() override { load(kFunctions); }
  std::string invoke(Value h, std::initializer_list<Value> args) {
    return show(mh::invoke(vm_, h, {args.begin(), args.size()}));
  }
  std::string error_of(Value v) {
    EXPECT_TRUE(v.is_empty());
    return show(v);
  }
};

// -- Kinds --

TEST_F(MethodHandleTest, Direct) {
  Value h = mh::direct(module_->find("sub"));
  EXPECT_EQ(mh::type_of(h)->arity, 2u);
  EXPECT_EQ(mh::kind_of(h), "direct");
  EXPECT_EQ(invoke(h, {i(7), i(2)}), "5");
  EXPECT_EQ(invoke(h, {i(7)}), "raised arity_error: sub takes 2 arguments, got 1");
}

Value twice(VM&, const Value* a, uint32_t) { return Value::small_int(a[0].as_int() * 2); }

TEST_F(MethodHandleTest, NativeCpp) {
  Value h = mh::native(twice, 1);
  EXPECT_EQ(mh::kind_of(h), "native");
  EXPECT_EQ(invoke(h, {i(21)}), "42");
  // A native handle is callable from IR with callv, as a tail call too.
  EXPECT_EQ(run("invoke2", {mh::drop_arguments(vm_, h, 1, 1), i(4), i(0)}), "8");
  Value reg = mh::native(vm_, "concat");
  EXPECT_TRUE(mh::type_of(reg)->varargs);
  EXPECT_EQ(invoke(reg, {i(1), i(2), i(3)}), "\"123\"");
  EXPECT_EQ(error_of(mh::native(vm_, "no_such_native")), "raised link_error: unknown native 'no_such_native'");
}

TEST_F(MethodHandleTest, Ffi) {
  Value labs = mh::ffi(vm_, "labs", "i64(i64)");
  ASSERT_FALSE(labs.is_empty());
  EXPECT_EQ(mh::kind_of(labs), "ffi");
  EXPECT_EQ(invoke(labs, {i(-42)}), "42");
  Value strlen = mh::ffi(vm_, "strlen", "u64(ptr)");
  EXPECT_EQ(invoke(strlen, {make_string("switchyard")}), "10");
  Value pow = mh::ffi(vm_, "pow", "f64(f64, f64)");
  EXPECT_EQ(invoke(pow, {i(2), Value::number(0.5)}), "1.4142135623730951");
  Value abs = mh::ffi(vm_, "abs", "i32(i32)");
  EXPECT_EQ(invoke(abs, {i(-7)}), "7");
  EXPECT_EQ(invoke(labs, {make_string("x")}),
            "raised type_error: argument 1 of C function 'i64(i64)' must be an integer, got string");
  EXPECT_EQ(error_of(mh::ffi(vm_, "labs", "i64(int)")), "raised wrong_method_type: bad C argument type 'int' in 'i64(int)'");
  EXPECT_EQ(error_of(mh::ffi(vm_, "labs", "i64")),
            "raised wrong_method_type: malformed C signature 'i64' (expected e.g. \"i64(ptr,i32)\")");
  EXPECT_EQ(error_of(mh::ffi(vm_, "no_such_symbol_here", "i64()")),
            "raised link_error: C function 'no_such_symbol_here' not found");
}

TEST_F(MethodHandleTest, BoundConstantIdentity) {
  Value b = mh::bind(vm_, mh::direct(module_->find("sub")), i(10));
  EXPECT_EQ(mh::kind_of(b), "bound");
  EXPECT_EQ(invoke(b, {i(3)}), "7");
  Value c = mh::constant(make_string("k"));
  EXPECT_EQ(mh::type_of(c)->arity, 0u);
  EXPECT_EQ(invoke(c, {}), "\"k\"");
  EXPECT_EQ(invoke(mh::identity(), {i(5)}), "5");
  EXPECT_EQ(error_of(mh::bind(vm_, mh::constant(i(1)), i(2))), "raised wrong_method_type: bind: the target takes no arguments");
}

// -- Combinators --

TEST_F(MethodHandleTest, InsertArguments) {
  Value l = mh::direct(module_->find("list3"));
  Value vals[] = {make_atom("x"), make_atom("y")};
  Value h = mh::insert_arguments(vm_, l, 1, vals);
  EXPECT_EQ(mh::type_of(h)->arity, 1u);
  EXPECT_EQ(invoke(h, {i(1)}), "(1, :x, :y)");
  EXPECT_EQ(error_of(mh::insert_arguments(vm_, l, 2, vals)),
            "raised wrong_method_type: insertArguments: cannot insert 2 values at 2 into a handle of type (3)");
}

TEST_F(MethodHandleTest, DropArguments) {
  Value h = mh::drop_arguments(vm_, mh::direct(module_->find("sub")), 1, 2);
  EXPECT_EQ(mh::type_of(h)->arity, 4u);
  EXPECT_EQ(invoke(h, {i(9), i(100), i(200), i(4)}), "5");
  EXPECT_EQ(error_of(mh::drop_arguments(vm_, mh::direct(module_->find("sub")), 3, 1)),
            "raised wrong_method_type: dropArguments: position 3 is past the target's 2 arguments");
}

TEST_F(MethodHandleTest, PermuteArguments) {
  uint32_t swap[] = {1, 0};
  Value h = mh::permute_arguments(vm_, mh::direct(module_->find("sub")), 2, swap);
  EXPECT_EQ(invoke(h, {i(2), i(10)}), "8");
  uint32_t dup[] = {0, 0, 0};
  EXPECT_EQ(invoke(mh::permute_arguments(vm_, mh::direct(module_->find("list3")), 1, dup), {i(4)}), "(4, 4, 4)");
  EXPECT_EQ(error_of(mh::permute_arguments(vm_, mh::direct(module_->find("sub")), 1, swap)),
            "raised wrong_method_type: permuteArguments: index 1 out of range for 1 arguments");
  EXPECT_EQ(error_of(mh::permute_arguments(vm_, mh::direct(module_->find("list3")), 2, swap)),
            "raised wrong_method_type: permuteArguments: the reorder has 2 entries for a target of type (3)");
}

TEST_F(MethodHandleTest, FilterArguments) {
  Value filters[] = {Value::nil(), fn("neg")};
  Value h = mh::filter_arguments(vm_, mh::direct(module_->find("list3")), 0, filters);
  EXPECT_EQ(invoke(h, {i(1), i(2), i(3)}), "(1, -2, 3)");
  Value bad[] = {fn("sub")};
  EXPECT_EQ(error_of(mh::filter_arguments(vm_, mh::direct(module_->find("list3")), 0, bad)),
            "raised wrong_method_type: filterArguments: filter 0 must take 1 argument, it takes 2");
  Value too_many[] = {fn("neg"), fn("neg")};
  EXPECT_EQ(error_of(mh::filter_arguments(vm_, mh::direct(module_->find("sub")), 1, too_many)),
            "raised wrong_method_type: filterArguments: 2 filters at 1 do not fit a target of type (2)");
}

TEST_F(MethodHandleTest, FilterReturnValue) {
  Value h = mh::filter_return_value(vm_, mh::direct(module_->find("sub")), fn("neg"));
  EXPECT_EQ(invoke(h, {i(1), i(5)}), "4");
  EXPECT_EQ(error_of(mh::filter_return_value(vm_, fn("neg"), fn("sub"))),
            "raised wrong_method_type: filterReturnValue: the filter must take 1 argument, it takes 2");
  EXPECT_EQ(error_of(mh::filter_return_value(vm_, i(3), fn("neg"))),
            "raised wrong_method_type: filterReturnValue: the target is not a method handle (got int)");
}

TEST_F(MethodHandleTest, FoldArguments) {
  // list3(sub(a, b), a, b)
  Value h = mh::fold_arguments(vm_, mh::direct(module_->find("list3")), fn("sub"));
  EXPECT_EQ(mh::type_of(h)->arity, 2u);
  EXPECT_EQ(invoke(h, {i(9), i(4)}), "(5, 9, 4)");
  EXPECT_EQ(error_of(mh::fold_arguments(vm_, fn("sub"), fn("sub"))),
            "raised wrong_method_type: foldArguments: a combiner of type (2) does not fit a target of type (2)");
}

TEST_F(MethodHandleTest, GuardWithTest) {
  Value h = mh::guard_with_test(vm_, fn("is_int"), fn("describe_int"), fn("describe_other"));
  EXPECT_EQ(invoke(h, {i(1)}), "\"int\"");
  EXPECT_EQ(invoke(h, {Value::nil()}), "\"other\"");
  EXPECT_EQ(error_of(mh::guard_with_test(vm_, fn("is_int"), fn("describe_int"), fn("sub"))),
            "raised wrong_method_type: guardWithTest: target (1) and fallback (2) differ");
  EXPECT_EQ(error_of(mh::guard_with_test(vm_, fn("sub"), fn("neg"), fn("neg"))),
            "raised wrong_method_type: guardWithTest: the test takes 2 arguments, the target only 1");
}

TEST_F(MethodHandleTest, CatchException) {
  Value all = mh::catch_exception(vm_, fn("fail"), Value::nil(), fn("recover"));
  EXPECT_EQ(invoke(all, {i(1)}), "(bad: failed, 1)");
  Value matching = mh::catch_exception(vm_, fn("fail"), make_atom("bad"), fn("recover"));
  EXPECT_EQ(invoke(matching, {i(2)}), "(bad: failed, 2)");
  Value other = mh::catch_exception(vm_, fn("fail"), make_atom("other"), fn("recover"));
  EXPECT_EQ(invoke(other, {i(3)}), "raised bad: failed");
  Value fine = mh::catch_exception(vm_, fn("neg"), Value::nil(), fn("recover"));
  EXPECT_EQ(invoke(fine, {i(3)}), "-3");
  EXPECT_EQ(error_of(mh::catch_exception(vm_, fn("neg"), Value::nil(), fn("list3"))),
            "raised wrong_method_type: catchException: a handler of type (3) does not fit a target of type (1) "
            "(it takes the exception and a prefix of the arguments)");
}

TEST_F(MethodHandleTest, SpreaderAndCollector) {
  Value s = mh::as_spreader(vm_, mh::direct(module_->find("list3")), 2);
  EXPECT_EQ(mh::type_of(s)->arity, 2u);
  Array* a = new_array(2);
  array_push(a, i(2));
  array_push(a, i(3));
  EXPECT_EQ(invoke(s, {i(1), Value::object(a)}), "(1, 2, 3)");
  array_push(a, i(4));
  EXPECT_EQ(invoke(s, {i(1), Value::object(a)}), "raised arity_error: spreader expects an array or tuple of 2 items, got [2, 3, 4]");
  Value c = mh::as_collector(vm_, fn("pair"), 3);
  EXPECT_EQ(mh::type_of(c)->arity, 4u);
  EXPECT_EQ(invoke(c, {i(0), i(1), i(2), i(3)}), "(0, [1, 2, 3])");
  EXPECT_EQ(invoke(mh::as_collector(vm_, fn("length"), 0), {}), "0");
  EXPECT_EQ(error_of(mh::as_spreader(vm_, fn("neg"), 2)),
            "raised wrong_method_type: asSpreader: cannot spread 2 arguments into a target of type (1)");
  EXPECT_EQ(error_of(mh::insert_arguments(vm_, mh::native(vm_, "concat"), 0, {})),
            "raised wrong_method_type: insertArguments: the target takes any number of arguments; give it a fixed "
            "arity first (with_arity)");
  Value fixed = mh::with_arity(vm_, mh::native(vm_, "concat"), 2);
  Value spread = mh::as_spreader(vm_, fixed, 2);
  Tuple* t = new_tuple(2);
  t->items[0] = make_string("a");
  t->items[1] = make_string("b");
  EXPECT_EQ(invoke(spread, {Value::object(t)}), "\"ab\"");
}

TEST_F(MethodHandleTest, AdaptersAreSharedPerShape) {
  Value a = mh::bind(vm_, fn("sub"), i(1)), b = mh::bind(vm_, fn("sub"), i(2));
  EXPECT_EQ(a.as<Closure>()->fn, b.as<Closure>()->fn);
}

// A 100000-step loop whose every step is a tail call through a 3-deep chain back into
// countdown: with max_depth 200 it only finishes if the chain runs in constant stack.
TEST_F(MethodHandleTest, TailCallsThroughChainsRunInConstantStack) {
  uint32_t swap[] = {1, 0};
  Value h = mh::permute_arguments(vm_, fn("countdown"), 2, swap);       // (h, n)
  h = mh::drop_arguments(vm_, mh::permute_arguments(vm_, h, 2, swap), 2, 1);  // (n, h, x)
  h = mh::insert_arguments(vm_, h, 2, {});
  Value nil = Value::nil();
  h = mh::insert_arguments(vm_, h, 2, {&nil, 1});  // (n, h)
  EXPECT_EQ(run("countdown", {i(100000), h}), ":done");
  EXPECT_EQ(vm_.depth, 0u);
}

// The IR can create, combine and invoke handles through the mh.* natives.
TEST_F(MethodHandleTest, FromIr) {
  load(R"(
func sub/2
    sub r0, r0, r1
    ret r0
end
func main/0 regs 6
    func r0, sub
    const r1, 1
    const r2, 100
    ncall r0, mh.insertArguments, r0, r1, r2
    ncall r3, mh.type, r0
    const r1, 7
    callv r1, r0, r1
    tuple r0, r3, r1
    ret r0
end
func tail/0 regs 3
    ncall r0, mh.identity
    const r1, :x
    ncall r0, mh.constant, r1
    tailcallv r0
end
func bad/0 regs 3
    func r0, sub
    ncall r1, mh.identity
    ncall r0, mh.filterReturnValue, r1, r0
    ret r0
end
)");
  EXPECT_EQ(run("main"), "(1, -93)");
  EXPECT_EQ(run("tail"), ":x");
  EXPECT_EQ(run("bad"), "raised wrong_method_type: filterReturnValue: the filter must take 1 argument, it takes 2");
}

}  // namespace
}  // namespace sy::testing
