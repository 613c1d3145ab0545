// External term format: a parser into a small tree (enough to sort map keys), and the
// `~tw` writer. Tags from erts' external.h; the notation from io_lib:write/1 (atoms quoted
// as io_lib:write_atom/1 does, floats as float_to_list(F, [short]), maps in term order).
#include "frontends/beam/loader/etf.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace sy::beam {

namespace {

enum : uint8_t {
  kVersion = 131,
  kNewFloat = 70,
  kBitBinary = 77,
  kSmallInteger = 97,
  kInteger = 98,
  kFloat = 99,
  kAtom = 100,
  kSmallTuple = 104,
  kLargeTuple = 105,
  kNil = 106,
  kString = 107,
  kList = 108,
  kBinary = 109,
  kSmallBig = 110,
  kLargeBig = 111,
  kExport = 113,
  kSmallAtom = 115,
  kMap = 116,
  kAtomUtf8 = 118,
  kSmallAtomUtf8 = 119,
};

constexpr int kMaxDepth = 1000;  // deeper nesting than any compiler writes; keeps recursion bounded

struct Node {
  enum Kind : uint8_t { Int, Big, Float, Atom, Tuple, Nil, List, Binary, Map, Fun } kind = Nil;
  bool negative = false;       // Big
  uint8_t bits = 8;            // Binary: significant bits of the last byte (8 = whole bytes)
  int64_t i = 0;               // Int
  double f = 0;                // Float
  std::string text;            // Atom (UTF-8), Binary bytes, Big magnitude (little-endian)
  std::vector<Node> kids;      // Tuple elements; List elements then the tail; Map k1 v1 k2 v2...; Fun M F A
};

class Parser {
 public:
  explicit Parser(std::string_view ext) : p_(reinterpret_cast<const uint8_t*>(ext.data())), end_(p_ + ext.size()) {}

  bool parse(Node* out, std::string* why) {
    why_ = why;
    uint8_t v;
    if (!u8(&v)) return fail("empty term");
    if (v != kVersion) return fail("term does not start with the version byte 131");
    if (!term(out, 0)) return false;
    if (p_ != end_) return fail(std::to_string(end_ - p_) + " bytes follow the term");
    return true;
  }

