// io_lib_pretty.erl of OTP 25 (~p, ~P): first an intermediate form of the term with the
// printed length of every part (print_length), then the layout (pp), whose tuple-tag
// indentation is chosen by trying layouts (cind) as erl does. Without chars_limit only
// the print_length/pp/cind half of the module is needed.
#include <memory>
#include <vector>

#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/maps.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

void write_latin1_string(Chars& out, const Chars& s);  // io_lib.cpp

namespace {

// An element of the intermediate form: {What, Len, NumOfDots, More} in io_lib_pretty.
struct If {
  enum Kind : uint8_t { Leaf, Bin, List, Tuple, Map, Pair, Dots };
  Kind kind = Leaf;
  bool tagged = false;        // Tuple: an atom first and more than one element
  int len = 0;
  int dots = 0;
  Chars text;                 // Leaf
  std::vector<Chars> tokens;  // Bin: byte texts and the separators "," and ":"
  std::vector<If> items;      // List, Tuple, Map: the elements; Pair: key and value
  std::unique_ptr<If> tail;   // List, Tuple, Map: Dots or an improper tail; null for none
  bool leaf() const { return kind == Leaf; }  // is_list(element(1, If))
};

If leaf(Chars text, int dots = 0) {
  If f;
  f.kind = If::Leaf;
  f.len = static_cast<int>(text.size());
  f.dots = dots;
  f.text = std::move(text);
  return f;
}

If dots_if() {
  If f;
  f.kind = If::Dots;
  f.len = 3;
  f.dots = 3;
  return f;
}

// list_length: the elements with separators, plus the surrounding characters.
void set_list_length(If& f, int brackets) {
  int len = brackets, dots = 0;
  for (size_t i = 0; i < f.items.size(); ++i) {
    len += (i ? 1 : 0) + f.items[i].len;
    dots += f.items[i].dots;
  }
  if (f.tail) {
    len += (f.items.empty() ? 0 : 1) + f.tail->len;
    dots += f.tail->dots;
  }
  f.len = len;
  f.dots = dots;
}

void append_str(Chars& out, std::string_view s) { append_latin1(out, s); }

// -- print_length --

class Measure {
 public:
  Measure(bool unicode, bool strings) : unicode_(unicode), strings_(strings) {}

  If print_length(Value term, int d) {
    if (term.is_nil()) return leaf(U"[]");
    if (is_tuple(term) && term.as<Tuple>()->size() == 0) return leaf(U"{}");
    if (is_map(term) && term.as<Map>()->count == 0) return leaf(U"#{}");
    if (is_atom(term)) {
      Chars s;
      write_atom(s, term, unicode_);
      return leaf(std::move(s));
    }
    if (is_cons(term)) {
      if (strings_ && d != 1 && printable_latin1_list(term)) {
        Chars cs;
        for (Value l = term; is_cons(l); l = tail(l)) cs += static_cast<char32_t>(head(l).as_int());
        Chars s;
        if (unicode_) write_string(s, cs);
        else write_latin1_string(s, cs);
        return leaf(std::move(s));
      }
      return print_length_list(term, d);
    }
    if (is_fun(term)) return leaf(write_term(term));
    if (is_tuple(term)) return print_length_tuple(term, d);
    if (is_map(term)) return print_length_map(term, d);
    if (is_bitstring(term)) return print_length_bits(term.as<Binary>(), d);
    return leaf(write_term(term));
  }

 private:
  If print_length_list(Value list, int d) {
    If f;
    f.kind = If::List;
    Value t = list;
    for (;;) {
      if (t.is_nil()) break;
      if (d == 1) {
        f.tail = std::make_unique<If>(dots_if());
        break;
      }
      if (is_cons(t)) {
        f.items.push_back(print_length(head(t), d - 1));
        t = tail(t);
        d = d - 1;
        continue;
      }
      f.tail = std::make_unique<If>(print_length(t, d - 1));
      break;
    }
    set_list_length(f, 2);
    return f;
  }

