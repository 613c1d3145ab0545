#include "frontends/python/lib/str_methods.h"

#include <algorithm>
#include <cstring>

#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

using unicode::decode;
using unicode::encode;

// Code point positions and byte offsets of one string: O(1) for ASCII text, a scan
// otherwise (the operations that use it are linear anyway).
class Positions {
 public:
  explicit Positions(std::string_view s) : s_(s), ascii_(unicode::is_ascii(s)) {}
  bool ascii() const { return ascii_; }
  int64_t length() const { return ascii_ ? static_cast<int64_t>(s_.size()) : static_cast<int64_t>(unicode::length(s_)); }
  // Byte offset of code point `cp` (0 <= cp <= length).
  size_t byte(int64_t cp) const {
    if (ascii_) return static_cast<size_t>(cp);
    size_t i = 0;
    for (int64_t k = 0; k < cp && i < s_.size(); ++k) i += unicode::sequence_length(static_cast<unsigned char>(s_[i]));
    return std::min(i, s_.size());
  }
  // Code point index of byte offset b (at a character boundary).
  int64_t cp(size_t b) const {
    if (ascii_) return static_cast<int64_t>(b);
    int64_t n = 0;
    for (size_t i = 0; i < b; ++i) n += (static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80;
    return n;
  }

 private:
  std::string_view s_;
  bool ascii_;
};

// CPython's ADJUST_INDICES: clamp end to len, count negatives from the end. Note that
// a start past the end stays there.
void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(decode(s, i));
  return out;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  for (int64_t i = 0; i < n; ++i) encode(out, fill);
}

// Non-overlapping occurrences of sub in s (bytes), at most maxcount.
int64_t count_bytes(std::string_view s, std::string_view sub, int64_t maxcount) {
  int64_t n = 0;
  for (size_t pos = 0; n < maxcount;) {
    size_t hit = s.find(sub, pos);
    if (hit == std::string_view::npos) break;
    ++n;
    pos = hit + sub.size();
  }
  return n;
}

}  // namespace

// -- Indexing --

int64_t str_length(std::string_view s) { return static_cast<int64_t>(unicode::length(s)); }

Result<std::string_view> str_getitem(std::string_view s, int64_t index) {
  Positions p(s);
  int64_t len = p.length();
  if (index < 0) index += len;
  if (index < 0 || index >= len) return index_error("string index out of range");
  size_t b = p.byte(index);
  return s.substr(b, unicode::sequence_length(static_cast<unsigned char>(s[b])));
}

std::string str_slice(std::string_view s, int64_t start, int64_t stop, int64_t step) {
  Positions p(s);
  if (step == 1) {
    if (stop <= start) return {};
    size_t b = p.byte(start);
    return std::string(s.substr(b, p.byte(stop) - b));
  }
  std::string out;
  int64_t count = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
                           : (stop < start ? (start - stop - 1) / (-step) + 1 : 0);
  if (p.ascii()) {
    out.reserve(static_cast<size_t>(count));
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out += s[static_cast<size_t>(i)];
    return out;
  }
  std::vector<char32_t> cps = code_points(s);
  for (int64_t k = 0, i = start; k < count && i >= 0 && static_cast<size_t>(i) < cps.size(); ++k, i += step)
    encode(out, cps[static_cast<size_t>(i)]);
  return out;
}

Result<SliceBounds> adjust_slice(const SliceArgs& a, int64_t length) {
  SliceBounds b{};
  b.step = a.has_step ? a.step : 1;
  if (b.step == 0) return value_error("slice step cannot be zero");
  if (b.step < -INT64_MAX) b.step = -INT64_MAX;
  b.start = a.has_start ? a.start : (b.step < 0 ? INT64_MAX : 0);
  b.stop = a.has_stop ? a.stop : (b.step < 0 ? INT64_MIN : INT64_MAX);
  auto clamp = [&](int64_t& v) {
    if (v < 0) {
      v = v < -length ? (b.step < 0 ? -1 : 0) : v + length;
    } else if (v >= length) {
      v = b.step < 0 ? length - 1 : length;
    }
  };
  clamp(b.start);
  clamp(b.stop);
  if (b.step < 0) b.count = b.stop < b.start ? (b.start - b.stop - 1) / (-b.step) + 1 : 0;
  else b.count = b.start < b.stop ? (b.stop - b.start - 1) / b.step + 1 : 0;
  return b;
}

