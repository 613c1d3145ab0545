// What erl_erts_errors:format_error/2 and erl_stdlib_errors:format_error/2 (OTP 25) say
// about the arguments of a failed BIF, for the BIFs of this library; and the lists of
// auto-imported BIFs and operators that erl_error consults (erl_internal).
#include <cstring>

#include "core/bigint.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/exception_format.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

namespace {

// One explanation per argument, "" for none (format_error_map skips those).
using Errors = std::vector<std::string>;

const char* expand(std::string_view e) {
  static const std::pair<const char*, const char*> kTexts[] = {
      {"bad_base", "not an integer in the range 2 through 36"},
      {"bad_encode_option", "not one of the atoms: latin1, utf8, or unicode"},
      {"bad_ext_term", "invalid external representation of a term"},
      {"bad_option", "invalid option in list"},
      {"bad_time_unit", "invalid time unit"},
      {"bad_unicode", "invalid UTF8 encoding"},
      {"non_existing_atom", "not an already existing atom"},
      {"not_atom", "not an atom"},
      {"not_binary", "not a binary"},
      {"not_bitstring", "not a bitstring"},
      {"not_cons", "not a nonempty list"},
      {"not_float", "not a float"},
      {"not_fun", "not a fun"},
      {"not_integer", "not an integer"},
      {"not_iodata", "not an iodata term"},
      {"not_iolist", "not an iolist term"},
      {"not_list", "not a list"},
      {"not_proper_list", "not a proper list"},
      {"not_map", "not a map"},
      {"not_number", "not a number"},
      {"not_pid", "not a pid"},
      {"not_ref", "not a reference"},
      {"not_string", "not a list of characters"},
      {"not_tuple", "not a tuple"},
      {"range", "out of range"},
      {"domain_error", "is outside the domain for this function"},
  };
  for (auto& [k, v] : kTexts)
    if (e == k) return v;
  return nullptr;
}

std::string e(const char* key) { return expand(key); }
const std::string kNone;

std::string must_be_list(Value l, const std::string& error = kNone) {
  if (!is_list(l)) return e("not_list");
  return list_length(l) < 0 ? e("not_proper_list") : error;
}
std::string must_be_binary(Value b, const std::string& error = kNone) { return is_binary(b) ? error : e("not_binary"); }
// must_be_int(N, Min, Max): INT64_MIN and INT64_MAX stand for unbounded.
std::string must_be_int(Value n, int64_t min, int64_t max) {
  if (!is_integer(n)) return e("not_integer");
  int64_t v;
  if (integer_to_int64(n, &v)) return v >= min && (max == INT64_MAX || v <= max) ? kNone : e("range");
  bool negative = bigint_cmp(n, Value::small_int(0)) < 0;
  if (negative) return min == INT64_MIN ? kNone : e("range");
  return max == INT64_MAX ? kNone : e("range");
}
std::string must_be_non_neg_int(Value n) { return must_be_int(n, 0, INT64_MAX); }
std::string must_be_pos_int(Value n) { return must_be_int(n, 1, INT64_MAX); }
std::string must_be_base(Value b) {
  return b.is_int() && b.as_int() >= 2 && b.as_int() <= 36 ? kNone : e("bad_base");
}
std::string must_be_atom(Value a) { return is_atom(a) ? kNone : e("not_atom"); }
std::string must_be_tuple(Value t) { return is_tuple(t) ? kNone : e("not_tuple"); }
std::string must_be_iodata(Value d) {
  uint64_t n;
  return iolist_size(d, &n) ? kNone : e("not_iodata");
}
std::string maybe_option_list_error(Value options, const std::string& previous) {
  std::string arg2 = must_be_list(options);
  if (previous.empty() && arg2.empty()) return e("bad_option");
  return arg2;
}
std::string not_encodable(const char* what) { return std::string("not a textual representation of ") + what; }
Errors list_to_something(Value l, const char* what) {
  return {list_length(l) < 0 ? e("not_list") : not_encodable(what)};
}
bool is_flat_char_list(Value l) {
  for (; is_cons(l); l = tail(l))
    if (!head(l).is_int() || !is_code_point(head(l).as_int())) return false;
  return l.is_nil();
}

// `Index =< 0; Index > tuple_size(Tuple)`: the second guard fails quietly for a non-tuple.
Errors element_errors(Value index, Value t) {
  std::string a1;
  if (!is_integer(index)) {
    a1 = e("not_integer");
  } else if (bigint_cmp(index, Value::small_int(0)) <= 0) {
    a1 = e("range");
  } else if (is_tuple(t) && bigint_cmp(index, make_int(t.as<Tuple>()->size())) > 0) {
    a1 = e("range");
  }
  return {a1, must_be_tuple(t)};
}

Errors binary_to_atom_errors(Value bin, Value enc, const std::string& default_error) {
  if (enc == atom("latin1")) return {must_be_binary(bin, default_error)};
  if (enc == atom("unicode") || enc == atom("utf8")) {
    if (!is_binary(bin)) return {e("not_binary")};
    return {valid_utf8(binary_bytes(bin.as<Binary>())) ? e("non_existing_atom") : e("bad_unicode")};
  }
  return {must_be_binary(bin), e("bad_encode_option")};
}

Errors erlang_errors(std::string_view f, const std::vector<Value>& as) {
  size_t n = as.size();
  auto one = [&](const char* key) { return Errors{e(key)}; };
  if (n == 1 && (f == "abs" || f == "ceil" || f == "floor" || f == "float" || f == "round" || f == "trunc"))
    return one("not_number");
  if ((f == "adler32" || f == "crc32") && n == 1) return one("not_iodata");
  if ((f == "adler32" || f == "crc32") && n == 2) return {must_be_int(as[0], 0, (int64_t{1} << 32) - 1), must_be_iodata(as[1])};
  if (f == "append_element") return one("not_tuple");
  if (f == "atom_to_binary" && n == 1) return one("not_atom");
  if (f == "atom_to_binary" && n == 2) {
    std::string a1 = !is_atom(as[0]) ? e("not_atom")
                     : as[1] == atom("latin1") ? "contains a character not expressible in latin1" : kNone;
    bool known = as[1] == atom("latin1") || as[1] == atom("unicode") || as[1] == atom("utf8");
    return {a1, known ? kNone : "is an invalid encoding option"};
  }
  if (f == "atom_to_list") return one("not_atom");
  if (f == "bit_size" || f == "byte_size" || f == "bitstring_to_list") return one("not_bitstring");
  if (f == "binary_part" && n == 3) {
    Errors errs = {must_be_binary(as[0]), must_be_non_neg_int(as[1]), must_be_int(as[2], INT64_MIN, INT64_MAX)};
    if (errs[0].empty() && errs[1].empty() && errs[2].empty()) {
      if (as[1].as_int() > static_cast<int64_t>(as[0].as<Binary>()->bit_size >> 3)) return {kNone, e("range")};
      return {kNone, kNone, e("range")};
    }
    return errs;
  }
  if (f == "binary_part" && n == 2) {
    Value pl = as[1];
    if (is_tuple(pl) && pl.as<Tuple>()->size() == 2 && is_integer(pl.as<Tuple>()->items[0]) &&
        is_integer(pl.as<Tuple>()->items[1])) {
      Errors three = erlang_errors("binary_part", {as[0], pl.as<Tuple>()->items[0], pl.as<Tuple>()->items[1]});
      three.resize(3);
      if (three[1].empty() && three[2].empty()) return {three[0]};
      return {three[0], e("range")};
    }
    return {must_be_binary(as[0]), "not a valid {Pos,Length} tuple"};
  }
  if (f == "binary_to_atom" && n == 1) return binary_to_atom_errors(as[0], atom("utf8"), kNone);
  if (f == "binary_to_atom" && n == 2) return binary_to_atom_errors(as[0], as[1], kNone);
  if (f == "binary_to_existing_atom" && n == 1) return binary_to_atom_errors(as[0], atom("utf8"), e("non_existing_atom"));
  if (f == "binary_to_existing_atom" && n == 2) return binary_to_atom_errors(as[0], as[1], e("non_existing_atom"));
  if (f == "binary_to_float") return {must_be_binary(as[0], not_encodable("a float"))};
  if (f == "binary_to_integer" && n == 1) return {must_be_binary(as[0], not_encodable("an integer"))};
  if (f == "binary_to_integer" && n == 2) {
    std::string bad = must_be_base(as[1]);
    if (bad.empty()) return {must_be_binary(as[0], not_encodable("an integer"))};
    return {must_be_binary(as[0]), bad};
  }
  if (f == "binary_to_list" && n == 1) return one("not_binary");
  if (f == "binary_to_list" && n == 3) {
    Errors errs = {must_be_binary(as[0]), must_be_pos_int(as[1]), must_be_pos_int(as[2])};
    if (!errs[0].empty() || !errs[1].empty() || !errs[2].empty()) return errs;
    int64_t size = static_cast<int64_t>(as[0].as<Binary>()->bit_size >> 3);
    if (as[1].as_int() > as[2].as_int()) return {kNone, "start position greater than stop position"};
    return {kNone, as[1].as_int() > size ? e("range") : kNone, as[2].as_int() > size ? e("range") : kNone};
  }
  if (f == "binary_to_term" && n == 1) return {must_be_binary(as[0], e("bad_ext_term"))};
  if (f == "binary_to_term" && n == 2) return {must_be_binary(as[0], e("bad_ext_term"))};
  if (f == "delete_element" || f == "setelement") return element_errors(as[0], as[1]);
  if (f == "insert_element") return element_errors(as[0], as[1]);
  if (f == "element") return element_errors(as[0], as[1]);
  if ((f == "float_to_binary" || f == "float_to_list") && n == 1) return one("not_float");
  if ((f == "float_to_binary" || f == "float_to_list") && n == 2) {
    std::string a1 = as[0].is_double() ? kNone : e("not_float");
    return {a1, maybe_option_list_error(as[1], a1)};
  }
  if (f == "fun_to_list") return one("not_fun");
  if (f == "hd" || f == "tl") return one("not_cons");
  if ((f == "integer_to_binary" || f == "integer_to_list") && n == 1) return one("not_integer");
  if ((f == "integer_to_binary" || f == "integer_to_list") && n == 2)
    return {is_integer(as[0]) ? kNone : e("not_integer"), must_be_base(as[1])};
  if (f == "iolist_size" || f == "iolist_to_binary") return one("not_iodata");
  if (f == "is_function" && n == 2) return {kNone, as[1].is_int() ? e("range") : e("not_integer")};
  if (f == "is_map_key") return {kNone, e("not_map")};
  if (f == "is_record" && n == 2) return one("not_atom");
  if (f == "is_record" && n == 3) return {kNone, must_be_atom(as[1]), must_be_int(as[2], INT64_MIN, INT64_MAX)};
  if (f == "length" || f == "list_to_tuple") return one("not_list");
  if (f == "list_to_atom") return {must_be_list(as[0], e("not_string"))};
  if (f == "list_to_existing_atom")
    return {is_flat_char_list(as[0]) ? e("non_existing_atom") : must_be_list(as[0], e("not_string"))};
  if (f == "list_to_binary") return one("not_iolist");
  if (f == "list_to_bitstring") return {"not a bitstring list"};
  if (f == "list_to_float") return list_to_something(as[0], "a float");
  if (f == "list_to_integer" && n == 1) return list_to_something(as[0], "an integer");
  if (f == "list_to_integer" && n == 2) {
    std::string bad = must_be_base(as[1]);
    if (bad.empty()) return {must_be_list(as[0], not_encodable("an integer"))};
    return {must_be_list(as[0]), bad};
  }
  if (f == "make_fun") return {must_be_atom(as[0]), must_be_atom(as[1]), must_be_non_neg_int(as[2])};
  if (f == "make_tuple" && n == 2) return one("range");
  if (f == "make_tuple" && n == 3) {
    std::string a1 = must_be_non_neg_int(as[0]);
    return {a1, kNone, maybe_option_list_error(as[2], a1)};
  }
  if (f == "map_size") return one("not_map");
  if (f == "map_get") return is_map(as[1]) ? Errors{"not present in map"} : Errors{kNone, e("not_map")};
  if (f == "monotonic_time" || f == "system_time") return one("bad_time_unit");
  if (f == "node" && n == 1) return one("not_pid");
  if (f == "phash2" && n == 2) return {must_be_pos_int(as[1])};  // erl names argument 1 here
  if (f == "pid_to_list") return one("not_pid");
  if (f == "ref_to_list") return one("not_ref");
  if (f == "size") return {"not tuple or binary"};
  if (f == "split_binary") {
    Errors errs = {must_be_binary(as[0]), must_be_non_neg_int(as[1])};
    if (errs[0].empty() && errs[1].empty()) {
      if (as[1].as_int() > static_cast<int64_t>(as[0].as<Binary>()->bit_size >> 3)) return {kNone, e("range")};
      return {};
    }
    return errs;
  }
  if (f == "term_to_binary" && n == 2) return {kNone, must_be_list(as[1]).empty() ? e("bad_option") : must_be_list(as[1])};
  if (f == "tuple_size" || f == "tuple_to_list") return one("not_tuple");
  if (f == "unique_integer" && n == 1) return {must_be_list(as[0], "invalid modifier")};
  return {};
}

// erl_stdlib_errors's must_be_binary: a bitstring gets its own message.
std::string std_binary(Value b, const std::string& error = kNone) {
  if (is_binary(b)) return error;
  return is_bitstring(b) ? "is a bitstring (expected a binary)" : e("not_binary");
}
bool valid_pattern(Value p) {
  auto ok = [](Value b) { return is_binary(b) && b.as<Binary>()->bit_size > 0; };
  if (is_tuple(p) && p.as<Tuple>()->size() == 2 && p.as<Tuple>()->items[0] == atom("bm")) return true;
  if (ok(p)) return true;
  if (!is_cons(p)) return false;
  for (; is_cons(p); p = tail(p))
    if (!ok(head(p))) return false;
  return p.is_nil();
}
std::string must_be_pattern(Value p) { return valid_pattern(p) ? kNone : "not a valid pattern"; }
std::string must_be_endianness(Value e) {
  return e == atom("big") || e == atom("little") ? kNone : "must be 'big' or 'little'";
}

Errors binary_errors(std::string_view f, const std::vector<Value>& as) {
  size_t n = as.size();
  if (f == "at") {
    std::string pos = !is_integer(as[1]) ? e("not_integer") : bigint_cmp(as[1], Value::small_int(0)) < 0 ? e("range") : kNone;
    return {std_binary(as[0]), pos};
  }
  if (f == "first" || f == "last") {
    bool empty = is_binary(as[0]) && as[0].as<Binary>()->bit_size == 0;
    return {empty ? "a zero-sized binary is not allowed" : std_binary(as[0])};
  }
  if (f == "copy" && n == 1) return {std_binary(as[0])};
  if (f == "copy" && n == 2) return {std_binary(as[0]), must_be_non_neg_int(as[1])};
  if (f == "decode_unsigned" && n == 1) return {std_binary(as[0])};
  if (f == "decode_unsigned" && n == 2) return {std_binary(as[0]), must_be_endianness(as[1])};
  if (f == "encode_unsigned" && n == 1) return {must_be_non_neg_int(as[0])};
  if (f == "encode_unsigned" && n == 2) return {must_be_non_neg_int(as[0]), must_be_endianness(as[1])};
  if (f == "list_to_bin") return {e("not_iodata")};
  if (f == "longest_common_prefix" || f == "longest_common_suffix") return {"not a flat list of binaries"};
  if (f == "compile_pattern") return {"not a valid pattern"};
  if (f == "referenced_byte_size") return {std_binary(as[0])};
  if ((f == "match" || f == "matches") && n == 2) return {std_binary(as[0]), must_be_pattern(as[1])};
  if ((f == "match" || f == "matches") && n == 3) {
    Errors errs = {std_binary(as[0]), must_be_pattern(as[1])};
    if (!errs[0].empty() || !errs[1].empty()) return errs;
    Value o = as[2];
    bool scope = is_cons(o) && tail(o).is_nil() && is_tuple(head(o)) && head(o).as<Tuple>()->size() == 2 &&
                 head(o).as<Tuple>()->items[0] == atom("scope") && is_tuple(head(o).as<Tuple>()->items[1]) &&
                 head(o).as<Tuple>()->items[1].as<Tuple>()->size() == 2 &&
                 is_integer(head(o).as<Tuple>()->items[1].as<Tuple>()->items[0]) &&
                 is_integer(head(o).as<Tuple>()->items[1].as<Tuple>()->items[1]);
    return {kNone, kNone, scope ? "specified part is not wholly inside binary" : "invalid options"};
  }
  if (f == "split" && n == 2) return {std_binary(as[0]), must_be_pattern(as[1])};
  if (f == "split" && n == 3) {
    Errors errs = {std_binary(as[0]), must_be_pattern(as[1])};
    if (!errs[0].empty() || !errs[1].empty()) return errs;
    return {kNone, kNone, "invalid options"};
  }
  if (f == "part" && n == 3) {
    std::string pos = !is_integer(as[1]) ? e("not_integer") : bigint_cmp(as[1], Value::small_int(0)) < 0 ? e("range") : kNone;
    Errors errs = {std_binary(as[0]), pos, is_integer(as[2]) ? kNone : e("not_integer")};
    if (!errs[0].empty() || !errs[1].empty() || !errs[2].empty()) return errs;
    if (bigint_cmp(as[1], make_int(static_cast<int64_t>(as[0].as<Binary>()->bit_size >> 3))) > 0) return {kNone, e("range")};
    return {kNone, kNone, e("range")};
  }
  if (f == "part" && n == 2) {
    Value pl = as[1];
    if (is_tuple(pl) && pl.as<Tuple>()->size() == 2 && is_integer(pl.as<Tuple>()->items[0]) &&
        is_integer(pl.as<Tuple>()->items[1])) {
      Errors three = binary_errors("part", {as[0], pl.as<Tuple>()->items[0], pl.as<Tuple>()->items[1]});
      three.resize(3);
      if (three[1].empty() && three[2].empty()) return {three[0]};
      return {three[0], e("range")};
    }
    return {std_binary(as[0]), "not a valid {Pos,Length} tuple"};
  }
  return {};
}

Errors stdlib_errors(std::string_view m, std::string_view f, const std::vector<Value>& as) {
  if (m == "binary") return binary_errors(f, as);
  if (m == "lists") {
    if (f == "keyfind" || f == "keymember" || f == "keysearch") {
      std::string pos = !as[1].is_int() ? e("not_integer") : as[1].as_int() < 1 ? e("range") : kNone;
      return {kNone, pos, must_be_list(as[2])};
    }
    if (f == "member") return {kNone, must_be_list(as[1])};
    if (f == "reverse" && as.size() == 2) return {must_be_list(as[0])};
    return {};
  }
  if (m == "maps") {
    if (f == "find" || f == "is_key" || f == "remove" || f == "take") return {kNone, e("not_map")};
    if (f == "from_keys" || f == "from_list") return {must_be_list(as[0])};
    if (f == "get" && as.size() == 2) return is_map(as[1]) ? Errors{"not present in map"} : Errors{kNone, e("not_map")};
    if (f == "keys" || f == "size" || f == "to_list" || f == "values" || f == "iterator") return {e("not_map")};
    if (f == "merge") return {is_map(as[0]) ? kNone : e("not_map"), is_map(as[1]) ? kNone : e("not_map")};
    if (f == "put" || f == "update") return {kNone, kNone, e("not_map")};
    if (f == "next") return {"not a valid iterator"};
    return {};
  }
  if (m == "math") {
    static const char* const kDomain[] = {"acos", "acosh", "asin", "atanh", "log", "log2", "log10", "sqrt"};
    for (const char* d : kDomain)
      if (f == d) return {is_number(as[0]) ? e("domain_error") : e("not_number")};
    if (f == "fmod" || f == "pow" || f == "atan2") {
      return {is_number(as[0]) ? kNone : e("not_number"), is_number(as[1]) ? kNone : e("not_number")};
    }
    if (as.size() == 1) return {is_number(as[0]) ? kNone : e("not_number")};
    return {};
  }
  return {};
}

}  // namespace