  If print_length_tuple(Value term, int d) {
    if (d == 1) return leaf(U"{...}", 3);
    const Tuple* t = term.as<Tuple>();
    If f;
    f.kind = If::Tuple;
    for (uint32_t i = 0; i < t->size(); ++i) {
      if (d == 1) {
        f.tail = std::make_unique<If>(dots_if());
        break;
      }
      f.items.push_back(print_length(t->items[i], d - 1));
      d = d - 1;
    }
    f.tagged = is_atom(t->items[0]) && t->size() > 1;
    set_list_length(f, 2);
    return f;
  }

  If print_length_map(Value term, int d) {
    if (d == 1) return leaf(U"#{...}", 3);
    If f;
    f.kind = If::Map;
    const int d0 = d - 1;
    for (const MapEntry* e : entries_in_iteration_order(term.as<Map>())) {
      if (d == 1) {
        f.tail = std::make_unique<If>(dots_if());
        break;
      }
      If pair;
      pair.kind = If::Pair;
      pair.items.push_back(print_length(e->key, d0));
      pair.items.push_back(print_length(e->value, d0));
      pair.len = pair.items[0].len + 4 + pair.items[1].len;
      pair.dots = pair.items[0].dots + pair.items[1].dots;
      f.items.push_back(std::move(pair));
      d = d - 1;
    }
    set_list_length(f, 3);
    return f;
  }

  // printable_bin's answer: not printable, or the characters to show and how.
  struct Printable {
    bool ok = false;
    bool plain = true;       // every character is one byte: <<"...">>, else <<".."/utf8>>
    bool truncated = false;  // a prefix only: "...>>" follows
    Chars chars;
  };

  static bool printable_byte(uint32_t c) {
    return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' || c == '\r' || c == '\t' || c == '\v' ||
           c == '\b' || c == '\f' || c == 27;
  }

  // printable_latin1_list/2 over n bytes from `from`: -1 for all, else the count left at
  // the first byte that is not printable.
  static int64_t printable_bytes(const Binary* b, uint64_t from, uint64_t n) {
    for (uint64_t i = 0; i < n; ++i)
      if (!printable_byte(byte_at(b, from + i))) return static_cast<int64_t>(n - i);
    return -1;
  }
  static Chars bytes_chars(const Binary* b, uint64_t n) {
    Chars cs;
    for (uint64_t i = 0; i < n; ++i) cs += static_cast<char32_t>(byte_at(b, i));
    return cs;
  }

  Printable printable_bin_latin1(const Binary* b, uint64_t len, int d) {
    Printable p;
    uint64_t size = b->bit_size >> 3;
    if (len == 0) return p;
    uint64_t n = std::min<uint64_t>(20, len);
    int64_t r = printable_bytes(b, 0, n);
    if (r < 0) {
      if (n == size) {
        p.ok = true;
        p.chars = bytes_chars(b, n);
        return p;
      }
      if (n == len) {
        p.ok = p.truncated = true;
        p.chars = bytes_chars(b, n);
        return p;
      }
      // printable_bin1: bytes from the first non-printable one to len.
      int64_t r2 = printable_bytes(b, n, len - n);
      uint64_t nc = r2 < 0 ? 0 : static_cast<uint64_t>(r2);
      if (nc == 0 && size == len) {
        p.ok = true;
        p.chars = bytes_chars(b, size);
        return p;
      }
      if (d > 0 && static_cast<int64_t>(len - nc) >= d) {
        p.ok = p.truncated = true;
        p.chars = bytes_chars(b, len - nc);
      }
      return p;
    }
    if (d > 0 && static_cast<int64_t>(n) - r >= d) {
      p.ok = p.truncated = true;
      p.chars = bytes_chars(b, n - static_cast<uint64_t>(r));
    }
    return p;
  }

