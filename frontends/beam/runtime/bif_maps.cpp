// The map BIFs of the erlang module and the natively implemented part of the maps
// module, with erts_internal:map_next/3, on which OTP's maps.erl builds iterators, fold,
// map, filter and to_list.
#include <array>

#include "frontends/beam/runtime/bif_impl.h"
#include "frontends/beam/runtime/maps.h"

namespace sy::beam::bif {

namespace {

// Stepping an iterator asks for the entries in iteration order once per step; a few
// recent orders are kept so that walking a map costs one sort, not one per step. The
// maps themselves are held in root memory so that the entry pointers stay valid.
class OrderCache {
 public:
  const std::vector<const MapEntry*>& order(const Map* m) {
    for (Slot& s : slots_)
      if (s.map == m) {
        s.stamp = ++clock_;
        return s.order;
      }
    Slot* victim = &slots_[0];
    for (Slot& s : slots_)
      if (s.stamp < victim->stamp) victim = &s;
    victim->map = m;
    roots()[victim - slots_.data()] = Value::object(m);
    victim->order = entries_in_iteration_order(m);
    victim->stamp = ++clock_;
    return victim->order;
  }

 private:
  struct Slot {
    const Map* map = nullptr;
    std::vector<const MapEntry*> order;
    uint64_t stamp = 0;
  };
  static Value* roots() {
    static Value* r = static_cast<Value*>(heap::alloc_root(4 * sizeof(Value)));
    return r;
  }
  std::array<Slot, 4> slots_;
  uint64_t clock_ = 0;
};

OrderCache& order_cache() {
  static OrderCache cache;
  return cache;
}

Value pairs_list(const std::vector<const MapEntry*>& es, Value tail) {
  Value l = tail;
  for (size_t i = es.size(); i-- > 0;) l = cons(tuple({es[i]->key, es[i]->value}), l);
  return l;
}

}  // namespace

Value erlang_map_size_1(BifContext& cx, const Value* a) {
  if (!is_map(a[0])) return cx.badmap(a[0]);
  return make_int(static_cast<int64_t>(a[0].as<Map>()->count));
}
Value erlang_map_get_2(BifContext& cx, const Value* a) {
  if (!is_map(a[1])) return cx.badmap(a[1]);
  Value v = map_find(a[1].as<Map>(), a[0]);
  return v.is_empty() ? cx.badkey(a[0]) : v;
}
Value erlang_is_map_key_2(BifContext& cx, const Value* a) {
  if (!is_map(a[1])) return cx.badmap(a[1]);
  return Value::boolean(!map_find(a[1].as<Map>(), a[0]).is_empty());
}

Value maps_get_2(BifContext& cx, const Value* a) { return erlang_map_get_2(cx, a); }
Value maps_find_2(BifContext& cx, const Value* a) {
  if (!is_map(a[1])) return cx.badmap(a[1]);
  Value v = map_find(a[1].as<Map>(), a[0]);
  return v.is_empty() ? atoms.error : tuple({atoms.ok, v});
}
Value maps_is_key_2(BifContext& cx, const Value* a) { return erlang_is_map_key_2(cx, a); }
Value maps_from_list_1(BifContext& cx, const Value* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return cx.badarg();
  Map* m = new_map(static_cast<uint64_t>(n));
  for (Value l = a[0]; is_cons(l); l = tail(l)) {
    Value p = head(l);
    if (!is_tuple(p) || p.as<Tuple>()->size() != 2) return cx.badarg();
    map_set(m, p.as<Tuple>()->items[0], p.as<Tuple>()->items[1]);
  }
  return Value::object(m);
}
Value maps_from_keys_2(BifContext& cx, const Value* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return cx.badarg();
  Map* m = new_map(static_cast<uint64_t>(n));
  for (Value l = a[0]; is_cons(l); l = tail(l)) map_set(m, head(l), a[1]);
  return Value::object(m);
}
Value maps_keys_1(BifContext& cx, const Value* a) {
  if (!is_map(a[0])) return cx.badmap(a[0]);
  auto es = entries_in_list_order(a[0].as<Map>());
  Value l = Value::nil();
  for (size_t i = es.size(); i-- > 0;) l = cons(es[i]->key, l);
  return l;
}
Value maps_values_1(BifContext& cx, const Value* a) {
  if (!is_map(a[0])) return cx.badmap(a[0]);
  auto es = entries_in_list_order(a[0].as<Map>());
  Value l = Value::nil();
  for (size_t i = es.size(); i-- > 0;) l = cons(es[i]->value, l);
  return l;
}
Value maps_to_list_1(BifContext& cx, const Value* a) {
  if (!is_map(a[0])) return cx.badmap(a[0]);
  return pairs_list(entries_in_list_order(a[0].as<Map>()), Value::nil());
}
Value maps_merge_2(BifContext& cx, const Value* a) {
  if (!is_map(a[0])) return cx.badmap(a[0]);
  if (!is_map(a[1])) return cx.badmap(a[1]);
  const Map *m1 = a[0].as<Map>(), *m2 = a[1].as<Map>();
  if (m2->count == 0) return a[0];
  if (m1->count == 0) return a[1];
  Map* out = map_copy(m1, m2->count);
  for (uint64_t i = 0; i < m2->used; ++i)
    if (!m2->entries[i].key.is_empty()) map_set(out, m2->entries[i].key, m2->entries[i].value);
  return Value::object(out);
}
Value maps_put_3(BifContext& cx, const Value* a) {
  if (!is_map(a[2])) return cx.badmap(a[2]);
  return Value::object(map_put(a[2].as<Map>(), a[0], a[1]));
}
Value maps_remove_2(BifContext& cx, const Value* a) {
  if (!is_map(a[1])) return cx.badmap(a[1]);
  return Value::object(map_without(a[1].as<Map>(), a[0]));
}
Value maps_take_2(BifContext& cx, const Value* a) {
  if (!is_map(a[1])) return cx.badmap(a[1]);
  Value v = map_find(a[1].as<Map>(), a[0]);
  if (v.is_empty()) return atoms.error;
  return tuple({v, Value::object(map_without(a[1].as<Map>(), a[0]))});
}
Value maps_update_3(BifContext& cx, const Value* a) {
  if (!is_map(a[2])) return cx.badmap(a[2]);
  if (map_find(a[2].as<Map>(), a[0]).is_empty()) return cx.badkey(a[0]);
  return Value::object(map_put(a[2].as<Map>(), a[0], a[1]));
}
Value maps_new_0(BifContext&, const Value*) { return Value::object(new_map()); }
Value maps_size_1(BifContext& cx, const Value* a) { return erlang_map_size_1(cx, a); }

// erts_internal:map_next(Path, Map, Acc). With Acc = iterator: {K, V, [Path' | Map]} for
// the entry at Path, or none. With a list Acc: every pair, in maps:to_list/1's order,
// in front of Acc. Paths here count entries in iteration order (erts encodes a position
// in its trie instead; Erlang code never looks inside).
Value erts_internal_map_next_3(BifContext& cx, const Value* a) {
  if (!a[0].is_int() || a[0].as_int() < 0 || !is_map(a[1])) return cx.badarg();
  const Map* m = a[1].as<Map>();
  if (a[2] == atom("iterator")) {
    const auto& order = order_cache().order(m);
    auto i = static_cast<uint64_t>(a[0].as_int());
    if (i >= order.size()) return atom("none");
    const MapEntry* e = order[i];
    return tuple({e->key, e->value, cons(make_int(static_cast<int64_t>(i + 1)), a[1])});
  }
  if (!is_list(a[2])) return cx.badarg();
  if (a[0].as_int() != 0) return a[2];  // everything was delivered by the first call
  return pairs_list(entries_in_list_order(m), a[2]);
}

}  // namespace sy::beam::bif
