#include "frontends/beam/runtime/etf.h"

#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/bigint.h"
#include "frontends/beam/runtime/maps.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

namespace {

// The tags of the external term format (erts external.h).
enum Tag : uint8_t {
  kCompressed = 80,
  kNewFloat = 70,
  kBitBinary = 77,
  kAtomCacheRef = 82,
  kNewPid = 88,
  kNewPort = 89,
  kNewerReference = 90,
  kSmallInteger = 97,
  kInteger = 98,
  kFloat = 99,
  kAtom = 100,
  kReference = 101,
  kPort = 102,
  kPid = 103,
  kSmallTuple = 104,
  kLargeTuple = 105,
  kNil = 106,
  kString = 107,
  kList = 108,
  kBinary = 109,
  kSmallBig = 110,
  kLargeBig = 111,
  kNewFun = 112,
  kExport = 113,
  kNewReference = 114,
  kSmallAtom = 115,
  kMap = 116,
  kFun = 117,
  kAtomUtf8 = 118,
  kSmallAtomUtf8 = 119,
  kV4Port = 120,
};

constexpr size_t kMaxAtomChars = 255;

// -- Decoding --

class Decoder {
 public:
  Decoder(const uint8_t* begin, const uint8_t* end, size_t base_offset, const DecodeOptions& options)
      : begin_(begin), p_(begin), end_(end), base_(base_offset), options_(options) {}

  bool run(Value* out) {
    for (;;) {
      Value v;
      if (!decode_one(&v)) return false;
      if (v.is_empty()) continue;  // a container was opened: its elements follow
      // Deliver v to the innermost open container; each container completed by it is
      // in turn delivered to its parent.
      for (;;) {
        if (frames_.empty()) {
          *out = v;
          return true;
        }
        if (!deliver(v)) return false;
        if (!completed_) break;
        v = completed_value_;
        frames_.pop_back();
      }
    }
  }
  size_t consumed() const { return static_cast<size_t>(p_ - begin_); }
  const DecodeError& error() const { return error_; }

 private:
  enum class Kind : uint8_t { Tuple, List, Map, FunFree };
  struct Frame {
    Kind kind;
    Value container;    // the Tuple or Map being filled; the first cons of a List
    Value last;         // List: the last cons so far
    Value pending_key;  // Map: the key whose value comes next
    uint64_t index;     // Tuple: next slot; List/Map/FunFree: elements still to come
    bool want_tail;     // List: the elements are done, the tail comes next
    // FunFree: the fun being decoded.
    Value fun_module;
    uint32_t fun_index, fun_uniq;
  };

  bool fail(const std::string& message) {
    error_.offset = base_ + consumed();
    error_.message = message;
    return false;
  }
  bool need(size_t n, const char* what) {
    if (static_cast<size_t>(end_ - p_) < n) return fail(std::string("truncated ") + what);
    return true;
  }
  uint32_t u8() { return *p_++; }
  uint32_t u16() {
    uint32_t v = (uint32_t{p_[0]} << 8) | p_[1];
    p_ += 2;
    return v;
  }
  uint32_t u32() {
    uint32_t v = (uint32_t{p_[0]} << 24) | (uint32_t{p_[1]} << 16) | (uint32_t{p_[2]} << 8) | p_[3];
    p_ += 4;
    return v;
  }