 private:
  bool fail(const std::string& what) {
    *why_ = "malformed external term: " + what;
    return false;
  }
  bool need(size_t n) { return static_cast<size_t>(end_ - p_) >= n; }
  bool u8(uint8_t* v) {
    if (!need(1)) return false;
    *v = *p_++;
    return true;
  }
  bool u16(uint32_t* v) {
    if (!need(2)) return false;
    *v = uint32_t{p_[0]} << 8 | p_[1];
    p_ += 2;
    return true;
  }
  bool u32(uint32_t* v) {
    if (!need(4)) return false;
    *v = uint32_t{p_[0]} << 24 | uint32_t{p_[1]} << 16 | uint32_t{p_[2]} << 8 | p_[3];
    p_ += 4;
    return true;
  }
  bool take(size_t n, std::string* out) {
    if (!need(n)) return false;
    out->assign(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return true;
  }
  // Count of elements that each take at least `min_bytes`: rejects counts the data cannot hold.
  bool plausible(uint64_t count, size_t min_bytes) { return count <= static_cast<uint64_t>(end_ - p_) / min_bytes; }

  bool atom_text(uint8_t tag, std::string* out) {
    uint32_t len;
    uint8_t small;
    bool ok = tag == kSmallAtom || tag == kSmallAtomUtf8 ? (u8(&small) && ((len = small), true)) : u16(&len);
    if (!ok || !take(len, out)) return fail("atom cut short");
    if (tag == kAtom || tag == kSmallAtom) {  // latin-1: re-encode as UTF-8
      std::string utf8;
      for (unsigned char c : *out) {
        if (c < 0x80) {
          utf8 += static_cast<char>(c);
        } else {
          utf8 += static_cast<char>(0xC0 | c >> 6);
          utf8 += static_cast<char>(0x80 | (c & 0x3F));
        }
      }
      *out = utf8;
    }
    return true;
  }

  bool term(Node* n, int depth) {
    if (depth > kMaxDepth) return fail("nested more than " + std::to_string(kMaxDepth) + " levels deep");
    uint8_t tag;
    if (!u8(&tag)) return fail("cut short");
    uint32_t len;
    switch (tag) {
      case kSmallInteger: {
        uint8_t v;
        if (!u8(&v)) return fail("integer cut short");
        n->kind = Node::Int;
        n->i = v;
        return true;
      }
      case kInteger: {
        if (!u32(&len)) return fail("integer cut short");
        n->kind = Node::Int;
        n->i = static_cast<int32_t>(len);
        return true;
      }
      case kSmallBig:
      case kLargeBig: {
        uint8_t small, sign;
        bool ok = tag == kSmallBig ? (u8(&small) && ((len = small), true)) : u32(&len);
        if (!ok || !u8(&sign) || !take(len, &n->text)) return fail("bignum cut short");
        if (sign > 1) return fail("bignum sign byte " + std::to_string(sign));
        n->kind = Node::Big;
        n->negative = sign == 1;
        // Small values arrive as bignums too (erts normalises); keep one form of each value.
        size_t used = n->text.size();
        while (used > 0 && n->text[used - 1] == 0) --used;
        if (used <= 8) {
          uint64_t mag = 0;
          for (size_t k = used; k-- > 0;) mag = mag << 8 | static_cast<unsigned char>(n->text[k]);
          if (mag <= static_cast<uint64_t>(INT64_MAX) || (n->negative && mag == uint64_t{1} << 63)) {
            n->kind = Node::Int;
            n->i = n->negative ? static_cast<int64_t>(0 - mag) : static_cast<int64_t>(mag);
          }
        }
        n->text.resize(used);
        return true;
      }
      case kNewFloat: {
        if (!need(8)) return fail("float cut short");
        uint64_t bits = 0;
        for (int k = 0; k < 8; ++k) bits = bits << 8 | *p_++;
        std::memcpy(&n->f, &bits, 8);
        if (!std::isfinite(n->f)) return fail("float is not finite");
        n->kind = Node::Float;
        return true;
      }
      case kFloat: {  // pre-R11 text float: 31 bytes, NUL padded
        std::string text;
        if (!take(31, &text)) return fail("float cut short");
        text.resize(std::strlen(text.c_str()));
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n->f);
        if (ec != std::errc() || ptr == text.data() || !std::isfinite(n->f)) return fail("unreadable text float");
        n->kind = Node::Float;
        return true;
      }
      case kAtom:
      case kSmallAtom:
      case kAtomUtf8:
      case kSmallAtomUtf8:
        n->kind = Node::Atom;
        return atom_text(tag, &n->text);
      case kSmallTuple:
      case kLargeTuple: {
        uint8_t small;
        bool ok = tag == kSmallTuple ? (u8(&small) && ((len = small), true)) : u32(&len);
        if (!ok || !plausible(len, 1)) return fail("tuple cut short");
        n->kind = Node::Tuple;
        n->kids.resize(len);
        for (Node& k : n->kids)
          if (!term(&k, depth + 1)) return false;
        return true;
      }
      case kNil:
        n->kind = Node::Nil;
        return true;
      case kString: {  // a list of bytes
        std::string bytes;
        if (!u16(&len) || !take(len, &bytes)) return fail("string cut short");
        n->kind = Node::List;
        n->kids.resize(len + 1);
        for (uint32_t k = 0; k < len; ++k) {
          n->kids[k].kind = Node::Int;
          n->kids[k].i = static_cast<unsigned char>(bytes[k]);
        }
        n->kids[len].kind = Node::Nil;
        return true;
      }
      case kList: {
        if (!u32(&len) || !plausible(len, 1)) return fail("list cut short");
        n->kind = Node::List;
        n->kids.resize(size_t{len} + 1);
        for (Node& k : n->kids)
          if (!term(&k, depth + 1)) return false;
        return true;
      }
      case kBinary:
        n->kind = Node::Binary;
        if (!u32(&len) || !take(len, &n->text)) return fail("binary cut short");
        return true;
      case kBitBinary: {
        uint8_t bits;
        if (!u32(&len) || !u8(&bits) || !take(len, &n->text)) return fail("bitstring cut short");
        if (len == 0 ? bits != 0 : bits < 1 || bits > 8) return fail("bitstring with " + std::to_string(bits) + " bits in its last byte");
        n->kind = Node::Binary;
        n->bits = len == 0 ? 8 : bits;
        return true;
      }
      case kMap: {
        if (!u32(&len) || !plausible(uint64_t{len} * 2, 1)) return fail("map cut short");
        n->kind = Node::Map;
        n->kids.resize(size_t{len} * 2);
        for (Node& k : n->kids)
          if (!term(&k, depth + 1)) return false;
        return true;
      }
      case kExport: {
        n->kind = Node::Fun;
        n->kids.resize(3);
        for (Node& k : n->kids)
          if (!term(&k, depth + 1)) return false;
        if (n->kids[0].kind != Node::Atom || n->kids[1].kind != Node::Atom || n->kids[2].kind != Node::Int ||
            n->kids[2].i < 0 || n->kids[2].i > 255)
          return fail("external fun needs a module atom, a function atom and an arity");
        return true;
      }
      default:
        return fail("tag " + std::to_string(tag) + " (" + tag_name(tag) + ") cannot appear in compiled code");
    }
  }

