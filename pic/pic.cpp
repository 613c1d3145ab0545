#include "pic/pic.h"

#include <vector>

#include "callsite/method_handle.h"
#include "core/format.h"
#include "core/heap.h"

namespace sy::pic {

// -- Selectors --

Selector Selector::class_of(uint32_t arg) { return classes({arg}); }

Selector Selector::classes(std::initializer_list<uint32_t> args) {
  Selector s;
  s.kind = SelectorKind::Classes;
  for (uint32_t a : args) s.arg[s.nargs++] = static_cast<uint8_t>(a);
  return s;
}

Selector Selector::value(uint32_t arg) {
  Selector s;
  s.kind = SelectorKind::Value;
  s.nargs = 1;
  s.arg[0] = static_cast<uint8_t>(arg);
  return s;
}

std::string Selector::describe(uint64_t key) const {
  switch (kind) {
    case SelectorKind::None: return "*";
    case SelectorKind::Classes: {
      std::string s;
      for (uint32_t i = 0; i < nargs; ++i) {
        ClassId c = static_cast<ClassId>((key >> (kSelectorClassBits * i)) & ((1u << kSelectorClassBits) - 1));
        s += (i ? "," : "") + std::string(class_name(c));
      }
      return s;
    }
    case SelectorKind::Value: {
      Value v = Value::from_bits(key);
      if (v.is_object() || v.is_pair()) return v.is_pair() ? "<pair>" : "<object>";  // it may be gone
      return repr(v);
    }
  }
  return "?";
}

namespace {

// A selector travels in the call site as one small int.
Value pack(const Selector& s) {
  uint64_t bits = static_cast<uint64_t>(s.kind) | uint64_t{s.nargs} << 2;
  for (uint32_t i = 0; i < kMaxSelectorArgs; ++i) bits |= uint64_t{s.arg[i]} << (8 + 8 * i);
  return Value::small_int(static_cast<int64_t>(bits));
}

Selector unpack(Value v) {
  auto bits = static_cast<uint64_t>(v.as_int());
  Selector s;
  s.kind = static_cast<SelectorKind>(bits & 3);
  s.nargs = static_cast<uint8_t>((bits >> 2) & 7);
  for (uint32_t i = 0; i < kMaxSelectorArgs; ++i) s.arg[i] = static_cast<uint8_t>(bits >> (8 + 8 * i));
  return s;
}

Selector selector_of(const SiteCache& c) {
  Selector s;
  s.kind = c.selector;
  s.nargs = c.nargs;
  for (uint32_t i = 0; i < kMaxSelectorArgs; ++i) s.arg[i] = c.arg[i];
  return s;
}

// -- The shared megamorphic cache: direct-mapped, like a stub cache --

struct MegaEntry {
  uint64_t key;
  Value name;    // the site's interned name
  Value lookup;  // the site's lookup handle
  Value target;
};
constexpr size_t kMegaEntries = 4096;

MegaEntry* mega() {
  static auto* table = static_cast<MegaEntry*>(heap::alloc_root(kMegaEntries * sizeof(MegaEntry)));
  return table;
}

MegaEntry& mega_slot(uint64_t key, Value name, Value lookup) {
  uint64_t h = key * 0x9E3779B97F4A7C15ull ^ (name.bits() >> 3) * 0xC2B2AE3D27D4EB4Full ^ (lookup.bits() >> 3);
  return mega()[(h ^ (h >> 29)) & (kMegaEntries - 1)];
}

// -- Misses --

Value pic_miss(VM& vm, SiteCache& c, cs::CallSite& site, const SiteDescriptor& desc, const Value* args,
               uint32_t argc) {
  const auto* strategy = static_cast<const DispatchStrategy*>(site.policy);
  if (c.state == SiteState::Uninitialized) {
    Selector s = unpack(site.data);
    for (uint32_t i = 0; i < s.nargs; ++i)
      if (s.arg[i] >= argc)
        return vm.raise("link_error", "site '" + desc.id + "' selects on argument " + std::to_string(s.arg[i]) +
                                          " of " + std::to_string(argc));
    c.selector = s.kind;
    c.nargs = s.nargs;
    for (uint32_t i = 0; i < kMaxSelectorArgs; ++i) c.arg[i] = s.arg[i];
    c.sort_by_hits = strategy->sort_by_hits();
  }
  uint64_t key = selector_key(c, args);
  Value name = c.name;
  if (c.state == SiteState::Megamorphic) {
    MegaEntry& e = mega_slot(key, name, site.target);
    if (!e.target.is_empty() && e.key == key && e.name == name && e.lookup == site.target) {
      ++c.slow_hits;
      return e.target;
    }
  }
  ++c.misses;
  Value target = vm.call_value(site.target, {args, argc});
  if (target.is_empty()) return target;
  if (!cs::check_target(vm, desc, target)) return Value();
  strategy->on_miss(c, key, target);
  if (c.state == SiteState::Megamorphic) mega_slot(key, name, site.target) = {key, name, site.target, target};
  // Whoever changes one of these classes invalidates its switch point and flushes us.
  if (c.selector == SelectorKind::Classes)
    for (uint32_t i = 0; i < c.nargs; ++i)
      cs::add_dependent(cs::class_switch_point(class_of(args[c.arg[i]])), &c);
  return target;
}

const cs::SiteOps kPicOps{"pic", pic_miss};

// -- Bootstraps --

// site ID "name" ARITY pic "lookup" :class 0 [1 ...]   or   ... pic "lookup" :value 0
Value bootstrap_pic(VM& vm, const Module& m, const SiteDescriptor& d) {
  const auto& a = d.static_args;
  auto bad = [&](const std::string& why) {
    return vm.raise("bootstrap_error", "site '" + d.id + "': " + why +
                                           " (expected: pic \"lookup\" :class|:value ARG...)");
  };
  if (a.size() < 3 || !is_instance(a[0], cls::String) || !a[1].is_atom()) return bad("bad static arguments");
  Function* lookup = m.find(string_view_of(a[0]));
  if (!lookup) return bad("no function '" + std::string(string_view_of(a[0])) + "'");
  std::string_view kind = atom_name(a[1].atom_id());
  Selector s;
  if (kind == "class") s.kind = SelectorKind::Classes;
  else if (kind == "value") s.kind = SelectorKind::Value;
  else return bad("unknown selector :" + std::string(kind));
  for (size_t i = 2; i < a.size(); ++i) {
    if (!a[i].is_int() || a[i].as_int() < 0 || a[i].as_int() >= d.arity) return bad("bad argument index");
    if (s.nargs == kMaxSelectorArgs || (s.kind == SelectorKind::Value && s.nargs == 1))
      return bad("too many selector arguments");
    s.arg[s.nargs++] = static_cast<uint8_t>(a[i].as_int());
  }
  return pic_site(vm, s, mh::direct(lookup));
}

// site ID "name" ARITY constant "function"
Value bootstrap_constant(VM& vm, const Module& m, const SiteDescriptor& d) {
  if (d.static_args.size() != 1 || !is_instance(d.static_args[0], cls::String))
    return vm.raise("bootstrap_error", "site '" + d.id + "': expected: constant \"function\"");
  Function* f = m.find(string_view_of(d.static_args[0]));
  if (!f) return vm.raise("bootstrap_error", "site '" + d.id + "': no function '" +
                                                 std::string(string_view_of(d.static_args[0])) + "'");
  return cs::constant_site(vm, mh::direct(f));
}

// pic.site(:class | :value, lookup, ARG...)
Value n_pic_site(VM& vm, const Value* a, uint32_t argc) {
  if (argc < 3 || !a[0].is_atom()) return vm.raise("type_error", "pic.site expects :class or :value, a lookup and argument indexes");
  std::string_view kind = atom_name(a[0].atom_id());
  Selector s;
  s.kind = kind == "value" ? SelectorKind::Value : SelectorKind::Classes;
  if (kind != "value" && kind != "class") return vm.raise("type_error", "pic.site: unknown selector :" + std::string(kind));
  for (uint32_t i = 2; i < argc; ++i) {
    if (!a[i].is_int() || a[i].as_int() < 0 || a[i].as_int() > 255 || s.nargs == kMaxSelectorArgs ||
        (s.kind == SelectorKind::Value && s.nargs == 1))
      return vm.raise("type_error", "pic.site: bad selector arguments");
    s.arg[s.nargs++] = static_cast<uint8_t>(a[i].as_int());
  }
  return pic_site(vm, s, a[1]);
}

// -- Statistics --

const char* state_name(SiteState s) {
  switch (s) {
    case SiteState::Uninitialized: return "uninitialized";
    case SiteState::Monomorphic: return "monomorphic";
    case SiteState::Polymorphic: return "polymorphic";
    case SiteState::Megamorphic: return "megamorphic";
  }
  return "?";
}

struct SiteStats {
  std::string site, id, name, kind, strategy, state;
  std::vector<std::pair<std::string, uint64_t>> entries;
  uint64_t misses = 0, slow_hits = 0, transitions = 0;
};

// Where a site is used: the instruction that linked it, else its first indy.
std::string location(const Module& m, uint32_t index, const SiteCache* c) {
  auto at = [&](const Function& f, uint32_t pc) { return f.name + ":" + std::to_string(f.line_at(pc)); };
  if (c && c->linked_in) return at(*c->linked_in, c->linked_pc);
  for (const auto& f : m.functions)
    for (uint32_t pc = 0; pc < f->code.size(); pc += ir::insn_length(&f->code[pc])) {
      auto op = static_cast<ir::Op>(f->code[pc]);
      if ((op == ir::Op::Indy && f->code[pc + 2] == index) || (op == ir::Op::TailIndy && f->code[pc + 1] == index))
        return at(*f, pc);
    }
  return "-";
}

std::vector<SiteStats> collect(std::span<const Module* const> modules) {
  std::vector<SiteStats> out;
  for (const Module* m : modules) {
    for (uint32_t i = 0; i < m->sites.size(); ++i) {
      const SiteCache* c = i < m->site_caches.size() && !m->site_caches[i].is_empty()
                               ? m->site_caches[i].as<SiteCache>()
                               : nullptr;
      SiteStats s;
      s.site = location(*m, i, c);
      s.id = m->sites[i].id;
      s.name = m->sites[i].name;
      s.state = state_name(c ? c->state : SiteState::Uninitialized);
      if (c && !c->owner.is_empty()) {
        const auto* site = c->owner.as<cs::CallSite>();
        s.kind = site->ops->kind;
        if (site->ops == &kPicOps) s.strategy = static_cast<const DispatchStrategy*>(site->policy)->name();
        Selector sel = selector_of(*c);
        for (uint32_t e = 0; e < c->count; ++e) s.entries.emplace_back(sel.describe(c->entries[e].key), c->entries[e].hits);
        s.misses = c->misses;
        s.slow_hits = c->slow_hits;
        s.transitions = c->transitions;
      }
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto u = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') out += std::string("\\") + ch;
    else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else out += ch;
  }
  return out + "\"";
}

}  // namespace

Value pic_site(VM& vm, const Selector& selector, Value lookup, const DispatchStrategy* strategy) {
  if (selector.kind == SelectorKind::None || selector.nargs == 0 || selector.nargs > kMaxSelectorArgs)
    return vm.raise("type_error", "a PIC needs a selector over 1 to " + std::to_string(kMaxSelectorArgs) + " arguments");
  return cs::make_site(vm, &kPicOps, lookup, pack(selector), strategy ? strategy : default_strategy());
}

size_t megamorphic_cache_size() {
  size_t n = 0;
  for (size_t i = 0; i < kMegaEntries; ++i) n += !mega()[i].target.is_empty();
  return n;
}

void clear_megamorphic_cache() {
  for (size_t i = 0; i < kMegaEntries; ++i) mega()[i] = MegaEntry{};
}

void print_stats_table(std::FILE* out, std::span<const Module* const> modules) {
  auto sites = collect(modules);
  std::string s = "PIC statistics: " + std::to_string(sites.size()) + " site" + (sites.size() == 1 ? "" : "s") + "\n";
  char line[512];
  std::snprintf(line, sizeof line, "%-20s %-10s %-12s %-9s %-13s %8s %8s %6s  %s\n", "site", "id", "name", "kind",
                "state", "misses", "slow", "trans", "entries (selector: hits)");
  s += line;
  for (const auto& st : sites) {
    std::string entries;
    for (const auto& [sel, hits] : st.entries) entries += (entries.empty() ? "" : "  ") + sel + ": " + std::to_string(hits);
    std::string kind = st.strategy.empty() ? st.kind : st.strategy;
    std::snprintf(line, sizeof line, "%-20s %-10s %-12s %-9s %-13s %8llu %8llu %6llu  %s\n", st.site.c_str(),
                  st.id.c_str(), repr(make_string(st.name)).c_str(), kind.empty() ? "-" : kind.c_str(), st.state.c_str(),
                  static_cast<unsigned long long>(st.misses), static_cast<unsigned long long>(st.slow_hits),
                  static_cast<unsigned long long>(st.transitions), entries.c_str());
    s += line;
  }
  std::fputs(s.c_str(), out);
}

std::string stats_json(std::span<const Module* const> modules) {
  std::string s = "[";
  bool first = true;
  for (const auto& st : collect(modules)) {
    s += first ? "\n  {" : ",\n  {";
    first = false;
    s += "\"site\": " + json_string(st.site) + ", \"id\": " + json_string(st.id) + ", \"name\": " + json_string(st.name);
    s += ", \"kind\": " + (st.kind.empty() ? std::string("null") : json_string(st.kind));
    s += ", \"strategy\": " + (st.strategy.empty() ? std::string("null") : json_string(st.strategy));
    s += ", \"state\": " + json_string(st.state) + ", \"entries\": [";
    for (size_t i = 0; i < st.entries.size(); ++i)
      s += std::string(i ? ", " : "") + "{\"selector\": " + json_string(st.entries[i].first) +
           ", \"hits\": " + std::to_string(st.entries[i].second) + "}";
    s += "], \"misses\": " + std::to_string(st.misses) + ", \"slow_hits\": " + std::to_string(st.slow_hits) +
         ", \"transitions\": " + std::to_string(st.transitions) + "}";
  }
  s += first ? "]\n" : "\n]\n";
  return s;
}

void install() {
  static bool done = false;
  if (done) return;
  done = true;
  cs::install();
  cs::on_invalidate(clear_megamorphic_cache);
  cs::register_bootstrap("pic", bootstrap_pic);
  cs::register_bootstrap("constant", bootstrap_constant);
  register_native("pic.site", n_pic_site, -1);
}

}  // namespace sy::pic