  // Takes v into the innermost frame; sets completed_ when that frame is full.
  bool deliver(Value v) {
    Frame& f = frames_.back();
    completed_ = false;
    switch (f.kind) {
      case Kind::Tuple: {
        Tuple* t = f.container.as<Tuple>();
        t->items[f.index++] = v;
        if (f.index == t->size()) finish(f.container);
        return true;
      }
      case Kind::List: {
        if (f.want_tail) {
          f.last.as_pair()->tail = v;
          finish(f.container);
          return true;
        }
        Value cell = cons(v, Value::nil());
        if (f.container.is_nil()) f.container = cell;
        else f.last.as_pair()->tail = cell;
        f.last = cell;
        if (--f.index == 0) f.want_tail = true;
        return true;
      }
      case Kind::Map: {
        if (f.pending_key.is_empty()) {
          f.pending_key = v;
          return true;
        }
        Map* m = f.container.as<Map>();
        if (!map_get(m, f.pending_key).is_empty()) return fail("duplicate key in a map");
        map_set(m, f.pending_key, v);
        f.pending_key = Value();
        if (--f.index == 0) finish(f.container);
        return true;
      }
      case Kind::FunFree: {
        Tuple* t = f.container.as<Tuple>();
        t->items[t->size() - f.index] = v;
        if (--f.index == 0) return resolve_fun(f);
        return true;
      }
    }
    return fail("internal error: bad frame");
  }
  void finish(Value v) {
    completed_ = true;
    completed_value_ = v;
  }
  bool resolve_fun(Frame& f) {
    Tuple* free = f.container.as<Tuple>();
    Value fun;
    if (options_.funs.resolve)
      fun = options_.funs.resolve(options_.funs.ctx, f.fun_module, f.fun_index, f.fun_uniq, free->items, free->size());
    if (fun.is_empty())
      return fail("a fun of module '" + std::string(atom_text(f.fun_module)) + "' (index " +
                  std::to_string(f.fun_index) + ") that is not loaded");
    finish(fun);
    return true;
  }
  void open(Kind kind, Value container, uint64_t count) {
    Frame f{};
    f.kind = kind;
    f.container = container;
    f.index = kind == Kind::Tuple ? 0 : count;
    frames_.push_back(f);
  }