  Printable printable_bin(const Binary* b, uint64_t len, int d) {
    if (!unicode_) return printable_bin_latin1(b, len, d);
    if (len == 0) return {};
    std::string tmp;
    std::string_view bytes = whole_bytes(b, tmp);
    // valid_utf8(Bin, Len): the first len characters (or all there are) decode.
    size_t i = 0;
    uint32_t cp;
    for (uint64_t k = 0; k < len && i < bytes.size(); ++k)
      if (!next_utf8(bytes, &i, &cp)) return printable_bin_latin1(b, len, d);
    // printable_unicode with the latin-1 printable range.
    Printable p;
    i = 0;
    uint64_t left = len;
    while (left > 0 && i < bytes.size()) {
      size_t at = i;
      if (!next_utf8(bytes, &i, &cp)) {
        i = at;
        break;
      }
      if (!printable_byte(cp) || cp > 255) {
        i = at;
        break;
      }
      p.chars += static_cast<char32_t>(cp);
      --left;
    }
    bool single_bytes = i == p.chars.size();
    if (i == bytes.size()) {
      p.ok = true;
      p.plain = bytes.size() == p.chars.size();
      return p;
    }
    if (d > 0 && static_cast<int64_t>(len - left) >= d) {
      p.ok = p.truncated = true;
      p.plain = single_bytes;
      return p;
    }
    return {};
  }

  If print_length_bits(const Binary* b, int d) {
    if (b->bit_size == 0) return leaf(U"<<>>");
    if (d == 1) return leaf(U"<<...>>", 3);
    int d1 = d - 1;
    if (strings_ && (b->bit_size & 7) == 0) {
      uint64_t size = b->bit_size >> 3;
      uint64_t len = d1 >= 0 ? std::min<uint64_t>(4 * static_cast<uint64_t>(d1), size) : size;
      Printable p = printable_bin(b, len, d1);
      if (p.ok) {
        Chars s;
        write_string(s, p.chars);
        Chars out = U"<<" + s;
        out += p.plain ? U"" : U"/utf8";
        out += p.truncated ? U"...>>" : U">>";
        return leaf(std::move(out), p.truncated ? 3 : 0);
      }
    }
    // io_lib:write_binary(Bin, D, -1): byte texts, "..." where the depth ends.
    If f;
    f.kind = If::Bin;
    uint64_t whole = b->bit_size >> 3;
    unsigned rest = b->bit_size & 7;
    bool cut = false;
    int dd = d;
    for (uint64_t i = 0; i < whole; ++i, --dd) {
      if (dd == 1) {
        f.tokens.push_back(U"...");
        cut = true;
        break;
      }
      Chars t;
      append_str(t, std::to_string(byte_at(b, i)));
      f.tokens.push_back(t);
      if (i + 1 < whole || rest) f.tokens.push_back(U",");
    }
    if (!cut && rest) {
      if (dd == 1) {
        f.tokens.push_back(U"...");
        cut = true;
      } else {
        Chars x, n;
        append_str(x, std::to_string(byte_at(b, whole) >> (8 - rest)));
        append_str(n, std::to_string(rest));
        f.tokens.push_back(x);
        f.tokens.push_back(U":");
        f.tokens.push_back(n);
      }
    }
    f.len = 4;
    for (const Chars& t : f.tokens) f.len += static_cast<int>(t.size());
    f.dots = cut ? 3 : 0;
    return f;
  }

  bool unicode_, strings_;
};

// -- Layout --

struct NoGood {};  // cind's throw(no_good)

class Layout {
 public:
  Layout(Chars& out, int ll, int m) : out_(out), ll_(ll), m_(m) {}

  void write(const If& f) { write_to(out_, f); }

  static void write_to(Chars& out, const If& f) {
    switch (f.kind) {
      case If::Leaf: out += f.text; return;
      case If::Bin:
        out += U"<<";
        for (const Chars& t : f.tokens) out += t;
        out += U">>";
        return;
      case If::Tuple:
        out += U'{';
        write_list(out, f, U',');
        out += U'}';
        return;
      case If::List:
        out += U'[';
        write_list(out, f, U'|');
        out += U']';
        return;
      case If::Map:
        out += U"#{";
        write_list(out, f, U',');
        out += U'}';
        return;
      case If::Pair:
        write_to(out, f.items[0]);
        out += U" => ";
        write_to(out, f.items[1]);
        return;
      case If::Dots: out += U"..."; return;
    }
  }
  static void write_list(Chars& out, const If& f, char32_t sep) {
    if (f.items.empty()) {
      if (f.tail) out += U"...";
      return;
    }
    for (size_t i = 0; i < f.items.size(); ++i) {
      if (i) out += U',';
      write_to(out, f.items[i]);
    }
    if (f.tail) {
      out += sep;
      write_to(out, *f.tail);
    }
  }

