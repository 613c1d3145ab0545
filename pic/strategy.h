// Dispatch strategies: how a PIC grows, orders and gives up (DESIGN.md section 5).
//
// A strategy only answers misses; hits never leave the interpreter's fast path. To add
// one, write a class here or in strategy.cpp and add one line to kStrategies.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/interp/indy.h"

namespace sy::pic {

class DispatchStrategy {
 public:
  virtual ~DispatchStrategy() = default;
  virtual std::string name() const = 0;
  // `key` missed the site's entries and `target` answers it: update the cache. The
  // protected functions below keep states and transition counts right.
  virtual void on_miss(SiteCache& cache, uint64_t key, Value target) const = 0;
  virtual bool sort_by_hits() const { return false; }

 protected:
  static void add_entry(SiteCache& cache, uint64_t key, Value target);
  static void replace_all(SiteCache& cache, uint64_t key, Value target);  // one entry left
  static void go_megamorphic(SiteCache& cache);
  static void set_state(SiteCache& cache, SiteState s);
};

inline constexpr uint32_t kDefaultEntries = 8;  // see docs/callsites.md, "Choosing N"

struct StrategyInfo {
  const char* name;    // as written before an optional ":N"
  const char* help;
  bool takes_n;
  std::unique_ptr<DispatchStrategy> (*make)(uint32_t n);
};
const std::vector<StrategyInfo>& strategies();

// "mono", "pic", "pic:8", "mega", "freq:4": a strategy that lives for the whole process,
// or null with *error set.
const DispatchStrategy* parse_strategy(std::string_view spec, std::string* error);
// The strategy new PIC sites use (pic:8 unless set).
const DispatchStrategy* default_strategy();
void set_default_strategy(const DispatchStrategy* s);

}  // namespace sy::pic
