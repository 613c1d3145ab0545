// SetTable against CPython 3.11's set: random histories of two sets (adds, discards,
// pops, clears, copies, unions, intersections, differences, dict updates) over ints,
// mixed numbers (1 == 1.0 == True), strings (under PYTHONHASHSEED=0) and tuples, with
// the iteration order of A checked along the way (python_lib_data/set_order.tsv).
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "core/bigint.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/lib/set_table.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

// The keys of one history: token k is key k + 1 (key 0 is reserved).
class Keys {
 public:
  explicit Keys(std::string kind) : kind_(std::move(kind)) {}

  uint64_t key(const std::string& token) {
    auto it = index_.find(token);
    if (it != index_.end()) return it->second;
    tokens_.push_back(token);
    hashes_.push_back(hash_of(token));
    values_.push_back(numeric(token));
    return index_[token] = tokens_.size();
  }
  int64_t hash(uint64_t key) const { return hashes_[key - 1]; }
  const std::string& token(uint64_t key) const { return tokens_[key - 1]; }
  SetTable::KeyEq eq() { return {&Keys::equal, this}; }

 private:
  // Distinct tokens are distinct values, except numbers: 1, 1.0 and True are equal.
  static int equal(void* ctx, uint64_t stored, uint64_t probe) {
    auto* self = static_cast<Keys*>(ctx);
    if (self->kind_ != "num") return 0;
    return self->values_[stored - 1] == self->values_[probe - 1];
  }
  double numeric(const std::string& t) const {
    if (kind_ != "num") return 0;
    if (t == "True") return 1;
    if (t == "False") return 0;
    return std::stod(t);
  }
  int64_t hash_of(const std::string& t) const {
    if (kind_ == "int") return hash_int(sy::parse_int(t));
    if (kind_ == "str") return hash_str(t.substr(1, t.size() - 2));  // a quoted word
    if (kind_ == "num") {
      if (t == "True" || t == "False") return hash_bool(t == "True");
      if (t.find_first_of(".e") == std::string::npos) return hash_int64(std::stoll(t));
      return hash_double(std::stod(t), 0);
    }
    TupleHasher h;  // "(1,2,3)"
    std::string inner = t.substr(1, t.size() - 2);
    size_t start = 0;
    while (start < inner.size()) {
      size_t comma = inner.find(',', start);
      if (comma == std::string::npos) comma = inner.size();
      h.add(hash_int64(std::stoll(inner.substr(start, comma - start))));
      start = comma + 1;
    }
    return h.finish();
  }

  std::string kind_;
  std::map<std::string, uint64_t> index_;
  std::vector<std::string> tokens_;
  std::vector<int64_t> hashes_;
  std::vector<double> values_;
};