// -- Searching --

int64_t str_find(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
  Positions p(s);
  adjust_indices(start, end, p.length());
  if (end - start < str_length(sub)) return -1;
  size_t b0 = p.byte(start), b1 = p.byte(end);
  size_t hit = s.substr(b0, b1 - b0).find(sub);
  if (hit == std::string_view::npos) return -1;
  return start + (p.ascii() ? static_cast<int64_t>(hit) : str_length(s.substr(b0, hit)));
}

int64_t str_rfind(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
  Positions p(s);
  adjust_indices(start, end, p.length());
  if (end - start < str_length(sub)) return -1;
  size_t b0 = p.byte(start), b1 = p.byte(end);
  size_t hit = s.substr(b0, b1 - b0).rfind(sub);
  if (hit == std::string_view::npos) return -1;
  return start + (p.ascii() ? static_cast<int64_t>(hit) : str_length(s.substr(b0, hit)));
}

Result<int64_t> str_index(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
  int64_t i = str_find(s, sub, start, end);
  if (i < 0) return value_error("substring not found");
  return i;
}

Result<int64_t> str_rindex(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
  int64_t i = str_rfind(s, sub, start, end);
  if (i < 0) return value_error("substring not found");
  return i;
}

int64_t str_count(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
  Positions p(s);
  adjust_indices(start, end, p.length());
  if (end - start < str_length(sub)) return 0;
  if (sub.empty()) return end - start + 1;
  size_t b0 = p.byte(start), b1 = p.byte(end);
  return count_bytes(s.substr(b0, b1 - b0), sub, INT64_MAX);
}

namespace {

// CPython's tailmatch.
bool tail_match(std::string_view s, std::string_view sub, int64_t start, int64_t end, bool at_end) {
  Positions p(s);
  adjust_indices(start, end, p.length());
  int64_t sub_len = str_length(sub);
  end -= sub_len;
  if (end < start) return false;
  if (sub.empty()) return true;
  size_t b = p.byte(at_end ? end : start);
  return s.substr(b, sub.size()) == sub;
}

}  // namespace

bool str_startswith(std::string_view s, std::string_view prefix, int64_t start, int64_t end) {
  return tail_match(s, prefix, start, end, false);
}

bool str_endswith(std::string_view s, std::string_view suffix, int64_t start, int64_t end) {
  return tail_match(s, suffix, start, end, true);
}

// -- Splitting --

namespace {

// Whether the character at byte i is whitespace; *next is the byte after it.
bool is_space_at(std::string_view s, size_t i, size_t* next) {
  size_t j = i;
  char32_t c = decode(s, j);
  *next = j;
  return unicode::is_space(c);
}

}  // namespace

std::vector<std::string_view> str_split_whitespace(std::string_view s, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::string_view> out;
  size_t i = 0, n = s.size(), next;
  while (maxsplit-- > 0) {
    while (i < n && is_space_at(s, i, &next)) i = next;
    if (i == n) break;
    size_t j = i;
    i = std::min(i + unicode::sequence_length(static_cast<unsigned char>(s[i])), n);
    while (i < n && !is_space_at(s, i, &next)) i = next;
    out.push_back(s.substr(j, i - j));
  }
  if (i < n) {  // maxsplit reached: the rest, without leading whitespace
    while (i < n && is_space_at(s, i, &next)) i = next;
    if (i != n) out.push_back(s.substr(i));
  }
  return out;
}