std::map<int, std::string> bif_error_explanations(Value module, Value function, Value args, Value reason) {
  std::map<int, std::string> out;
  if (!is_atom(module) || !is_atom(function)) return out;
  std::vector<Value> as;
  for (Value l = args; is_cons(l); l = tail(l)) as.push_back(head(l));
  std::string_view m = atom_text(module), f = atom_text(function);
  Errors errs;
  if (m == "erlang") {
    if (reason == atoms.system_limit) return out;
    errs = erlang_errors(f, as);
  } else {
    errs = stdlib_errors(m, f, as);
  }
  for (size_t i = 0; i < errs.size(); ++i)
    if (!errs[i].empty()) out[static_cast<int>(i) + 1] = errs[i];
  keep_alive(args);
  return out;
}

bool is_operator(std::string_view name, uint32_t arity) {
  static const char* const kBinary[] = {"*",  "/",  "+",  "-",   "div", "rem", "band", "bor", "bxor", "bsl",
                                        "bsr", "and", "or", "xor", "==", "/=",  "=<",  "<",   ">=",   ">",
                                        "=:=", "=/=", "++", "--",  "!"};
  static const char* const kUnary[] = {"+", "-", "bnot", "not"};
  if (arity == 2) {
    for (const char* op : kBinary)
      if (name == op) return true;
  } else if (arity == 1) {
    for (const char* op : kUnary)
      if (name == op) return true;
  }
  return false;
}

