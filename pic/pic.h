// Polymorphic inline caches: call sites whose target is a growable switch from a
// selector to a target (DESIGN.md section 5, seeds/004).
//
// A PIC site has a selector (what the switch looks at) and a lookup handle (what answers
// a selector it has not seen: called with the site's arguments, returns the target).
// Hits are answered by the interpreter from the site's cache; misses come here, call
// the lookup, and let the site's dispatch strategy (strategy.h) grow the cache. A
// megamorphic site uses one cache shared by all sites, keyed by the selector key, the
// site's name and its lookup handle (so two languages' "+" never share an entry).
#pragma once
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <span>
#include <string>

#include "callsite/call_site.h"
#include "pic/strategy.h"

namespace sy::pic {

struct Selector {
  SelectorKind kind = SelectorKind::None;
  uint8_t nargs = 0;
  uint8_t arg[kMaxSelectorArgs] = {};

  static Selector class_of(uint32_t arg);                          // one argument's class
  static Selector classes(std::initializer_list<uint32_t> args);   // a tuple of classes (<= 4)
  static Selector value(uint32_t arg);                             // a promoted value
  std::string describe(uint64_t key) const;  // "int", "int,float", "42"
};

// A dispatching call site; `strategy` null means the default (--dispatch).
Value pic_site(VM& vm, const Selector& selector, Value lookup, const DispatchStrategy* strategy = nullptr);

// The shared megamorphic cache: entries in use, and a way to empty it (tests).
size_t megamorphic_cache_size();
void clear_megamorphic_cache();

// -- Statistics (--pic-stats); the JSON schema is documented in docs/callsites.md --
void print_stats_table(std::FILE* out, std::span<const Module* const> modules);
std::string stats_json(std::span<const Module* const> modules);

// Installs the call-site runtime (callsite::install), the pic.* natives and the `pic`
// and `constant` bootstraps. Idempotent.
void install();

}  // namespace sy::pic