std::vector<std::string_view> str_rsplit_whitespace(std::string_view s, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::string_view> out;
  size_t i = s.size();  // one past the character under consideration
  auto space_before = [&](size_t end) {
    size_t b = end;
    char32_t c = unicode::decode_before(s, b);
    return unicode::is_space(c);
  };
  auto back = [&](size_t end) {
    size_t b = end;
    unicode::decode_before(s, b);
    return b;
  };
  while (maxsplit-- > 0) {
    while (i > 0 && space_before(i)) i = back(i);
    if (i == 0) break;
    size_t j = i;
    i = back(i);
    while (i > 0 && !space_before(i)) i = back(i);
    out.push_back(s.substr(i, j - i));
  }
  if (i > 0) {
    while (i > 0 && space_before(i)) i = back(i);
    if (i > 0) out.push_back(s.substr(0, i));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

Result<std::vector<std::string_view>> str_split(std::string_view s, std::string_view sep, int64_t maxsplit) {
  if (sep.empty()) return value_error("empty separator");
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::string_view> out;
  size_t i = 0;
  while (maxsplit-- > 0) {
    size_t hit = s.find(sep, i);
    if (hit == std::string_view::npos) break;
    out.push_back(s.substr(i, hit - i));
    i = hit + sep.size();
  }
  out.push_back(s.substr(i));
  return out;
}

Result<std::vector<std::string_view>> str_rsplit(std::string_view s, std::string_view sep, int64_t maxsplit) {
  if (sep.empty()) return value_error("empty separator");
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::string_view> out;
  size_t j = s.size();
  while (maxsplit-- > 0) {
    if (j < sep.size()) break;
    size_t hit = s.substr(0, j).rfind(sep);
    if (hit == std::string_view::npos) break;
    out.push_back(s.substr(hit + sep.size(), j - hit - sep.size()));
    j = hit;
  }
  out.push_back(s.substr(0, j));
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> str_splitlines(std::string_view s, bool keepends) {
  std::vector<std::string_view> out;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    size_t eol = n, next = n;
    while (j < n) {  // up to the line break, if any (\r\n is one)
      size_t k = j;
      char32_t c = decode(s, k);
      if (unicode::is_linebreak(c)) {
        eol = j;
        next = k;
        if (c == '\r' && next < n && s[next] == '\n') ++next;
        break;
      }
      j = k;
    }
    out.push_back(s.substr(i, (keepends ? next : eol) - i));
    i = next;
  }
  return out;
}

Result<std::array<std::string_view, 3>> str_partition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return value_error("empty separator");
  size_t hit = s.find(sep);
  if (hit == std::string_view::npos) return std::array<std::string_view, 3>{s, s.substr(0, 0), s.substr(0, 0)};
  return std::array<std::string_view, 3>{s.substr(0, hit), s.substr(hit, sep.size()), s.substr(hit + sep.size())};
}

Result<std::array<std::string_view, 3>> str_rpartition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return value_error("empty separator");
  size_t hit = s.rfind(sep);
  if (hit == std::string_view::npos) return std::array<std::string_view, 3>{s.substr(0, 0), s.substr(0, 0), s};
  return std::array<std::string_view, 3>{s.substr(0, hit), s.substr(hit, sep.size()), s.substr(hit + sep.size())};
}

// -- Stripping --

namespace {

template <class Pred>
std::string_view strip_if(std::string_view s, bool left, bool right, Pred strip) {
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e) {
      size_t k = b;
      if (!strip(decode(s, k))) break;
      b = k;
    }
  }
  if (right) {
    while (e > b) {
      size_t k = e;
      if (!strip(unicode::decode_before(s, k))) break;
      e = k;
    }
  }
  return s.substr(b, e - b);
}

std::string_view strip_chars(std::string_view s, std::string_view chars, bool left, bool right) {
  std::vector<char32_t> set = code_points(chars);
  return strip_if(s, left, right, [&](char32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); });
}

}  // namespace

std::string_view str_strip(std::string_view s) { return strip_if(s, true, true, unicode::is_space); }
std::string_view str_lstrip(std::string_view s) { return strip_if(s, true, false, unicode::is_space); }
std::string_view str_rstrip(std::string_view s) { return strip_if(s, false, true, unicode::is_space); }
std::string_view str_strip(std::string_view s, std::string_view chars) { return strip_chars(s, chars, true, true); }
std::string_view str_lstrip(std::string_view s, std::string_view chars) { return strip_chars(s, chars, true, false); }
std::string_view str_rstrip(std::string_view s, std::string_view chars) { return strip_chars(s, chars, false, true); }

// -- Building --