  // Decodes one scalar into *out, or opens a container (then *out is empty).
  bool decode_one(Value* out) {
    *out = Value();
    if (!need(1, "term")) return false;
    uint8_t tag = static_cast<uint8_t>(u8());
    switch (tag) {
      case kSmallInteger:
        if (!need(1, "integer")) return false;
        *out = Value::small_int(u8());
        return true;
      case kInteger:
        if (!need(4, "integer")) return false;
        *out = Value::small_int(static_cast<int32_t>(u32()));
        return true;
      case kSmallBig:
      case kLargeBig: {
        uint32_t n;
        if (tag == kSmallBig) {
          if (!need(2, "bignum")) return false;
          n = u8();
        } else {
          if (!need(5, "bignum")) return false;
          n = u32();
        }
        uint32_t sign = u8();  // erts reads any nonzero sign byte as negative
        if (!need(n, "bignum")) return false;
        *out = integer_from_magnitude_bytes(p_, n, sign != 0);
        p_ += n;
        return true;
      }
      case kNewFloat: {
        if (!need(8, "float")) return false;
        uint64_t bits = (uint64_t{u32()} << 32);
        bits |= u32();
        double d;
        std::memcpy(&d, &bits, 8);
        if (!std::isfinite(d)) return fail("a float that is not finite");
        *out = Value::number(d);
        return true;
      }
      case kFloat: {  // 31 bytes of "%.20e" text, NUL-padded
        if (!need(31, "float")) return false;
        std::string text(reinterpret_cast<const char*>(p_), strnlen(reinterpret_cast<const char*>(p_), 31));
        p_ += 31;
        char* endp = nullptr;
        double d = std::strtod(text.c_str(), &endp);
        if (text.empty() || endp != text.c_str() + text.size() || !std::isfinite(d)) return fail("bad float text");
        *out = Value::number(d);
        return true;
      }
      case kAtom:
      case kSmallAtom:
      case kAtomUtf8:
      case kSmallAtomUtf8:
        return decode_atom_body(tag, out);
      case kNil: *out = Value::nil(); return true;
      case kString: {
        if (!need(2, "string")) return false;
        uint32_t n = u16();
        if (!need(n, "string")) return false;
        Value list = Value::nil();
        for (uint32_t i = n; i-- > 0;) list = cons(Value::small_int(p_[i]), list);
        p_ += n;
        *out = list;
        return true;
      }
      case kSmallTuple:
      case kLargeTuple: {
        uint32_t n;
        if (tag == kSmallTuple) {
          if (!need(1, "tuple")) return false;
          n = u8();
        } else {
          if (!need(4, "tuple")) return false;
          n = u32();
        }
        // Each element takes at least one byte: a larger arity is a corrupt length.
        if (n > static_cast<size_t>(end_ - p_)) return fail("tuple arity " + std::to_string(n) + " beyond the input");
        Tuple* t = new_tuple(n);
        if (n == 0) *out = Value::object(t);
        else open(Kind::Tuple, Value::object(t), n);
        return true;
      }
      case kList: {
        if (!need(4, "list")) return false;
        uint32_t n = u32();
        if (n > static_cast<size_t>(end_ - p_)) return fail("list length " + std::to_string(n) + " beyond the input");
        if (n == 0) return true;  // no elements: the tail that follows is the whole term
        open(Kind::List, Value::nil(), n);
        return true;
      }
      case kMap: {
        if (!need(4, "map")) return false;
        uint32_t n = u32();
        if (n > static_cast<size_t>(end_ - p_) / 2) return fail("map size " + std::to_string(n) + " beyond the input");
        Map* m = new_map(n);
        if (n == 0) *out = Value::object(m);
        else open(Kind::Map, Value::object(m), n);
        return true;
      }
      case kBinary: {
        if (!need(4, "binary")) return false;
        uint32_t n = u32();
        if (!need(n, "binary")) return false;
        *out = make_binary(p_, n);
        p_ += n;
        return true;
      }
      case kBitBinary: {
        if (!need(5, "bitstring")) return false;
        uint32_t n = u32();
        uint32_t bits = u8();
        if (n == 0 ? bits != 0 : (bits == 0 || bits > 8)) return fail("bad bit count " + std::to_string(bits));
        if (!need(n, "bitstring")) return false;
        Value whole = make_binary(p_, n);
        p_ += n;
        *out = n == 0 ? whole : sub_binary(whole.as<Binary>(), 0, (uint64_t{n} - 1) * 8 + bits);
        return true;
      }
      case kExport: {
        Value m, f, arity;
        if (!decode_atom(&m) || !decode_atom(&f) || !decode_small(&arity)) return false;
        if (!arity.is_int() || arity.as_int() < 0 || arity.as_int() > 255) return fail("bad export arity");
        *out = make_export_fun(m, f, static_cast<uint32_t>(arity.as_int()));
        return true;
      }
      case kNewFun: return decode_new_fun(out);
      case kNewPid:
      case kPid: {
        Value node;
        if (!decode_atom(&node)) return false;
        if (!need(tag == kNewPid ? 12 : 9, "pid")) return false;
        uint32_t id = u32(), serial = u32();
        if (tag == kNewPid) u32();
        else u8();
        if (node != atoms.nonode_nohost) return fail("a pid of another node");
        *out = make_pid(id, serial);
        return true;
      }
      case kNewPort:
      case kV4Port:
      case kPort: {
        Value node;
        if (!decode_atom(&node)) return false;
        size_t size = tag == kV4Port ? 12 : tag == kNewPort ? 8 : 5;
        if (!need(size, "port")) return false;
        uint64_t id = tag == kV4Port ? (uint64_t{u32()} << 32) : 0;
        id |= u32();
        p_ += size - (tag == kV4Port ? 8 : 4);
        if (node != atoms.nonode_nohost) return fail("a port of another node");
        *out = make_port(id);
        return true;
      }
      case kNewerReference:
      case kNewReference: {
        if (!need(2, "reference")) return false;
        uint32_t n = u16();
        Value node;
        if (!decode_atom(&node)) return false;
        size_t creation = tag == kNewerReference ? 4 : 1;
        if (n == 0 || n > 5) return fail("bad reference length " + std::to_string(n));
        if (!need(creation + 4 * n, "reference")) return false;
        p_ += creation;
        uint32_t w[5] = {};
        for (uint32_t i = 0; i < n; ++i) w[i] = u32();
        if (node != atoms.nonode_nohost) return fail("a reference of another node");
        *out = make_ref(w[0], w[1], w[2]);
        return true;
      }
      default: break;
    }
    --p_;  // errors about the tag point at it
    switch (tag) {
      case kCompressed: return fail("a compressed term inside a term");
      case kAtomCacheRef: return fail("an atom cache reference (distribution only)");
      case kReference:
      case kFun: return fail("an obsolete tag " + std::to_string(tag));
      default: return fail("unknown tag " + std::to_string(tag));
    }
  }