bool is_auto_imported_bif(std::string_view module, std::string_view name, uint32_t arity) {
  if (module != "erlang") return false;
  // erl_internal:bif/2 of OTP 25.
  static const std::pair<const char*, uint32_t> kBifs[] = {
      {"abs", 1}, {"alias", 0}, {"alias", 1}, {"apply", 2}, {"apply", 3}, {"atom_to_binary", 1},
      {"atom_to_binary", 2}, {"atom_to_list", 1}, {"binary_part", 2}, {"binary_part", 3}, {"binary_to_atom", 1},
      {"binary_to_atom", 2}, {"binary_to_existing_atom", 1}, {"binary_to_existing_atom", 2},
      {"binary_to_integer", 1}, {"binary_to_integer", 2}, {"binary_to_float", 1}, {"binary_to_list", 1},
      {"binary_to_list", 3}, {"binary_to_term", 1}, {"binary_to_term", 2}, {"bitsize", 1}, {"bit_size", 1},
      {"bitstring_to_list", 1}, {"byte_size", 1}, {"ceil", 1}, {"check_old_code", 1}, {"check_process_code", 2},
      {"check_process_code", 3}, {"date", 0}, {"delete_module", 1}, {"demonitor", 1}, {"demonitor", 2},
      {"disconnect_node", 1}, {"element", 2}, {"erase", 0}, {"erase", 1}, {"error", 1}, {"error", 2},
      {"error", 3}, {"exit", 1}, {"exit", 2}, {"float", 1}, {"float_to_list", 1}, {"float_to_list", 2},
      {"float_to_binary", 1}, {"float_to_binary", 2}, {"floor", 1}, {"garbage_collect", 0},
      {"garbage_collect", 1}, {"garbage_collect", 2}, {"get", 0}, {"get", 1}, {"get_keys", 0}, {"get_keys", 1},
      {"group_leader", 0}, {"group_leader", 2}, {"halt", 0}, {"halt", 1}, {"halt", 2}, {"hd", 1},
      {"integer_to_binary", 1}, {"integer_to_binary", 2}, {"integer_to_list", 1}, {"integer_to_list", 2},
      {"iolist_size", 1}, {"iolist_to_binary", 1}, {"is_alive", 0}, {"is_process_alive", 1}, {"is_atom", 1},
      {"is_boolean", 1}, {"is_binary", 1}, {"is_bitstring", 1}, {"is_float", 1}, {"is_function", 1},
      {"is_function", 2}, {"is_integer", 1}, {"is_list", 1}, {"is_map", 1}, {"is_map_key", 2}, {"is_number", 1},
      {"is_pid", 1}, {"is_port", 1}, {"is_reference", 1}, {"is_tuple", 1}, {"is_record", 2}, {"is_record", 3},
      {"length", 1}, {"link", 1}, {"list_to_atom", 1}, {"list_to_binary", 1}, {"list_to_bitstring", 1},
      {"list_to_existing_atom", 1}, {"list_to_float", 1}, {"list_to_integer", 1}, {"list_to_integer", 2},
      {"list_to_pid", 1}, {"list_to_port", 1}, {"list_to_ref", 1}, {"list_to_tuple", 1}, {"load_module", 2},
      {"make_ref", 0}, {"map_size", 1}, {"map_get", 2}, {"max", 2}, {"min", 2}, {"module_loaded", 1},
      {"monitor", 2}, {"monitor", 3}, {"monitor_node", 2}, {"node", 0}, {"node", 1}, {"nodes", 0}, {"nodes", 1},
      {"nodes", 2}, {"now", 0}, {"open_port", 2}, {"pid_to_list", 1}, {"port_to_list", 1}, {"port_close", 1},
      {"port_command", 2}, {"port_command", 3}, {"port_connect", 2}, {"port_control", 3}, {"pre_loaded", 0},
      {"process_flag", 2}, {"process_flag", 3}, {"process_info", 1}, {"process_info", 2}, {"processes", 0},
      {"purge_module", 1}, {"put", 2}, {"ref_to_list", 1}, {"register", 2}, {"registered", 0}, {"round", 1},
      {"self", 0}, {"setelement", 3}, {"size", 1}, {"spawn", 1}, {"spawn", 2}, {"spawn", 3}, {"spawn", 4},
      {"spawn_link", 1}, {"spawn_link", 2}, {"spawn_link", 3}, {"spawn_link", 4}, {"spawn_request", 1},
      {"spawn_request", 2}, {"spawn_request", 3}, {"spawn_request", 4}, {"spawn_request", 5},
      {"spawn_request_abandon", 1}, {"spawn_monitor", 1}, {"spawn_monitor", 2}, {"spawn_monitor", 3},
      {"spawn_monitor", 4}, {"spawn_opt", 2}, {"spawn_opt", 3}, {"spawn_opt", 4}, {"spawn_opt", 5},
      {"split_binary", 2}, {"statistics", 1}, {"term_to_binary", 1}, {"term_to_binary", 2}, {"term_to_iovec", 1},
      {"term_to_iovec", 2}, {"throw", 1}, {"time", 0}, {"tl", 1}, {"trunc", 1}, {"tuple_size", 1},
      {"tuple_to_list", 1}, {"unalias", 1}, {"unlink", 1}, {"unregister", 1}, {"whereis", 1}};
  for (auto& [n, a] : kBifs)
    if (name == n && arity == a) return true;
  return false;
}

}  // namespace sy::beam