Result<std::string> str_replace(std::string_view s, std::string_view old, std::string_view replacement,
                                int64_t count) {
  if (count < 0) count = INT64_MAX;
  if (replacement.size() > old.size()) {  // the text grows: by how much?
    int64_t n = old.empty() ? std::min<int64_t>(count, str_length(s) + 1) : count_bytes(s, old, count);
    if (n > 0 && static_cast<int64_t>(replacement.size() - old.size()) > (kMaxStrBytes - static_cast<int64_t>(s.size())) / n)
      return memory_error();
  }
  std::string out;
  if (old.empty()) {  // the replacement goes before every character and at the end
    size_t i = 0;
    int64_t done = 0;
    out.reserve(s.size() + replacement.size() * (s.size() + 1));
    while (done < count) {
      out += replacement;
      ++done;
      if (i >= s.size()) break;
      size_t len = unicode::sequence_length(static_cast<unsigned char>(s[i]));
      out.append(s.substr(i, len));
      i += len;
    }
    out.append(s.substr(std::min(i, s.size())));
    return out;
  }
  size_t pos = 0;
  out.reserve(s.size());
  for (int64_t done = 0; done < count; ++done) {
    size_t hit = s.find(old, pos);
    if (hit == std::string_view::npos) break;
    out.append(s.substr(pos, hit - pos));
    out += replacement;
    pos = hit + old.size();
  }
  out.append(s.substr(pos));
  return out;
}

std::string str_join(std::string_view sep, const std::vector<std::string_view>& items) {
  size_t total = items.empty() ? 0 : sep.size() * (items.size() - 1);
  for (auto item : items) total += item.size();
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

Result<std::string> str_repeat(std::string_view s, int64_t n) {
  if (n <= 0 || s.empty()) return std::string();
  if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / s.size())
    return overflow_error("repeated string is too long");
  if (n > kMaxStrBytes / static_cast<int64_t>(s.size())) return memory_error();
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += s;
  return out;
}

namespace {

Result<std::string> pad(std::string_view s, int64_t left, int64_t right, char32_t fill) {
  if (left + right > kMaxStrBytes / 4) return memory_error();  // up to four bytes per fill
  std::string out;
  append_fill(out, fill, left);
  out += s;
  append_fill(out, fill, right);
  return out;
}

}  // namespace

Result<std::string> str_ljust(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = str_length(s);
  return len >= width ? std::string(s) : pad(s, 0, width - len, fill);
}

Result<std::string> str_rjust(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = str_length(s);
  return len >= width ? std::string(s) : pad(s, width - len, 0, fill);
}

Result<std::string> str_center(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = str_length(s);
  if (len >= width) return std::string(s);
  int64_t marg = width - len;
  int64_t left = marg / 2 + (marg & width & 1);  // CPython's rounding
  return pad(s, left, marg - left, fill);
}

Result<std::string> str_zfill(std::string_view s, int64_t width) {
  int64_t len = str_length(s);
  if (len >= width) return std::string(s);
  int64_t fill = width - len;
  auto padded = pad(s, fill, 0, '0');
  if (!padded) return padded;
  std::string& out = *padded;
  char c = out[static_cast<size_t>(fill)];
  if (c == '+' || c == '-') {  // the sign moves to the front
    out[0] = c;
    out[static_cast<size_t>(fill)] = '0';
  }
  return padded;
}

Result<std::string> str_expandtabs(std::string_view s, int64_t tabsize) {
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = decode(s, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (column % tabsize);
        if (incr > kMaxStrBytes - static_cast<int64_t>(out.size())) return memory_error();
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
    } else {
      out.append(s.substr(start, i - start));
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return out;
}

// -- Case --

namespace {

using Mapper = int (*)(char32_t, char32_t[3]);

bool is_cased(char32_t c) { return unicode::has(c, unicode::kCased); }
bool is_case_ignorable(char32_t c) { return unicode::has(c, unicode::kCaseIgnorable); }

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma U+03C2 after a cased
// letter (case-ignorable characters between) and not before one.
char32_t lower_sigma(const std::vector<char32_t>& cps, size_t i) {
  size_t j = i;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!is_case_ignorable(c)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && is_cased(c);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k) {
      c = cps[k];
      if (!is_case_ignorable(c)) break;
    }
    final_sigma = k == cps.size() || !is_cased(c);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(std::string& out, char32_t c, Mapper map) {
  char32_t m[3];
  int n = map(c, m);
  for (int k = 0; k < n; ++k) encode(out, m[k]);
}

// lower_ucs4: the plain lowercase mapping, except for the capital sigma.
void append_lower(std::string& out, const std::vector<char32_t>& cps, size_t i) {
  if (cps[i] == 0x3A3) encode(out, lower_sigma(cps, i));
  else append_mapped(out, cps[i], unicode::to_lower);
}

std::string ascii_map(std::string_view s, char from, char to, int delta) {
  std::string out(s);
  for (char& c : out)
    if (c >= from && c <= to) c = static_cast<char>(c + delta);
  return out;
}

}  // namespace

std::string str_upper(std::string_view s) {
  if (unicode::is_ascii(s)) return ascii_map(s, 'a', 'z', -32);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) append_mapped(out, decode(s, i), unicode::to_upper);
  return out;
}