  bool decode_atom_body(uint8_t tag, Value* out) {
    bool small = tag == kSmallAtom || tag == kSmallAtomUtf8;
    if (!need(small ? 1 : 2, "atom")) return false;
    uint32_t n = small ? u8() : u16();
    if (!need(n, "atom")) return false;
    std::string_view raw(reinterpret_cast<const char*>(p_), n);
    std::string utf8;
    if (tag == kAtom || tag == kSmallAtom) {
      utf8 = latin1_to_utf8(raw);
    } else {
      size_t chars = 0;
      if (!valid_utf8(raw, &chars)) return fail("an atom that is not valid UTF-8");
      if (chars > kMaxAtomChars) return fail("an atom longer than 255 characters");
      utf8.assign(raw);
    }
    if (tag == kAtom && n > kMaxAtomChars) return fail("an atom longer than 255 characters");
    p_ += n;
    *out = atom(utf8);
    return true;
  }
  bool decode_atom(Value* out) {
    if (!need(1, "atom")) return false;
    uint8_t tag = static_cast<uint8_t>(u8());
    if (tag != kAtom && tag != kSmallAtom && tag != kAtomUtf8 && tag != kSmallAtomUtf8) {
      --p_;
      return fail("expected an atom");
    }
    return decode_atom_body(tag, out);
  }
  bool decode_small(Value* out) {  // SMALL_INTEGER_EXT or INTEGER_EXT
    if (!need(1, "integer")) return false;
    uint8_t tag = static_cast<uint8_t>(u8());
    if (tag == kSmallInteger && need(1, "integer")) {
      *out = Value::small_int(u8());
      return true;
    }
    if (tag == kInteger && need(4, "integer")) {
      *out = Value::small_int(static_cast<int32_t>(u32()));
      return true;
    }
    if (error_.message.empty()) {
      --p_;
      fail("expected an integer");
    }
    return false;
  }
  // NEW_FUN_EXT: Size Arity Uniq[16] Index NumFree Module OldIndex OldUniq Pid Free...
  bool decode_new_fun(Value* out) {
    if (!need(4 + 1 + 16 + 4 + 4, "fun")) return false;
    p_ += 4 + 1 + 16;  // size, arity, MD5: the module's identity is module + uniq below
    uint32_t index = u32();
    uint32_t num_free = u32();
    (void)index;
    Value module, old_index, old_uniq, pid;
    if (!decode_atom(&module) || !decode_small(&old_index) || !decode_small(&old_uniq)) return false;
    if (!decode_one(&pid) || !is_pid(pid)) return fail("expected the creator pid of a fun");
    if (num_free > static_cast<size_t>(end_ - p_)) return fail("fun free-variable count beyond the input");
    Frame f{};
    f.kind = Kind::FunFree;
    f.container = Value::object(new_tuple(num_free));
    f.index = num_free;
    f.fun_module = module;
    f.fun_index = static_cast<uint32_t>(old_index.as_int());
    f.fun_uniq = static_cast<uint32_t>(old_uniq.as_int());
    if (num_free > 0) {
      frames_.push_back(f);
      return true;
    }
    if (!resolve_fun(f)) return false;
    *out = completed_value_;
    completed_ = false;
    return true;
  }