  void pp(const If& f, int col, int tind, int ind, int ld, int w) {
    if (f.len < ll_ - col - ld && f.len + w + ld <= m_) {
      write(f);
      return;
    }
    switch (f.kind) {
      case If::List:
        out_ += U'[';
        pp_list(f, 0, col + 1, tind, ind + 1, ld, U'|', w + 1);
        out_ += U']';
        return;
      case If::Tuple:
        out_ += U'{';
        if (f.tagged) pp_tag_tuple(f, col, tind, ind, ld, w + 1);
        else pp_list(f, 0, col + 1, tind, ind + 1, ld, U',', w + 1);
        out_ += U'}';
        return;
      case If::Map:
        out_ += U"#{";
        pp_map(f, col + 2, tind, ind + 2, ld, w + 1);
        out_ += U'}';
        return;
      case If::Bin: pp_binary(f, col + 2, ind + 2, ld, w); return;
      default: write(f); return;
    }
  }

  // -- cind: the same walk, checking that a layout with tuple-tag indent `ind` fits --

  int cind(const If& f, int col, int ind, int ld, int w) {
    if (f.len < ll_ - col - ld && f.len + w + ld <= m_) return ind;
    switch (f.kind) {
      case If::List: return cind_list(f, 0, col + 1, ind, ld, w + 1);
      case If::Tuple:
        if (f.tagged) return cind_tag_tuple(f, col, ind, ld, w + 1);
        return cind_list(f, 0, col + 1, ind, ld, w + 1);
      case If::Map: return cind_map(f, col + 2, ind, ld, w + 2);
      default: return ind;
    }
  }

 private:
  void spaces(int n) { out_.append(static_cast<size_t>(n > 0 ? n : 0), U' '); }

  static int last_depth(const If& f, size_t i, int ld) { return i + 1 < f.items.size() ? 0 : ld + 1; }

  bool fits_inline(const If& e, int ld1, int col, int w, bool leaves) const {
    int elen = 1 + e.len;
    if (!leaves) return false;
    if (ld1 == 0) return elen + 1 < ll_ - col && w + elen + 1 <= m_;
    return elen < ll_ - col - ld1 && w + elen + ld1 <= m_;
  }
  static bool pair_leaves(const If& p) { return p.items[0].leaf() && p.items[1].leaf(); }

  // pp_element: {chars, width}; the width is Ll when the element took several lines.
  int pp_element(const If& e, int col, int tind, int ind, int ld, int w) {
    if (e.len < ll_ - col - ld && e.len + w + ld <= m_ && e.leaf()) {
      write(e);
      return e.len;
    }
    pp(e, col, tind, ind, ld, w);
    return ll_;
  }

  // pp_list from item `from` (the tag of a tagged tuple is item 0).
  void pp_list(const If& f, size_t from, int col0, int tind, int ind, int ld, char32_t sep, int w) {
    if (from >= f.items.size()) {  // only dots
      if (f.tail) out_ += U"...";
      return;
    }
    int we = pp_element(f.items[from], col0, tind, ind, last_depth(f, from, ld), w);
    pp_tail(f, from + 1, col0, col0 + we, tind, ind, ld, sep, w + we);
  }

