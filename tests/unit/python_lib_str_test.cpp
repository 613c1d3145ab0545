// The str methods, indexing, slicing, repr and comparison against CPython 3.11
// (python_lib_data/str_methods.tsv): random strings over ASCII, whitespace of every
// kind, Latin-1, Greek (final sigma), special casings, other scripts' digits, astral
// characters and combining marks. Digest rows check every code point's predicates and
// case mappings at once.
#include <gtest/gtest.h>

#include <map>
#include <optional>

#include "frontends/python/lib/str_methods.h"
#include "frontends/python/lib/str_repr.h"
#include "frontends/python/lib/unicode.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

struct Arg {
  char kind = 'N';  // 'N' None, 'i' int, 's' str, 't' tuple of strs
  int64_t i = 0;
  std::string s;
  std::vector<std::string> items;
};

std::vector<Arg> parse_args(const test::Row& row) {
  std::vector<Arg> out;
  for (size_t k = 2; k + 1 < row.size(); ++k) {
    const std::string& f = row[k];
    Arg a;
    a.kind = f[0];
    if (a.kind == 'i') a.i = std::stoll(f.substr(1));
    if (a.kind == 's') a.s = f.substr(1);
    if (a.kind == 't') {
      size_t n = std::stoul(f.substr(1));
      for (size_t j = 0; j < n; ++j) a.items.push_back(row[++k].substr(1));
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string repr_of(std::string_view s) { return str_repr(s); }
std::string repr_of(int64_t n) { return std::to_string(n); }
std::string repr_bool(bool b) { return b ? "True" : "False"; }
std::string repr_list(const std::vector<std::string_view>& items, const char* open = "[", const char* close = "]") {
  std::string out = open;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + str_repr(items[i]);
  return out + close;
}
template <class T, class F>
std::string result(const Result<T>& r, F show) {
  if (!r) return std::string("!") + error_kind_name(r.error().kind) + ": " + r.error().message;
  return show(*r);
}

int64_t start_of(const Arg& a) { return a.kind == 'N' ? kStart : a.i; }
int64_t end_of(const Arg& a) { return a.kind == 'N' ? kEnd : a.i; }
char32_t one_char(const std::string& s) {
  size_t i = 0;
  return unicode::decode(s, i);
}

std::string run(const std::string& m, std::string_view s, const std::vector<Arg>& a) {
  if (m == "find") return repr_of(str_find(s, a[0].s, start_of(a[1]), end_of(a[2])));
  if (m == "rfind") return repr_of(str_rfind(s, a[0].s, start_of(a[1]), end_of(a[2])));
  if (m == "index") return result(str_index(s, a[0].s, start_of(a[1]), end_of(a[2])), [](int64_t n) { return repr_of(n); });
  if (m == "rindex") return result(str_rindex(s, a[0].s, start_of(a[1]), end_of(a[2])), [](int64_t n) { return repr_of(n); });
  if (m == "count") return repr_of(str_count(s, a[0].s, start_of(a[1]), end_of(a[2])));
  if (m == "startswith" || m == "endswith") {
    auto test = m == "startswith" ? str_startswith : str_endswith;
    if (a[0].kind == 's') return repr_bool(test(s, a[0].s, start_of(a[1]), end_of(a[2])));
    bool any = false;
    for (auto& item : a[0].items) any = any || test(s, item, start_of(a[1]), end_of(a[2]));
    return repr_bool(any);
  }
  if (m == "split" || m == "rsplit") {
    bool right = m == "rsplit";
    if (a[0].kind == 'N') return repr_list(right ? str_rsplit_whitespace(s, a[1].i) : str_split_whitespace(s, a[1].i));
    auto r = right ? str_rsplit(s, a[0].s, a[1].i) : str_split(s, a[0].s, a[1].i);
    return result(r, [](const std::vector<std::string_view>& v) { return repr_list(v); });
  }
  if (m == "splitlines") return repr_list(str_splitlines(s, a[0].i != 0));
  if (m == "strip") return repr_of(a[0].kind == 'N' ? str_strip(s) : str_strip(s, a[0].s));
  if (m == "lstrip") return repr_of(a[0].kind == 'N' ? str_lstrip(s) : str_lstrip(s, a[0].s));
  if (m == "rstrip") return repr_of(a[0].kind == 'N' ? str_rstrip(s) : str_rstrip(s, a[0].s));
  auto show = [](const std::string& r) { return str_repr(r); };
  if (m == "replace") return result(str_replace(s, a[0].s, a[1].s, a[2].i), show);
  if (m == "partition" || m == "rpartition") {
    auto r = m == "partition" ? str_partition(s, a[0].s) : str_rpartition(s, a[0].s);
    return result(r, [](const std::array<std::string_view, 3>& t) {
      return repr_list(std::vector<std::string_view>(t.begin(), t.end()), "(", ")");
    });
  }
  if (m == "ljust") return result(str_ljust(s, a[0].i, one_char(a[1].s)), show);
  if (m == "rjust") return result(str_rjust(s, a[0].i, one_char(a[1].s)), show);
  if (m == "center") return result(str_center(s, a[0].i, one_char(a[1].s)), show);
  if (m == "zfill") return result(str_zfill(s, a[0].i), show);
  if (m == "expandtabs") return result(str_expandtabs(s, a[0].i), show);
  if (m == "upper") return repr_of(str_upper(s));
  if (m == "lower") return repr_of(str_lower(s));
  if (m == "title") return repr_of(str_title(s));
  if (m == "capitalize") return repr_of(str_capitalize(s));
  if (m == "swapcase") return repr_of(str_swapcase(s));
  if (m == "isdigit") return repr_bool(str_isdigit(s));
  if (m == "isdecimal") return repr_bool(str_isdecimal(s));
  if (m == "isnumeric") return repr_bool(str_isnumeric(s));
  if (m == "isalpha") return repr_bool(str_isalpha(s));
  if (m == "isalnum") return repr_bool(str_isalnum(s));
  if (m == "isspace") return repr_bool(str_isspace(s));
  if (m == "isupper") return repr_bool(str_isupper(s));
  if (m == "islower") return repr_bool(str_islower(s));
  if (m == "istitle") return repr_bool(str_istitle(s));
  if (m == "isidentifier") return repr_bool(str_isidentifier(s));
  if (m == "isprintable") return repr_bool(str_isprintable(s));
  if (m == "isascii") return repr_bool(str_isascii(s));
  if (m == "getitem") return result(str_getitem(s, a[0].i), [](std::string_view c) { return str_repr(c); });
  if (m == "slice") {
    SliceArgs sa;
    sa.has_start = a[0].kind != 'N', sa.start = a[0].i;
    sa.has_stop = a[1].kind != 'N', sa.stop = a[1].i;
    sa.has_step = a[2].kind != 'N', sa.step = a[2].i;
    auto b = adjust_slice(sa, str_length(s));
    return result(b, [&](const SliceBounds& x) { return str_repr(str_slice(s, x.start, x.stop, x.step)); });
  }
  if (m == "repeat") return result(str_repeat(s, a[0].i), [](const std::string& r) { return str_repr(r); });
  if (m == "len") return repr_of(str_length(s));
  if (m == "repr") return str_repr(str_repr(s));
  if (m == "compare") return repr_of(static_cast<int64_t>(str_compare(s, a[0].s)));
  ADD_FAILURE() << "unknown method " << m;
  return "";
}

TEST(PyStrMethods, MatchCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("str_methods")) {
    if (row[0] == "digest") continue;
    EXPECT_EQ(run(row[0], row[1], parse_args(row)), row.back()) << row[0] << " on " << str_repr(row[1]);
    ++checked;
  }
  EXPECT_GT(checked, 5000);
}

uint64_t fnv(uint64_t h, std::string_view bytes) {
  for (unsigned char b : bytes) h = (h ^ b) * 0x100000001b3ull;
  return h;
}

// Every code point's predicates and case mappings, through the str functions.
TEST(PyStrMethods, EveryCodePointMatchesCPython) {
  uint64_t props = 0xcbf29ce484222325ull, upper = props, lower = props, title = props;
  std::string ch;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    ch.clear();
    unicode::encode(ch, cp);
    bool bits[] = {str_isalpha(ch), str_isdecimal(ch), str_isdigit(ch), str_isnumeric(ch), str_isspace(ch),
                   str_isprintable(ch), str_islower(ch), str_isupper(ch), str_istitle(ch), str_isidentifier(ch),
                   str_isalnum(ch)};
    unsigned v = 0;
    for (int i = 0; i < 11; ++i) v |= bits[i] << i;
    char two[2] = {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
    props = fnv(props, std::string_view(two, 2));
    upper = fnv(upper, str_upper(ch) + '\0');
    lower = fnv(lower, str_lower(ch) + '\0');
    title = fnv(title, str_title(ch) + '\0');
  }
  std::map<std::string, uint64_t> got = {{"props", props}, {"upper", upper}, {"lower", lower}, {"title", title}};
  int digests = 0;
  for (const auto& row : test::load_table("str_methods")) {
    if (row[0] != "digest") continue;
    EXPECT_EQ(got[row[1]], std::stoull(row[2])) << row[1];
    ++digests;
  }
  EXPECT_EQ(digests, 4);
}

}  // namespace
}  // namespace sy::pylib