// "=tok tok ..." for up to 30 elements, else "#" + the hash of the tuple of them.
std::string state(const SetTable& t, const Keys& keys) {
  std::string list;
  TupleHasher digest;
  size_t pos = 0;
  SetTable::Entry e;
  while (t.next(&pos, &e)) {
    if (!list.empty()) list += ' ';
    list += keys.token(e.key);
    digest.add(e.hash);
  }
  if (t.size() <= 30) return "=" + list;
  return "#" + std::to_string(digest.finish());
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = s.size();
    out.push_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

TEST(PySetTable, IterationOrderMatchesCPython) {
  auto rows = test::load_table("set_order");
  std::unique_ptr<Keys> keys;
  std::unique_ptr<SetTable> a, b;
  std::string seq;
  int checks = 0;
  for (const auto& row : rows) {
    const std::string &kind = row[0], &op = row[2], &arg = row[3], &expected = row[4];
    if (row[1] != seq) {
      seq = row[1];
      keys = std::make_unique<Keys>(kind);
      a = std::make_unique<SetTable>();
      b = std::make_unique<SetTable>();
    }
    SetTable::KeyEq eq = keys->eq();
    auto fresh = [] { return std::make_unique<SetTable>(); };
    int rc = 0;
    if (op == "add" || op == "badd") {
      uint64_t k = keys->key(arg);
      rc = (op == "add" ? *a : *b).add(k, keys->hash(k), eq);
    } else if (op == "discard" || op == "bdiscard") {
      uint64_t k = keys->key(arg);
      rc = (op == "discard" ? *a : *b).discard(k, keys->hash(k), eq);
    } else if (op == "pop") {
      SetTable::Entry e;
      bool popped = a->pop(&e);
      EXPECT_EQ(popped ? keys->token(e.key) : "!KeyError", arg) << "history " << seq;
    } else if (op == "clear") {
      a->clear();
    } else if (op == "bclear") {
      b->clear();
    } else if (op == "ior") {
      rc = a->merge(*b, eq);
    } else if (op == "iand") {
      rc = set_intersection_update(*a, *b, eq);
    } else if (op == "isub") {
      rc = set_difference_update(*a, *b, eq);
    } else if (op == "ixor") {
      rc = set_symmetric_difference_update(*a, *b, eq);
    } else if (op == "self_ior") {
      rc = a->merge(*a, eq);
    } else if (op == "self_isub") {
      rc = set_difference_update(*a, *a, eq);
    } else if (op == "self_ixor") {
      rc = set_symmetric_difference_update(*a, *a, eq);
    } else if (op == "self_iand") {
      rc = set_intersection_update(*a, *a, eq);
    } else if (op == "copy" || op == "bcopy") {
      auto c = fresh();
      rc = c->merge(*a, eq);
      (op == "copy" ? a : b) = std::move(c);
    } else if (op == "update_dict") {  // a.update(dict.fromkeys(list(b)))
      a->presize(b->size());
      size_t pos = 0;
      SetTable::Entry e;
      while (rc == 0 && b->next(&pos, &e)) rc = a->add(e.key, e.hash, eq) == SetTable::kError ? -1 : 0;
    } else if (op == "fromlist") {
      a = fresh();
      for (auto& t : words(arg)) {
        uint64_t k = keys->key(t);
        a->add(k, keys->hash(k), eq);
      }
    } else if (op == "checkb") {
      EXPECT_EQ(state(*b, *keys), expected) << "history " << seq << ": B";
      ++checks;
      continue;
    } else {
      auto c = fresh();
      if (op == "or") rc = set_union(*a, *b, *c, eq);
      else if (op == "and") rc = set_intersection(*a, *b, *c, eq);
      else if (op == "sub") rc = set_difference(*a, *b, *c, eq);
      else if (op == "xor") rc = set_symmetric_difference(*a, *b, *c, eq);
      else if (op == "rsub") rc = set_difference(*b, *a, *c, eq);
      else if (op == "rxor") rc = set_symmetric_difference(*b, *a, *c, eq);
      else if (op == "rand") rc = set_intersection(*b, *a, *c, eq);
      else if (op == "ror") rc = set_union(*b, *a, *c, eq);
      else ADD_FAILURE() << "unknown op " << op;
      a = std::move(c);
    }
    EXPECT_NE(rc, SetTable::kError);
    if (!expected.empty()) {
      ASSERT_EQ(state(*a, *keys), expected) << "history " << seq << " after " << op << " " << arg;
      ++checks;
    }
  }
  EXPECT_GT(checks, 3000);
}

// A failing comparison stops the operation and reports the error.
TEST(PySetTable, ComparisonErrorsPropagate) {
  SetTable t;
  SetTable::KeyEq failing{[](void*, uint64_t, uint64_t) { return -1; }, nullptr};
  ASSERT_EQ(t.add(1, 42, failing), 1);
  EXPECT_EQ(t.add(2, 42, failing), SetTable::kError);  // same hash: compared, fails
  EXPECT_EQ(t.contains(2, 42, failing), SetTable::kError);
  EXPECT_EQ(t.discard(2, 42, failing), SetTable::kError);
  EXPECT_EQ(t.add(3, 7, failing), 1);  // different hash: never compared
  EXPECT_EQ(t.size(), 2u);
}

// A comparison that mutates the set makes the lookup start over, as in CPython.
TEST(PySetTable, MutationDuringComparisonRestarts) {
  struct Ctx {
    SetTable* t;
    int calls = 0;
  } ctx;
  SetTable t;
  ctx.t = &t;
  SetTable::KeyEq plain{[](void*, uint64_t, uint64_t) { return 0; }, nullptr};
  for (uint64_t k = 1; k <= 3; ++k) t.add(k, 5, plain);
  SetTable::KeyEq mutating{[](void* c, uint64_t stored, uint64_t) {
                             auto* x = static_cast<Ctx*>(c);
                             if (x->calls++ == 0) {
                               SetTable::KeyEq p{[](void*, uint64_t, uint64_t) { return 0; }, nullptr};
                               x->t->discard(stored, 5, p);  // remove the key being compared
                             }
                             return 0;
                           },
                           &ctx};
  EXPECT_EQ(t.add(9, 5, mutating), 1);
  EXPECT_EQ(t.size(), 3u);  // 1 removed, 9 added
  EXPECT_EQ(t.contains(1, 5, plain), 0);
  EXPECT_EQ(t.contains(9, 5, plain), 1);
}

}  // namespace
}  // namespace sy::pylib

namespace sy::pylib {
namespace {

// Literal examples (expectations from python3.11): what print() of a set shows.
std::string show_ints(const SetTable& t) {
  std::string out = "{";
  size_t pos = 0;
  SetTable::Entry e;
  while (t.next(&pos, &e)) out += (out.size() > 1 ? ", " : "") + std::to_string(static_cast<int64_t>(e.key) - 1000);
  return out + "}";
}

TEST(PySetTable, PrintsLikeCPython) {
  SetTable::KeyEq eq{[](void*, uint64_t, uint64_t) { return 0; }, nullptr};
  auto add = [&](SetTable& t, int64_t v) { t.add(static_cast<uint64_t>(v + 1000), hash_int64(v), eq); };
  SetTable a;
  for (int64_t v : {5, 3, 100, -1}) add(a, v);
  EXPECT_EQ(show_ints(a), "{3, 100, 5, -1}");  // print({5, 3, 100, -1})

  SetTable b;  // s = set(range(20)); discard every third; add 100 and -7
  for (int64_t v = 0; v < 20; ++v) add(b, v);
  for (int64_t v = 0; v < 20; v += 3) b.discard(static_cast<uint64_t>(v + 1000), hash_int64(v), eq);
  add(b, 100);
  add(b, -7);
  EXPECT_EQ(show_ints(b), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -7}");
}

}  // namespace
}  // namespace sy::pylib