  void pp_tail(const If& f, size_t from, int col0, int col, int tind, int ind, int ld, char32_t sep, int w) {
    for (size_t i = from; i < f.items.size(); ++i) {
      const If& e = f.items[i];
      int ld1 = last_depth(f, i, ld);
      if (fits_inline(e, ld1, col, w, e.leaf())) {
        out_ += U',';
        write(e);
        col += 1 + e.len;
        w += 1 + e.len;
      } else {
        out_ += U",\n";
        spaces(ind);
        int we = pp_element(e, col0, tind, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    if (!f.tail) return;
    const If& t = *f.tail;
    out_ += sep;
    if (t.kind == If::Dots) {
      out_ += U"...";
      return;
    }
    if (t.len + 1 < ll_ - col - (ld + 1) && t.len + 1 + w + (ld + 1) <= m_ && t.leaf()) {
      write(t);
      return;
    }
    out_ += U'\n';
    spaces(ind);
    pp(t, col0, tind, ind, ld + 1, 0);
  }

  void pp_tag_tuple(const If& f, int col, int tind, int ind, int ld, int w) {
    if (f.items.empty()) {
      out_ += U"...";
      return;
    }
    const If& tag = f.items[0];
    int tlen = tag.len;
    int tag_ind = tlen + 2;
    int tcol = col + tag_ind;
    if (tind > 0 && tag_ind > tind) {
      write(tag);
      pp_tail(f, 1, col + tind, tcol, tind, tind + ind, ld, U',', w + tlen);
    } else {
      write(tag);
      out_ += U',';
      pp_list(f, 1, tcol, tind, tag_ind + ind, ld, U',', w + tlen + 1);
    }
  }

  void pp_map(const If& f, int col, int tind, int ind, int ld, int w) {
    if (f.items.empty()) {
      if (f.tail) out_ += U"...";
      return;
    }
    int pw = pp_pair(f.items[0], col, tind, ind, last_depth(f, 0, ld), w);
    int c = col + pw;
    int ww = pw;
    for (size_t i = 1; i < f.items.size(); ++i) {
      const If& p = f.items[i];
      int ld1 = last_depth(f, i, ld);
      if (fits_inline(p, ld1, c, ww, pair_leaves(p))) {
        out_ += U',';
        write(p);
        c += 1 + p.len;
        ww += 1 + p.len;
      } else {
        out_ += U",\n";
        spaces(ind);
        int w2 = pp_pair(p, col, tind, ind, ld1, 0);
        c = col + w2;
        ww = w2;
      }
    }
    if (f.tail) out_ += U",...";
  }

  int pp_pair(const If& p, int col, int tind, int ind, int ld, int w) {
    if (p.len < ll_ - col - ld && p.len + w + ld <= m_) {
      write(p);
      return pair_leaves(p) ? p.len : ll_;
    }
    int i = tind > 0 ? tind : 4;  // map_value_indent
    pp(p.items[0], col, tind, ind, ld, w);
    out_ += U" =>\n";
    spaces(i + ind);
    pp(p.items[1], col + i, tind, i + ind, ld, 0);
    return ll_;
  }

  // pp_binary: byte texts wrapped at N columns.
  void pp_binary(const If& f, int col, int ind, int ld, int w) {
    int n = std::max(8, std::min(ll_ - col, m_ - 4 - w) - ld);
    const int n0 = n;
    out_ += U"<<";
    const auto& t = f.tokens;
    size_t i = 0;
    while (i + 1 < t.size() && t[i + 1] == U",") {  // [BS, $, | S]
      int len = static_cast<int>(t[i].size()) + 1;
      if (n - len < 0) {
        out_ += U'\n';
        spaces(ind);
        out_ += t[i];
        out_ += U',';
        n = n0 - len;
      } else {
        out_ += t[i];
        out_ += U',';
        n -= len;
      }
      i += 2;
    }
    Chars last;
    for (size_t k = i; k < t.size(); ++k) last += t[k];
    bool wrap;
    if (t.size() - i == 3 && t[i + 1] == U":")  // [BS1, $:, BS2]
      wrap = static_cast<int>(t[i].size() + t[i + 2].size()) + 1 > n;
    else
      wrap = static_cast<int>(last.size()) > n;
    if (wrap) {
      out_ += U'\n';
      spaces(ind);
    }
    out_ += last;
    out_ += U">>";
  }

  int cind_element(const If& e, int col, int ind, int ld, int w) {
    if (e.len < ll_ - col - ld && e.len + w + ld <= m_ && e.leaf()) return e.len;
    cind(e, col, ind, ld, w);
    return ll_;
  }

  int cind_list(const If& f, size_t from, int col0, int ind, int ld, int w) {
    if (from >= f.items.size()) return ind;
    int we = cind_element(f.items[from], col0, ind, last_depth(f, from, ld), w);
    return cind_tail(f, from + 1, col0, col0 + we, ind, ld, w + we);
  }

  int cind_tail(const If& f, size_t from, int col0, int col, int ind, int ld, int w) {
    for (size_t i = from; i < f.items.size(); ++i) {
      const If& e = f.items[i];
      int ld1 = last_depth(f, i, ld);
      if (fits_inline(e, ld1, col, w, e.leaf())) {
        col += 1 + e.len;
        w += 1 + e.len;
      } else {
        int we = cind_element(e, col0, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    if (!f.tail || f.tail->kind == If::Dots) return ind;
    const If& t = *f.tail;
    if (t.len + 1 < ll_ - col - (ld + 1) && t.len + 1 + w + (ld + 1) <= m_ && t.leaf()) return ind;
    return cind(t, col, ind, ld + 1, 0);
  }

  int cind_tag_tuple(const If& f, int col, int ind, int ld, int w) {
    if (f.items.empty()) return ind;
    int tlen = f.items[0].len;
    int tag_ind = tlen + 2;
    int tcol = col + tag_ind;
    if (ind > 0 && tag_ind > ind) {
      int col1 = col + ind;
      if (m_ + col1 <= ll_ || col1 <= ll_ / 2) return cind_tail(f, 1, col1, tcol, ind, ld, w + tlen);
      throw NoGood{};
    }
    if (m_ + tcol < ll_ || tcol < ll_ / 2) return cind_list(f, 1, tcol, ind, ld, w + tlen + 1);
    throw NoGood{};
  }

  int cind_map(const If& f, int col, int ind, int ld, int w) {
    if (f.items.empty()) return ind;
    int pw = cind_pair(f.items[0], col, ind, last_depth(f, 0, ld), w);
    int c = col + pw, ww = w + pw;
    for (size_t i = 1; i < f.items.size(); ++i) {
      const If& p = f.items[i];
      int ld1 = last_depth(f, i, ld);
      if (fits_inline(p, ld1, c, ww, pair_leaves(p))) {
        c += 1 + p.len;
        ww += 1 + p.len;
      } else {
        int w2 = cind_pair(p, col, ind, ld1, 0);
        c = col + w2;
        ww = w2;
      }
    }
    return ind;
  }

  int cind_pair(const If& p, int col, int ind, int ld, int w) {
    if (p.len < ll_ - col - ld && p.len + w + ld <= m_) return pair_leaves(p) ? p.len : ll_;
    cind(p.items[0], col, ind, ld, w);
    int i = ind > 0 ? ind : 4;
    cind(p.items[1], col + i, ind, ld, 0);
    return ll_;
  }

  Chars& out_;
  int ll_, m_;
};

}  // namespace

void print_term(Chars& out, Value term, const PrintOptions& o) {
  if (o.depth == 0) {
    out += U"...";
    return;
  }
  int col = o.column <= 0 ? 1 : o.column;
  if (is_atom(term)) {
    write_atom(out, term, o.unicode);
    return;
  }
  if (!(is_tuple(term) || is_list(term) || is_map(term) || is_bitstring(term))) {
    write_term(out, term);
    return;
  }
  Measure measure(o.unicode, o.strings);
  If f = measure.print_length(term, o.depth);
  const int ll = o.line_length;
  const int m = f.len;  // line_max_chars is -1: the whole term's length
  Layout layout(out, ll, m);
  if (ll == 0 || (f.len < ll - col && f.len <= m)) {
    layout.write(f);
    return;
  }
  int tind = 1;
  for (int candidate : {-1, 4}) {  // while_fail([-1, 4], cind, 1)
    try {
      tind = layout.cind(f, col, candidate, 0, 0);
      break;
    } catch (const NoGood&) {
    }
  }
  layout.pp(f, col, tind, col - 1, 0, 0);
}

Chars print_term(Value term, const PrintOptions& options) {
  Chars out;
  print_term(out, term, options);
  return out;
}

}  // namespace sy::beam