std::string str_lower(std::string_view s) {
  if (unicode::is_ascii(s)) return ascii_map(s, 'A', 'Z', 32);
  std::vector<char32_t> cps = code_points(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) append_lower(out, cps, i);
  return out;
}

std::string str_title(std::string_view s) {
  std::vector<char32_t> cps = code_points(s);
  std::string out;
  out.reserve(s.size());
  bool previous_is_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_is_cased) append_lower(out, cps, i);
    else append_mapped(out, cps[i], unicode::to_title);
    previous_is_cased = is_cased(cps[i]);
  }
  return out;
}

std::string str_capitalize(std::string_view s) {
  std::vector<char32_t> cps = code_points(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) append_mapped(out, cps[0], unicode::to_title);
    else append_lower(out, cps, i);
  }
  return out;
}

std::string str_swapcase(std::string_view s) {
  std::vector<char32_t> cps = code_points(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (unicode::has(c, unicode::kUpper)) append_lower(out, cps, i);
    else if (unicode::has(c, unicode::kLower)) append_mapped(out, c, unicode::to_upper);
    else encode(out, c);
  }
  return out;
}

// -- Predicates --

namespace {

// True when s is non-empty and every character has one of the flags.
bool all_have(std::string_view s, uint16_t flags) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();)
    if (!(unicode::flags(decode(s, i)) & flags)) return false;
  return true;
}

}  // namespace

bool str_isdigit(std::string_view s) { return all_have(s, unicode::kDigit); }
bool str_isdecimal(std::string_view s) { return all_have(s, unicode::kDecimal); }
bool str_isnumeric(std::string_view s) { return all_have(s, unicode::kNumeric); }
bool str_isalpha(std::string_view s) { return all_have(s, unicode::kAlpha); }
bool str_isalnum(std::string_view s) {
  return all_have(s, unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric);
}
bool str_isspace(std::string_view s) { return all_have(s, unicode::kSpace); }

bool str_isupper(std::string_view s) {
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    uint16_t f = unicode::flags(decode(s, i));
    if (f & (unicode::kLower | unicode::kTitle)) return false;
    if (f & unicode::kUpper) cased = true;
  }
  return cased;
}

bool str_islower(std::string_view s) {
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    uint16_t f = unicode::flags(decode(s, i));
    if (f & (unicode::kUpper | unicode::kTitle)) return false;
    if (f & unicode::kLower) cased = true;
  }
  return cased;
}

bool str_istitle(std::string_view s) {
  bool cased = false, previous_is_cased = false;
  for (size_t i = 0; i < s.size();) {
    uint16_t f = unicode::flags(decode(s, i));
    if (f & (unicode::kUpper | unicode::kTitle)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (f & unicode::kLower) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

bool str_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t first = decode(s, i);
  if (first != '_' && !unicode::has(first, unicode::kXidStart)) return false;
  while (i < s.size())
    if (!unicode::has(decode(s, i), unicode::kXidContinue)) return false;
  return true;
}

bool str_isprintable(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (!unicode::has(decode(s, i), unicode::kPrintable)) return false;
  return true;
}

bool str_isascii(std::string_view s) { return unicode::is_ascii(s); }

int str_compare(std::string_view a, std::string_view b) {
  int c = a.compare(b);
  return (c > 0) - (c < 0);
}

}  // namespace sy::pylib