  static std::string tag_name(uint8_t tag) {
    switch (tag) {
      case 82: return "atom cache reference";
      case 88: case 103: return "pid";
      case 89: case 102: case 120: return "port";
      case 90: case 101: case 114: return "reference";
      case 112: case 117: return "local fun";
      case 80: return "compressed term";
      default: return "unknown";
    }
  }

  const uint8_t* p_;
  const uint8_t* end_;
  std::string* why_ = nullptr;
};

// -- Term order (map keys): number < atom < fun < tuple < map < nil < list < binary;
// within numbers all integers come before all floats, as in erts' map key order.

int rank(const Node& n) {
  switch (n.kind) {
    case Node::Int: case Node::Big: return 0;
    case Node::Float: return 1;
    case Node::Atom: return 2;
    case Node::Fun: return 3;
    case Node::Tuple: return 4;
    case Node::Map: return 5;
    case Node::Nil: return 6;
    case Node::List: return 7;
    case Node::Binary: return 8;
  }
  return 9;
}

int compare_ints(const Node& a, const Node& b) {
  if (a.kind == Node::Int && b.kind == Node::Int) return a.i < b.i ? -1 : a.i > b.i;
  auto load = [](mpz_t z, const Node& n) {
    mpz_init(z);
    if (n.kind == Node::Int) {
      mpz_set_si(z, n.i);
    } else {
      mpz_import(z, n.text.size(), -1, 1, 0, 0, n.text.data());
      if (n.negative) mpz_neg(z, z);
    }
  };
  mpz_t x, y;
  load(x, a);
  load(y, b);
  int c = mpz_cmp(x, y);
  mpz_clear(x);
  mpz_clear(y);
  return c < 0 ? -1 : c > 0;
}

int compare(const Node& a, const Node& b);

int compare_range(const std::vector<Node>& a, size_t an, const std::vector<Node>& b, size_t bn) {
  for (size_t i = 0; i < an && i < bn; ++i)
    if (int c = compare(a[i], b[i])) return c;
  return an < bn ? -1 : an > bn;
}

int compare(const Node& a, const Node& b) {
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind) {
    case Node::Int:
    case Node::Big:
      return compare_ints(a, b);
    case Node::Float:
      return a.f < b.f ? -1 : a.f > b.f;
    case Node::Atom:
    case Node::Binary: {
      int c = a.text.compare(b.text);
      if (c != 0 || a.kind == Node::Atom) return c < 0 ? -1 : c > 0;
      return a.bits < b.bits ? -1 : a.bits > b.bits;
    }
    case Node::Nil:
      return 0;
    case Node::Fun:
      return compare_range(a.kids, 3, b.kids, 3);
    case Node::Tuple:
      if (a.kids.size() != b.kids.size()) return a.kids.size() < b.kids.size() ? -1 : 1;
      return compare_range(a.kids, a.kids.size(), b.kids, b.kids.size());
    case Node::Map:  // by size, then keys, then values (both in key order)
      if (a.kids.size() != b.kids.size()) return a.kids.size() < b.kids.size() ? -1 : 1;
      return compare_range(a.kids, a.kids.size(), b.kids, b.kids.size());
    case Node::List: {
      // Element by element; when one side runs out its tail is compared with the rest.
      size_t an = a.kids.size() - 1, bn = b.kids.size() - 1;
      for (size_t i = 0; i < an && i < bn; ++i)
        if (int c = compare(a.kids[i], b.kids[i])) return c;
      if (an == bn) return compare(a.kids[an], b.kids[bn]);
      if (an < bn) {
        const Node& tail = a.kids[an];
        if (tail.kind != Node::List) return rank(tail) < 7 ? -1 : 1;  // 7: a list
        Node rest;
        rest.kind = Node::List;
        rest.kids.assign(b.kids.begin() + an, b.kids.end());
        return compare(tail, rest);
      }
      return -compare(b, a);
    }
  }
  return 0;
}