  const uint8_t* begin_;
  const uint8_t* p_;
  const uint8_t* end_;
  size_t base_;
  const DecodeOptions& options_;
  heap::RootedVector<Frame> frames_;  // the containers being filled are reachable only from here
  bool completed_ = false;
  Value completed_value_;
  DecodeError error_;
};

// -- Encoding --

class Encoder {
 public:
  Encoder(std::string* out, const EncodeOptions& options) : out_(out), options_(options) {}

  bool run(Value root, std::string* error) {
    pending_.push_back(root);
    while (!pending_.empty()) {
      Value v = pending_.back();
      pending_.pop_back();
      if (!encode_one(v)) {
        if (error) *error = error_;
        return false;
      }
    }
    return true;
  }

 private:
  void put8(uint32_t b) { out_->push_back(static_cast<char>(b)); }
  void put16(uint32_t v) {
    put8(v >> 8);
    put8(v);
  }
  void put32(uint32_t v) {
    put8(v >> 24);
    put8(v >> 16);
    put8(v >> 8);
    put8(v);
  }
  void put_atom(Value a) {
    std::string_view name = atom_text(a);
    std::string latin1;
    if (options_.minor_version < 2 && utf8_to_latin1(name, &latin1)) {
      put8(kAtom);
      put16(static_cast<uint32_t>(latin1.size()));
      out_->append(latin1);
      return;
    }
    if (name.size() < 256) {
      put8(kSmallAtomUtf8);
      put8(static_cast<uint32_t>(name.size()));
    } else {
      put8(kAtomUtf8);
      put16(static_cast<uint32_t>(name.size()));
    }
    out_->append(name);
  }
  void put_integer(Value v) {
    int64_t n;
    if (integer_to_int64(v, &n)) {
      if (n >= 0 && n <= 255) {
        put8(kSmallInteger);
        put8(static_cast<uint32_t>(n));
        return;
      }
      if (n >= INT32_MIN && n <= INT32_MAX) {
        put8(kInteger);
        put32(static_cast<uint32_t>(static_cast<int32_t>(n)));
        return;
      }
    }
    bool negative;
    std::string digits = integer_magnitude_bytes(v, &negative);
    if (digits.size() < 256) {
      put8(kSmallBig);
      put8(static_cast<uint32_t>(digits.size()));
    } else {
      put8(kLargeBig);
      put32(static_cast<uint32_t>(digits.size()));
    }
    put8(negative ? 1 : 0);
    out_->append(digits);
  }
  // A proper list of at most 65535 integers 0..255 is a STRING_EXT.
  bool put_string_list(Value list) {
    size_t n = 0;
    Value l = list;
    for (; is_cons(l); l = tail(l)) {
      Value h = head(l);
      if (!h.is_int() || h.as_int() < 0 || h.as_int() > 255 || ++n > 65535) return false;
    }
    if (!l.is_nil()) return false;
    put8(kString);
    put16(static_cast<uint32_t>(n));
    for (l = list; is_cons(l); l = tail(l)) put8(static_cast<uint32_t>(head(l).as_int()));
    return true;
  }
  bool encode_one(Value v) {
    if (v.is_int() || is_instance(v, cls::BigInt)) {
      put_integer(v);
      return true;
    }
    if (v.is_double()) {
      double d = v.as_double();
      if (options_.minor_version == 0) {
        // FLOAT_EXT: 31 bytes of "%.20e" text, NUL-padded (term_to_binary's minor version 0).
        char text[32] = {};
        std::snprintf(text, sizeof text, "%.20e", d);
        put8(kFloat);
        for (int i = 0; i < 31; ++i) put8(static_cast<uint8_t>(text[i]));
        return true;
      }
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      put8(kNewFloat);
      put32(static_cast<uint32_t>(bits >> 32));
      put32(static_cast<uint32_t>(bits));
      return true;
    }
    if (is_atom(v)) {
      put_atom(v);
      return true;
    }
    if (v.is_nil()) {
      put8(kNil);
      return true;
    }
    if (is_cons(v)) {
      if (put_string_list(v)) return true;
      uint64_t n = 0;
      Value l = v;
      for (; is_cons(l); l = tail(l)) ++n;
      put8(kList);
      put32(static_cast<uint32_t>(n));
      pending_.push_back(l);  // the tail, last
      size_t at = pending_.size();
      pending_.resize(at + n);
      for (l = v; is_cons(l); l = tail(l)) pending_[at + --n] = head(l);
      return true;
    }
    if (is_tuple(v)) {
      Tuple* t = v.as<Tuple>();
      if (t->size() < 256) {
        put8(kSmallTuple);
        put8(t->size());
      } else {
        put8(kLargeTuple);
        put32(t->size());
      }
      for (uint32_t i = t->size(); i-- > 0;) pending_.push_back(t->items[i]);
      return true;
    }
    if (is_map(v)) {
      auto entries = entries_in_list_order(v.as<Map>());  // erts writes hash tries back to front
      put8(kMap);
      put32(static_cast<uint32_t>(entries.size()));
      for (size_t i = entries.size(); i-- > 0;) {
        pending_.push_back(entries[i]->value);
        pending_.push_back(entries[i]->key);
      }
      return true;
    }
    if (is_bitstring(v)) {
      const Binary* b = v.as<Binary>();
      std::string tmp;
      std::string_view whole = whole_bytes(b, tmp);
      unsigned rest = b->bit_size & 7;
      if (rest == 0) {
        put8(kBinary);
        put32(static_cast<uint32_t>(whole.size()));
        out_->append(whole);
      } else {
        put8(kBitBinary);
        put32(static_cast<uint32_t>(whole.size() + 1));
        put8(rest);
        out_->append(whole);
        put8(byte_at(b, whole.size()) & (0xFF << (8 - rest)));
      }
      return true;
    }
    if (is_export_fun(v)) {
      auto* f = v.as<ExportFun>();
      put8(kExport);
      put_atom(f->module);
      put_atom(f->function);
      put_integer(Value::small_int(f->arity()));
      return true;
    }
    if (is_pid(v)) {
      auto* p = v.as<Pid>();
      put8(kNewPid);
      put_atom(atoms.nonode_nohost);
      put32(p->number);
      put32(p->serial);
      put32(0);
      return true;
    }
    if (is_ref(v)) {
      auto* r = v.as<Ref>();
      put8(kNewerReference);
      put16(3);
      put_atom(atoms.nonode_nohost);
      put32(0);
      for (uint32_t w : r->words) put32(w);
      return true;
    }
    if (is_port(v)) {
      uint64_t n = v.as<Port>()->number;
      put8(n > UINT32_MAX ? kV4Port : kNewPort);
      put_atom(atoms.nonode_nohost);
      if (n > UINT32_MAX) put32(static_cast<uint32_t>(n >> 32));
      put32(static_cast<uint32_t>(n));
      put32(0);
      return true;
    }
    if (is_instance(v, cls::Closure)) return put_local_fun(v.as<Closure>());
    if (is_instance(v, cls::String)) {  // a core string crosses as a binary (docs/beam.md)
      std::string_view s = string_view_of(v);
      put8(kBinary);
      put32(static_cast<uint32_t>(s.size()));
      out_->append(s);
      return true;
    }
    error_ = "cannot encode a value of class " + std::string(class_name(class_of(v)));
    return false;
  }
  // NEW_FUN_EXT. The module's MD5 is not known to the runtime (it is written as zeros) and
  // the creator pid is <0.0.0>; decoding on this VM only needs module, index and uniq.
  bool put_local_fun(const Closure* c) {
    const FunInfo* info = fun_info(c->fn);
    if (!info) {
      error_ = "cannot encode a function of another language";
      return false;
    }
    size_t start = out_->size();
    put8(kNewFun);
    put32(0);  // size, patched below
    put8(info->arity);
    out_->append(16, '\0');
    put32(info->index);
    put32(c->h.aux);
    put_atom(info->module);
    put_integer(Value::small_int(info->index));
    put_integer(make_int(info->old_uniq));
    encode_one(make_pid(0, 0));
    // The free variables follow; the size field covers them, so encode them here.
    Encoder inner(out_, options_);
    for (uint32_t i = 0; i < c->h.aux; ++i)
      if (!inner.run(c->captures[i], &error_)) return false;
    uint32_t size = static_cast<uint32_t>(out_->size() - start);
    for (int k = 0; k < 4; ++k) (*out_)[start + 1 + k] = static_cast<char>(size >> (24 - 8 * k));
    return true;
  }

