#include "pic/strategy.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace sy::pic {

// -- Cache edits shared by the strategies --

void DispatchStrategy::set_state(SiteCache& c, SiteState s) {
  if (c.state == s) return;
  c.state = s;
  ++c.transitions;
}

void DispatchStrategy::add_entry(SiteCache& c, uint64_t key, Value target) {
  c.entries[c.count++] = {key, target, 0};
  set_state(c, c.count == 1 ? SiteState::Monomorphic : SiteState::Polymorphic);
}

void DispatchStrategy::replace_all(SiteCache& c, uint64_t key, Value target) {
  c.count = 0;
  add_entry(c, key, target);
}

void DispatchStrategy::go_megamorphic(SiteCache& c) {
  c.count = 0;
  set_state(c, SiteState::Megamorphic);
}

namespace {

// -- The strategies --

// One entry; a new selector relinks the site to it.
class Monomorphic final : public DispatchStrategy {
 public:
  std::string name() const override { return "mono"; }
  void on_miss(SiteCache& c, uint64_t key, Value target) const override { replace_all(c, key, target); }
};

// Up to N entries in the order met; one more selector makes the site megamorphic.
class Polymorphic : public DispatchStrategy {
 public:
  explicit Polymorphic(uint32_t n) : n_(n) {}
  std::string name() const override { return "pic:" + std::to_string(n_); }
  void on_miss(SiteCache& c, uint64_t key, Value target) const override {
    if (c.state == SiteState::Megamorphic) return;
    if (c.count < n_) add_entry(c, key, target);
    else go_megamorphic(c);
  }

 protected:
  uint32_t n_;
};

// As pic:N, but the fast path keeps the most-hit entries first.
class FrequencyOrdered final : public Polymorphic {
 public:
  using Polymorphic::Polymorphic;
  std::string name() const override { return "freq:" + std::to_string(n_); }
  bool sort_by_hits() const override { return true; }
};

// No per-site cache: every call goes to the shared megamorphic cache.
class Megamorphic final : public DispatchStrategy {
 public:
  std::string name() const override { return "mega"; }
  void on_miss(SiteCache& c, uint64_t, Value) const override { go_megamorphic(c); }
};

template <class S>
std::unique_ptr<DispatchStrategy> make(uint32_t) { return std::make_unique<S>(); }
template <class S>
std::unique_ptr<DispatchStrategy> make_n(uint32_t n) { return std::make_unique<S>(n); }

}  // namespace

// One line per strategy.
const std::vector<StrategyInfo>& strategies() {
  static const std::vector<StrategyInfo> list = {
      {"mono", "monomorphic cache, relink on miss", false, make<Monomorphic>},
      {"pic", "polymorphic cache of N entries, then megamorphic", true, make_n<Polymorphic>},
      {"freq", "as pic:N, entries kept ordered by hits", true, make_n<FrequencyOrdered>},
      {"mega", "no per-site cache: the shared megamorphic cache only", false, make<Megamorphic>},
  };
  return list;
}

const DispatchStrategy* parse_strategy(std::string_view spec, std::string* error) {
  static std::map<std::string, std::unique_ptr<DispatchStrategy>, std::less<>> made;
  if (auto it = made.find(spec); it != made.end()) return it->second.get();
  std::string_view name = spec.substr(0, spec.find(':'));
  uint32_t n = kDefaultEntries;
  for (const StrategyInfo& s : strategies()) {
    if (name != s.name) continue;
    if (name.size() < spec.size()) {
      std::string_view digits = spec.substr(name.size() + 1);
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (!s.takes_n || ec != std::errc() || end != digits.data() + digits.size() || n < 1 ||
          n > kMaxCacheEntries) {
        *error = "bad dispatch strategy '" + std::string(spec) + "'" +
                 (s.takes_n ? ": N must be 1.." + std::to_string(kMaxCacheEntries) : ": it takes no N");
        return nullptr;
      }
    }
    auto strategy = s.make(n);
    const DispatchStrategy* p = strategy.get();
    made.emplace(std::string(spec), std::move(strategy));
    return p;
  }
  *error = "unknown dispatch strategy '" + std::string(spec) + "' (known:";
  for (const StrategyInfo& s : strategies()) *error += std::string(" ") + s.name + (s.takes_n ? "[:N]" : "");
  *error += ")";
  return nullptr;
}

namespace {
const DispatchStrategy*& current() {
  static const DispatchStrategy* s = nullptr;
  return s;
}
}  // namespace

const DispatchStrategy* default_strategy() {
  if (!current()) {
    std::string unused;
    current() = parse_strategy("pic", &unused);
  }
  return current();
}

void set_default_strategy(const DispatchStrategy* s) { current() = s; }

}  // namespace sy::pic