// Maps keep their pairs sorted by key, as erts prints them.
void sort_maps(Node* n) {
  for (Node& k : n->kids) sort_maps(&k);
  if (n->kind != Node::Map) return;
  std::vector<size_t> order(n->kids.size() / 2);
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return compare(n->kids[2 * x], n->kids[2 * y]) < 0; });
  std::vector<Node> sorted;
  sorted.reserve(n->kids.size());
  for (size_t i : order) {
    sorted.push_back(std::move(n->kids[2 * i]));
    sorted.push_back(std::move(n->kids[2 * i + 1]));
  }
  n->kids = std::move(sorted);
}

// -- Writing.

void write_node(const Node& n, std::string* out) {
  switch (n.kind) {
    case Node::Int:
      *out += std::to_string(n.i);
      return;
    case Node::Big: {
      mpz_t z;
      mpz_init(z);
      mpz_import(z, n.text.size(), -1, 1, 0, 0, n.text.data());
      if (n.negative) mpz_neg(z, z);
      std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
      mpz_get_str(s.data(), 10, z);
      mpz_clear(z);
      *out += s.c_str();
      return;
    }
    case Node::Float:
      write_float(n.f, out);
      return;
    case Node::Atom:
      write_atom(n.text, out);
      return;
    case Node::Nil:
      *out += "[]";
      return;
    case Node::Tuple:
      *out += '{';
      for (size_t i = 0; i < n.kids.size(); ++i) {
        if (i) *out += ',';
        write_node(n.kids[i], out);
      }
      *out += '}';
      return;
    case Node::List: {
      // A LIST_EXT whose tail is another LIST_EXT continues the same list.
      std::vector<const Node*> elements;
      const Node* tail = &n;
      while (tail->kind == Node::List) {
        for (size_t i = 0; i + 1 < tail->kids.size(); ++i) elements.push_back(&tail->kids[i]);
        tail = &tail->kids.back();
      }
      if (elements.empty()) {  // only a degenerate LIST_EXT of no elements: the term is its tail
        write_node(*tail, out);
        return;
      }
      *out += '[';
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i) *out += ',';
        write_node(*elements[i], out);
      }
      if (tail->kind != Node::Nil) {
        *out += '|';
        write_node(*tail, out);
      }
      *out += ']';
      return;
    }
    case Node::Binary: {
      *out += "<<";
      size_t whole = n.bits == 8 ? n.text.size() : n.text.size() - 1;
      for (size_t i = 0; i < whole; ++i) {
        if (i) *out += ',';
        *out += std::to_string(static_cast<unsigned char>(n.text[i]));
      }
      if (n.bits != 8) {
        if (whole) *out += ',';
        unsigned last = static_cast<unsigned char>(n.text.back()) >> (8 - n.bits);
        *out += std::to_string(last) + ":" + std::to_string(n.bits);
      }
      *out += ">>";
      return;
    }
    case Node::Map:
      *out += "#{";
      for (size_t i = 0; i < n.kids.size(); i += 2) {
        if (i) *out += ',';
        write_node(n.kids[i], out);
        *out += " => ";
        write_node(n.kids[i + 1], out);
      }
      *out += '}';
      return;
    case Node::Fun:
      *out += "fun ";
      write_atom(n.kids[0].text, out);
      *out += ':';
      write_atom(n.kids[1].text, out);
      *out += '/' + std::to_string(n.kids[2].i);
      return;
  }
}