  std::string* out_;
  const EncodeOptions& options_;
  std::vector<Value> pending_;  // parts of the root term: reachable while encoding
  std::string error_;
};

}  // namespace

bool decode_term(std::string_view bytes, Value* out, DecodeError* error, size_t* used, const DecodeOptions& options) {
  DecodeError local;
  DecodeError& err = error ? *error : local;
  auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t n = bytes.size();
  size_t skip = 0;
  if (options.with_version) {
    if (n == 0) {
      err = {0, "empty input"};
      return false;
    }
    if (p[0] != kEtfVersion) {
      err = {0, "bad version byte " + std::to_string(p[0]) + " (expected 131)"};
      return false;
    }
    skip = 1;
  }
  if (n > skip && p[skip] == kCompressed) {
    if (n < skip + 5) {
      err = {skip, "truncated compressed term"};
      return false;
    }
    uLongf size = (uLongf{p[skip + 1]} << 24) | (uLongf{p[skip + 2]} << 16) | (uLongf{p[skip + 3]} << 8) | p[skip + 4];
    std::string inflated(size, '\0');
    // Inflate exactly one zlib stream, and learn how much input it used.
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK) {
      err = {skip, "zlib cannot start"};
      return false;
    }
    zs.next_in = const_cast<Bytef*>(p + skip + 5);
    zs.avail_in = static_cast<uInt>(n - skip - 5);
    zs.next_out = reinterpret_cast<Bytef*>(inflated.data());
    zs.avail_out = static_cast<uInt>(size);
    int rc = inflate(&zs, Z_FINISH);
    size_t consumed_in = zs.total_in, produced = zs.total_out;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || produced != size) {
      err = {skip + 5, "corrupt compressed term"};
      return false;
    }
    Decoder d(reinterpret_cast<const uint8_t*>(inflated.data()), reinterpret_cast<const uint8_t*>(inflated.data()) + size,
              0, options);
    if (!d.run(out)) {
      err = d.error();
      err.message += " (in the compressed term)";
      err.offset = skip;
      return false;
    }
    if (used) *used = skip + 5 + consumed_in;
    return true;
  }
  Decoder d(p + skip, p + n, skip, options);
  if (!d.run(out)) {
    err = d.error();
    return false;
  }
  if (used) *used = skip + d.consumed();
  return true;
}

bool encode_term(Value v, std::string* out, std::string* error, const EncodeOptions& options) {
  std::string body;
  Encoder e(&body, options);
  bool ok = e.run(v, error);
  keep_alive(v);  // the encoder's work stack holds parts of v
  if (!ok) return false;
  out->push_back(static_cast<char>(kEtfVersion));
  if (options.compression <= 0) {
    out->append(body);
    return true;
  }
  // erts keeps the plain encoding unless the zlib stream fits in the body's size less the
  // 5 bytes of the compressed header (so a tie still compresses).
  uLongf bound = compressBound(body.size());
  std::string packed(bound, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &bound, reinterpret_cast<const Bytef*>(body.data()),
                body.size(), options.compression) != Z_OK ||
      bound + 5 > body.size()) {
    out->append(body);
    return true;
  }
  out->push_back(static_cast<char>(kCompressed));
  uint32_t size = static_cast<uint32_t>(body.size());
  for (int k = 0; k < 4; ++k) out->push_back(static_cast<char>(size >> (24 - 8 * k)));
  out->append(packed.data(), bound);
  return true;
}

}  // namespace sy::beam
