// The runtime side of `indy`: the per-site cache the interpreter reads on every
// execution, and the hook it calls when that cache has no answer.
//
// Core owns the layout and the fast path only. Linking (bootstraps, call-site kinds) lives
// in callsite/, and growth, eviction and statistics policy in pic/; they install the hook
// at start-up, so core depends on neither.
//
// Fast path (interpreter.cpp): compute the selector key from the arguments as `selector`
// says, compare it with entries[0..count), and on a match count the hit and call the
// entry's target. Anything else -- an unlinked site, a miss, a megamorphic or volatile
// site (count 0) -- goes to IndyHooks::miss, which returns the callee to call.
#pragma once
#include <cstdint>

#include "core/object.h"
#include "core/value.h"

namespace sy {

struct Function;
struct Module;

enum class SelectorKind : uint8_t {
  None,     // one unconditional target (key 0): plain call sites
  Classes,  // the classes of args[arg[0..nargs)), 16 bits each (multiple dispatch)
  Value,    // the bits of args[arg[0]] itself: a promoted value
};
inline constexpr uint32_t kMaxSelectorArgs = 4;
inline constexpr uint32_t kMaxCacheEntries = 8;
inline constexpr uint32_t kSelectorClassBits = 16;

// Site states, as the statistics name them.
enum class SiteState : uint8_t { Uninitialized, Monomorphic, Polymorphic, Megamorphic };

struct CacheEntry {
  uint64_t key;
  Value target;   // a Closure (arity checked when the entry was made) or a NativeCallable
  uint64_t hits;
};

struct SiteCache {
  ObjHeader h;
  SelectorKind selector = SelectorKind::None;
  uint8_t nargs = 0;
  uint8_t arg[kMaxSelectorArgs] = {};
  SiteState state = SiteState::Uninitialized;
  bool sort_by_hits = false;  // the fast path keeps entries ordered by hits
  uint32_t count = 0;         // live entries
  CacheEntry entries[kMaxCacheEntries] = {};
  Value owner;                // the linked call site (callsite/); empty until linked
  Value name;                 // the descriptor's name, interned (keys shared caches)
  // Counters kept by the policy, read by --pic-stats.
  uint64_t misses = 0;
  uint64_t slow_hits = 0;     // calls answered by the hook without a miss (megamorphic, volatile)
  uint64_t transitions = 0;
  const Function* linked_in = nullptr;  // the indy instruction that linked the site
  uint32_t linked_pc = 0;
};

SiteCache* new_site_cache();
ClassId site_cache_class();

// The key the fast path compares, for a site whose selector reads `args`.
inline uint64_t selector_key(const SiteCache& c, const Value* args) {
  switch (c.selector) {
    case SelectorKind::None: return 0;
    case SelectorKind::Classes: {
      uint64_t key = 0;
      for (uint32_t i = 0; i < c.nargs; ++i) key |= uint64_t{class_of(args[c.arg[i]])} << (kSelectorClassBits * i);
      return key;
    }
    case SelectorKind::Value: return args[c.arg[0]].bits();
  }
  return 0;
}

struct IndyHooks {
  // Called when site `site` of fn's module (executed at code offset pc) cannot be answered
  // from its cache. `args` are the call's arguments, in memory the collector scans. Returns
  // the callee, or empty with an exception pending.
  Value (*miss)(VM& vm, const Function& fn, uint32_t pc, uint32_t site, const Value* args, uint32_t argc);
};
void set_indy_hooks(const IndyHooks& hooks);
const IndyHooks& indy_hooks();

// The cache of a module's site, created on first use.
SiteCache* site_cache(Module& m, uint32_t site);

}  // namespace sy