namespace sy::pylib {
namespace {

bool is_memory_error(const Result<std::string>& r) { return !r.ok() && r.error().kind == ErrorKind::MemoryError; }

// Results too large to build are refused up front, not by a failing allocation.
TEST(PyStrMethods, HugeResultsAreMemoryErrors) {
  EXPECT_TRUE(is_memory_error(str_ljust("a", int64_t{1} << 40)));
  EXPECT_TRUE(is_memory_error(str_center("a", int64_t{1} << 40, U'\u00e9')));
  EXPECT_TRUE(is_memory_error(str_zfill("-1", int64_t{1} << 40)));
  EXPECT_TRUE(is_memory_error(str_repeat("ab", int64_t{1} << 40)));
  EXPECT_TRUE(is_memory_error(str_expandtabs("a\tb", int64_t{1} << 40)));
  EXPECT_TRUE(is_memory_error(str_replace(std::string(1000, 'a'), "a", std::string(1 << 22, 'b'))));
  auto r = str_repeat("ab", INT64_MAX / 2 + 1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "repeated string is too long");
}

// Malformed UTF-8 (which the runtime never makes) reads as single bytes, never past the
// end of the text.
TEST(PyStrMethods, MalformedUtf8IsHarmless) {
  const std::string bad[] = {"\xE2", "\xE2\x82", "\x80\x80 a", "a \xF0", "\xBF", "\xF0\x9F\x98"};
  for (const std::string& s : bad) {
    EXPECT_LE(static_cast<size_t>(str_length(s)), s.size());
    str_upper(s);
    str_lower(s);
    str_title(s);
    str_split_whitespace(s);
    str_rsplit_whitespace(s);
    str_strip(s);
    str_splitlines(s);
    str_repr(s);
    str_find(s, "a");
    str_slice(s, 0, str_length(s), 1);
    str_slice(s, str_length(s) - 1, -1, -1);
  }
}

}  // namespace
}  // namespace sy::pylib