std::vector<uint32_t> code_points(std::string_view utf8) {
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = utf8[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len && i + k < utf8.size(); ++k) cp = cp << 6 | (utf8[i + k] & 0x3F);
    cps.push_back(cp);
    i += len;
  }
  return cps;
}

void put_utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | cp >> 6);
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | cp >> 12);
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | cp >> 18);
    *out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool lower_start(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }
bool name_char(uint32_t c) {
  return lower_start(c) || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= '0' && c <= '9') ||
         c == '_' || c == '@';
}

bool reserved_word(std::string_view s) {
  static const char* const kWords[] = {"after", "and",  "andalso", "band", "begin", "bnot",    "bor",
                                       "bsl",   "bsr",  "bxor",    "case", "catch", "cond",    "div",
                                       "end",   "fun",  "if",      "let",  "not",   "of",      "or",
                                       "orelse", "receive", "rem", "try",  "when",  "xor"};
  for (const char* w : kWords)
    if (s == w) return true;
  return false;
}

}  // namespace

void write_atom(std::string_view utf8, std::string* out) {
  std::vector<uint32_t> cps = code_points(utf8);
  bool plain = !cps.empty() && lower_start(cps[0]) && !reserved_word(utf8) &&
               std::all_of(cps.begin() + 1, cps.end(), name_char);
  if (plain) {
    *out += utf8;
    return;
  }
  *out += '\'';
  for (uint32_t c : cps) {  // io_lib:string_char/4, unicode_as_unicode
    switch (c) {
      case '\'': *out += "\\'"; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\v': *out += "\\v"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case 0x1B: *out += "\\e"; break;
      case 0x7F: *out += "\\d"; break;
      default:
        if ((c >= ' ' && c <= '~') || c >= 0xA0) {
          put_utf8(c, out);
        } else {
          *out += '\\';
          *out += static_cast<char>('0' + (c >> 6));
          *out += static_cast<char>('0' + (c >> 3 & 7));
          *out += static_cast<char>('0' + (c & 7));
        }
    }
  }
  *out += '\'';
}

// float_to_list(F, [short]): the shortest digits that read back as F, in plain decimal
// notation when that is no longer than the scientific one and |F| < 2^53, else as
// D.DDDeE.
void write_float(double d, std::string* out) {
  if (d == 0) {
    *out += std::signbit(d) ? "-0.0" : "0.0";
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));  // "-1.2345e+17"
  bool negative = sci[0] == '-';
  if (negative) sci.remove_prefix(1);
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exp = std::stoi(std::string(sci.substr(e + 1)));
  int n = static_cast<int>(digits.size());

  std::string scientific = digits.substr(0, 1) + "." + (n == 1 ? "0" : digits.substr(1)) + "e" + std::to_string(exp);
  std::string decimal;
  if (exp < 0) {
    decimal = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
  } else if (exp + 1 >= n) {
    decimal = digits + std::string(static_cast<size_t>(exp + 1 - n), '0') + ".0";
  } else {
    decimal = digits.substr(0, static_cast<size_t>(exp + 1)) + "." + digits.substr(static_cast<size_t>(exp + 1));
  }
  bool use_decimal = decimal.size() <= scientific.size() && std::fabs(d) < 9007199254740992.0;
  if (negative) *out += '-';
  *out += use_decimal ? decimal : scientific;
}

bool etf_check(std::string_view ext, std::string* why) {
  Node n;
  return Parser(ext).parse(&n, why);
}

bool etf_write(std::string_view ext, std::string* out, std::string* why) {
  Node n;
  if (!Parser(ext).parse(&n, why)) return false;
  sort_maps(&n);
  write_node(n, out);
  return true;
}

}  // namespace sy::beam
