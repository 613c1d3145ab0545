// The BIF table: one row per BIF, the only place that names them.
#include "frontends/beam/runtime/bifs.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/ir/module.h"
#include "frontends/beam/runtime/bif_impl.h"

namespace sy::beam {

namespace {

constexpr const char* kErts = "erl_erts_errors";
constexpr const char* kStdlib = "erl_stdlib_errors";

using namespace bif;

// module, name, arity, function, allowed in guards, error_info module
const BifEntry kBifs[] = {
    // erlang: arithmetic, comparison, booleans
    {"erlang", "+", 2, erlang_plus_2, true, kErts},
    {"erlang", "-", 2, erlang_minus_2, true, kErts},
    {"erlang", "*", 2, erlang_times_2, true, kErts},
    {"erlang", "/", 2, erlang_divide_2, true, kErts},
    {"erlang", "div", 2, erlang_div_2, true, kErts},
    {"erlang", "rem", 2, erlang_rem_2, true, kErts},
    {"erlang", "band", 2, erlang_band_2, true, kErts},
    {"erlang", "bor", 2, erlang_bor_2, true, kErts},
    {"erlang", "bxor", 2, erlang_bxor_2, true, kErts},
    {"erlang", "bsl", 2, erlang_bsl_2, true, kErts},
    {"erlang", "bsr", 2, erlang_bsr_2, true, kErts},
    {"erlang", "bnot", 1, erlang_bnot_1, true, kErts},
    {"erlang", "+", 1, erlang_plus_1, true, kErts},
    {"erlang", "-", 1, erlang_minus_1, true, kErts},
    {"erlang", "abs", 1, erlang_abs_1, true, kErts},
    {"erlang", "float", 1, erlang_float_1, true, kErts},
    {"erlang", "trunc", 1, erlang_trunc_1, true, kErts},
    {"erlang", "round", 1, erlang_round_1, true, kErts},
    {"erlang", "ceil", 1, erlang_ceil_1, true, kErts},
    {"erlang", "floor", 1, erlang_floor_1, true, kErts},
    {"erlang", "=:=", 2, erlang_eq_exact_2, true, kErts},
    {"erlang", "=/=", 2, erlang_ne_exact_2, true, kErts},
    {"erlang", "==", 2, erlang_eq_2, true, kErts},
    {"erlang", "/=", 2, erlang_ne_2, true, kErts},
    {"erlang", "<", 2, erlang_lt_2, true, kErts},
    {"erlang", "=<", 2, erlang_le_2, true, kErts},
    {"erlang", ">", 2, erlang_gt_2, true, kErts},
    {"erlang", ">=", 2, erlang_ge_2, true, kErts},
    {"erlang", "and", 2, erlang_and_2, true, kErts},
    {"erlang", "or", 2, erlang_or_2, true, kErts},
    {"erlang", "xor", 2, erlang_xor_2, true, kErts},
    {"erlang", "not", 1, erlang_not_1, true, kErts},
    {"erlang", "max", 2, erlang_max_2, true, kErts},
    {"erlang", "min", 2, erlang_min_2, true, kErts},
    // erlang: type tests
    {"erlang", "is_atom", 1, erlang_is_atom_1, true, kErts},
    {"erlang", "is_binary", 1, erlang_is_binary_1, true, kErts},
    {"erlang", "is_bitstring", 1, erlang_is_bitstring_1, true, kErts},
    {"erlang", "is_boolean", 1, erlang_is_boolean_1, true, kErts},
    {"erlang", "is_float", 1, erlang_is_float_1, true, kErts},
    {"erlang", "is_function", 1, erlang_is_function_1, true, kErts},
    {"erlang", "is_function", 2, erlang_is_function_2, true, kErts},
    {"erlang", "is_integer", 1, erlang_is_integer_1, true, kErts},
    {"erlang", "is_list", 1, erlang_is_list_1, true, kErts},
    {"erlang", "is_map", 1, erlang_is_map_1, true, kErts},
    {"erlang", "is_number", 1, erlang_is_number_1, true, kErts},
    {"erlang", "is_pid", 1, erlang_is_pid_1, true, kErts},
    {"erlang", "is_port", 1, erlang_is_port_1, true, kErts},
    {"erlang", "is_reference", 1, erlang_is_reference_1, true, kErts},
    {"erlang", "is_tuple", 1, erlang_is_tuple_1, true, kErts},
    {"erlang", "is_record", 2, erlang_is_record_2, true, kErts},
    {"erlang", "is_record", 3, erlang_is_record_3, true, kErts},
    // erlang: tuples and lists
    {"erlang", "element", 2, erlang_element_2, true, kErts},
    {"erlang", "setelement", 3, erlang_setelement_3, false, kErts},
    {"erlang", "tuple_size", 1, erlang_tuple_size_1, true, kErts},
    {"erlang", "size", 1, erlang_size_1, true, kErts},
    {"erlang", "make_tuple", 2, erlang_make_tuple_2, false, kErts},
    {"erlang", "make_tuple", 3, erlang_make_tuple_3, false, kErts},
    {"erlang", "append_element", 2, erlang_append_element_2, false, kErts},
    {"erlang", "delete_element", 2, erlang_delete_element_2, false, kErts},
    {"erlang", "insert_element", 3, erlang_insert_element_3, false, kErts},
    {"erlang", "tuple_to_list", 1, erlang_tuple_to_list_1, false, kErts},
    {"erlang", "list_to_tuple", 1, erlang_list_to_tuple_1, false, kErts},
    {"erlang", "hd", 1, erlang_hd_1, true, kErts},
    {"erlang", "tl", 1, erlang_tl_1, true, kErts},
    {"erlang", "length", 1, erlang_length_1, true, kErts},
    {"erlang", "++", 2, erlang_append_2, false, kErts},
    {"erlang", "--", 2, erlang_subtract_2, false, kErts},
    // erlang: maps
    {"erlang", "map_size", 1, erlang_map_size_1, true, kErts},
    {"erlang", "map_get", 2, erlang_map_get_2, true, kErts},
    {"erlang", "is_map_key", 2, erlang_is_map_key_2, true, kErts},
    // erlang: binaries, the external term format, hashing
    {"erlang", "byte_size", 1, erlang_byte_size_1, true, kErts},
    {"erlang", "bit_size", 1, erlang_bit_size_1, true, kErts},
    {"erlang", "binary_part", 2, erlang_binary_part_2, true, kErts},
    {"erlang", "binary_part", 3, erlang_binary_part_3, true, kErts},
    {"erlang", "split_binary", 2, erlang_split_binary_2, false, kErts},
    {"erlang", "term_to_binary", 1, erlang_term_to_binary_1, false, kErts},
    {"erlang", "term_to_binary", 2, erlang_term_to_binary_2, false, kErts},
    {"erlang", "binary_to_term", 1, erlang_binary_to_term_1, false, kErts},
    {"erlang", "binary_to_term", 2, erlang_binary_to_term_2, false, kErts},
    {"erlang", "phash2", 1, erlang_phash2_1, false, kErts},
    {"erlang", "phash2", 2, erlang_phash2_2, false, kErts},
    // erlang: conversions
    {"erlang", "atom_to_list", 1, erlang_atom_to_list_1, false, kErts},
    {"erlang", "list_to_atom", 1, erlang_list_to_atom_1, false, kErts},
    {"erlang", "list_to_existing_atom", 1, erlang_list_to_existing_atom_1, false, kErts},
    {"erlang", "atom_to_binary", 1, erlang_atom_to_binary_1, false, kErts},
    {"erlang", "atom_to_binary", 2, erlang_atom_to_binary_2, false, kErts},
    {"erlang", "binary_to_atom", 1, erlang_binary_to_atom_1, false, kErts},
    {"erlang", "binary_to_atom", 2, erlang_binary_to_atom_2, false, kErts},
    {"erlang", "binary_to_existing_atom", 1, erlang_binary_to_existing_atom_1, false, kErts},
    {"erlang", "binary_to_existing_atom", 2, erlang_binary_to_existing_atom_2, false, kErts},
    {"erlang", "binary_to_list", 1, erlang_binary_to_list_1, false, kErts},
    {"erlang", "binary_to_list", 3, erlang_binary_to_list_3, false, kErts},
    {"erlang", "bitstring_to_list", 1, erlang_bitstring_to_list_1, false, kErts},
    {"erlang", "list_to_binary", 1, erlang_list_to_binary_1, false, kErts},
    {"erlang", "list_to_bitstring", 1, erlang_list_to_bitstring_1, false, kErts},
    {"erlang", "iolist_to_binary", 1, erlang_iolist_to_binary_1, false, kErts},
    {"erlang", "iolist_size", 1, erlang_iolist_size_1, false, kErts},
    {"erlang", "integer_to_list", 1, erlang_integer_to_list_1, false, kErts},
    {"erlang", "integer_to_list", 2, erlang_integer_to_list_2, false, kErts},
    {"erlang", "integer_to_binary", 1, erlang_integer_to_binary_1, false, kErts},
    {"erlang", "integer_to_binary", 2, erlang_integer_to_binary_2, false, kErts},
    {"erlang", "list_to_integer", 1, erlang_list_to_integer_1, false, kErts},
    {"erlang", "list_to_integer", 2, erlang_list_to_integer_2, false, kErts},
    {"erlang", "binary_to_integer", 1, erlang_binary_to_integer_1, false, kErts},
    {"erlang", "binary_to_integer", 2, erlang_binary_to_integer_2, false, kErts},
    {"erlang", "float_to_list", 1, erlang_float_to_list_1, false, kErts},
    {"erlang", "float_to_list", 2, erlang_float_to_list_2, false, kErts},
    {"erlang", "float_to_binary", 1, erlang_float_to_binary_1, false, kErts},
    {"erlang", "float_to_binary", 2, erlang_float_to_binary_2, false, kErts},
    {"erlang", "list_to_float", 1, erlang_list_to_float_1, false, kErts},
    {"erlang", "binary_to_float", 1, erlang_binary_to_float_1, false, kErts},
    {"erlang", "fun_info", 2, erlang_fun_info_2, false, kErts},
    {"erlang", "fun_to_list", 1, erlang_fun_to_list_1, false, kErts},
    {"erlang", "pid_to_list", 1, erlang_pid_to_list_1, false, kErts},
    {"erlang", "ref_to_list", 1, erlang_ref_to_list_1, false, kErts},
    {"erlang", "port_to_list", 1, erlang_port_to_list_1, false, kErts},
    {"erlang", "make_fun", 3, erlang_make_fun_3, false, kErts},
    // erlang: node, references, unique integers, time
    {"erlang", "node", 0, erlang_node_0, true, kErts},
    {"erlang", "node", 1, erlang_node_1, true, kErts},
    {"erlang", "make_ref", 0, erlang_make_ref_0, false, kErts},
    {"erlang", "unique_integer", 0, erlang_unique_integer_0, false, kErts},
    {"erlang", "unique_integer", 1, erlang_unique_integer_1, false, kErts},
    {"erlang", "monotonic_time", 0, erlang_monotonic_time_0, false, kErts},
    {"erlang", "monotonic_time", 1, erlang_monotonic_time_1, false, kErts},
    {"erlang", "system_time", 0, erlang_system_time_0, false, kErts},
    {"erlang", "system_time", 1, erlang_system_time_1, false, kErts},
    {"erlang", "timestamp", 0, erlang_timestamp_0, false, kErts},
    {"erlang", "universaltime", 0, erlang_universaltime_0, false, kErts},
    {"erlang", "localtime", 0, erlang_localtime_0, false, kErts},
    {"erlang", "date", 0, erlang_date_0, false, kErts},
    {"erlang", "time", 0, erlang_time_0, false, kErts},
    {"erlang", "posixtime_to_universaltime", 1, erlang_posixtime_to_universaltime_1, false, kErts},
    {"erlang", "universaltime_to_posixtime", 1, erlang_universaltime_to_posixtime_1, false, kErts},
    {"erlang", "universaltime_to_localtime", 1, erlang_universaltime_to_localtime_1, false, kErts},
    {"erlang", "localtime_to_universaltime", 2, erlang_localtime_to_universaltime_2, false, kErts},
    {"os", "timestamp", 0, os_timestamp_0, false, kErts},
    {"os", "system_time", 0, os_system_time_0, false, kErts},
    {"os", "system_time", 1, os_system_time_1, false, kErts},
    {"erlang", "crc32", 1, erlang_crc32_1, false, kErts},
    {"erlang", "crc32", 2, erlang_crc32_2, false, kErts},
    {"erlang", "adler32", 1, erlang_adler32_1, false, kErts},
    {"erlang", "adler32", 2, erlang_adler32_2, false, kErts},
    // binary natives
    {"binary", "at", 2, binary_at_2, false, kStdlib},
    {"binary", "first", 1, binary_first_1, false, kStdlib},
    {"binary", "last", 1, binary_last_1, false, kStdlib},
    {"binary", "part", 2, binary_part_2, false, kStdlib},
    {"binary", "part", 3, binary_part_3, false, kStdlib},
    {"binary", "copy", 1, binary_copy_1, false, kStdlib},
    {"binary", "copy", 2, binary_copy_2, false, kStdlib},
    {"binary", "list_to_bin", 1, binary_list_to_bin_1, false, kStdlib},
    {"binary", "referenced_byte_size", 1, binary_referenced_byte_size_1, false, kStdlib},
    {"binary", "compile_pattern", 1, binary_compile_pattern_1, false, kStdlib},
    {"binary", "match", 2, binary_match_2, false, kStdlib},
    {"binary", "match", 3, binary_match_3, false, kStdlib},
    {"binary", "matches", 2, binary_matches_2, false, kStdlib},
    {"binary", "matches", 3, binary_matches_3, false, kStdlib},
    {"binary", "split", 2, binary_split_2, false, kStdlib},
    {"binary", "split", 3, binary_split_3, false, kStdlib},
    {"binary", "longest_common_prefix", 1, binary_longest_common_prefix_1, false, kStdlib},
    {"binary", "longest_common_suffix", 1, binary_longest_common_suffix_1, false, kStdlib},
    {"binary", "decode_unsigned", 1, binary_decode_unsigned_1, false, kStdlib},
    {"binary", "decode_unsigned", 2, binary_decode_unsigned_2, false, kStdlib},
    {"binary", "encode_unsigned", 1, binary_encode_unsigned_1, false, kStdlib},
    {"binary", "encode_unsigned", 2, binary_encode_unsigned_2, false, kStdlib},
    // erts_internal
    {"erts_internal", "map_next", 3, erts_internal_map_next_3, false, kErts},
    // lists natives (lists:reverse/1 is Erlang code in OTP 25, whose errors are its own
    // function_clause: it runs as it is, over the native reverse/2)
    {"lists", "reverse", 2, lists_reverse_2, false, kStdlib},
    {"lists", "keyfind", 3, lists_keyfind_3, false, kStdlib},
    {"lists", "keymember", 3, lists_keymember_3, false, kStdlib},
    {"lists", "keysearch", 3, lists_keysearch_3, false, kStdlib},
    {"lists", "member", 2, lists_member_2, false, kStdlib},
    // maps natives
    {"maps", "get", 2, maps_get_2, false, kStdlib},
    {"maps", "find", 2, maps_find_2, false, kStdlib},
    {"maps", "from_list", 1, maps_from_list_1, false, kStdlib},
    {"maps", "from_keys", 2, maps_from_keys_2, false, kStdlib},
    {"maps", "is_key", 2, maps_is_key_2, false, kStdlib},
    {"maps", "keys", 1, maps_keys_1, false, kStdlib},
    {"maps", "merge", 2, maps_merge_2, false, kStdlib},
    {"maps", "put", 3, maps_put_3, false, kStdlib},
    {"maps", "remove", 2, maps_remove_2, false, kStdlib},
    {"maps", "take", 2, maps_take_2, false, kStdlib},
    {"maps", "update", 3, maps_update_3, false, kStdlib},
    {"maps", "values", 1, maps_values_1, false, kStdlib},
    {"maps", "to_list", 1, maps_to_list_1, false, kStdlib},
    {"maps", "new", 0, maps_new_0, false, kStdlib},
    {"maps", "size", 1, maps_size_1, false, kStdlib},
    // math
    {"math", "pi", 0, math_pi_0, false, kStdlib},
    {"math", "sin", 1, math_sin_1, false, kStdlib},
    {"math", "cos", 1, math_cos_1, false, kStdlib},
    {"math", "tan", 1, math_tan_1, false, kStdlib},
    {"math", "asin", 1, math_asin_1, false, kStdlib},
    {"math", "acos", 1, math_acos_1, false, kStdlib},
    {"math", "atan", 1, math_atan_1, false, kStdlib},
    {"math", "atan2", 2, math_atan2_2, false, kStdlib},
    {"math", "sinh", 1, math_sinh_1, false, kStdlib},
    {"math", "cosh", 1, math_cosh_1, false, kStdlib},
    {"math", "tanh", 1, math_tanh_1, false, kStdlib},
    {"math", "asinh", 1, math_asinh_1, false, kStdlib},
    {"math", "acosh", 1, math_acosh_1, false, kStdlib},
    {"math", "atanh", 1, math_atanh_1, false, kStdlib},
    {"math", "exp", 1, math_exp_1, false, kStdlib},
    {"math", "log", 1, math_log_1, false, kStdlib},
    {"math", "log2", 1, math_log2_1, false, kStdlib},
    {"math", "log10", 1, math_log10_1, false, kStdlib},
    {"math", "pow", 2, math_pow_2, false, kStdlib},
    {"math", "sqrt", 1, math_sqrt_1, false, kStdlib},
    {"math", "erf", 1, math_erf_1, false, kStdlib},
    {"math", "erfc", 1, math_erfc_1, false, kStdlib},
    {"math", "ceil", 1, math_ceil_1, false, kStdlib},
    {"math", "floor", 1, math_floor_1, false, kStdlib},
    {"math", "fmod", 2, math_fmod_2, false, kStdlib},
    // string, unicode, io, io_lib
    {"string", "list_to_integer", 1, string_list_to_integer_1, false, kStdlib},
    {"string", "list_to_float", 1, string_list_to_float_1, false, kStdlib},
    {"unicode", "characters_to_list", 1, unicode_characters_to_list_1, false, kStdlib},
    {"unicode", "characters_to_list", 2, unicode_characters_to_list_2, false, kStdlib},
    {"unicode", "characters_to_binary", 1, unicode_characters_to_binary_1, false, kStdlib},
    {"unicode", "characters_to_binary", 2, unicode_characters_to_binary_2, false, kStdlib},
    {"unicode", "characters_to_binary", 3, unicode_characters_to_binary_3, false, kStdlib},
    {"io", "printable_range", 0, io_printable_range_0, false, kStdlib},
    {"io_lib", "format", 2, io_lib_format_2, false, kStdlib},
    {"io_lib", "write", 1, io_lib_write_1, false, kStdlib},
};

bool entry_less(const BifEntry& a, const BifEntry& b) {
  if (int c = std::strcmp(a.module, b.module)) return c < 0;
  if (int c = std::strcmp(a.name, b.name)) return c < 0;
  return a.arity < b.arity;
}

const std::vector<BifEntry>& sorted_table() {
  static const std::vector<BifEntry> table = [] {
    std::vector<BifEntry> t(std::begin(kBifs), std::end(kBifs));
    std::sort(t.begin(), t.end(), entry_less);
    return t;
  }();
  return table;
}

}  // namespace

std::span<const BifEntry> bif_table() { return sorted_table(); }

const BifEntry* find_bif(std::string_view module, std::string_view name, uint32_t arity) {
  const auto& t = sorted_table();
  auto it = std::lower_bound(t.begin(), t.end(), 0, [&](const BifEntry& e, int) {
    if (int c = std::string_view(e.module).compare(module)) return c < 0;
    if (int c = std::string_view(e.name).compare(name)) return c < 0;
    return e.arity < arity;
  });
  if (it == t.end() || module != it->module || name != it->name || arity != it->arity) return nullptr;
  return &*it;
}

Value call_bif(BifContext& cx, std::string_view module, std::string_view name, const Value* args, uint32_t arity) {
  const BifEntry* e = find_bif(module, name, arity);
  if (!e) return cx.fail(atoms.undef);
  return e->fn(cx, args);
}

// -- Shared helpers --

int64_t list_length(Value list) {
  int64_t n = 0;
  for (; is_cons(list); list = tail(list)) ++n;
  return list.is_nil() ? n : -1;
}

int64_t fun_arity(Value f) {
  if (is_export_fun(f)) return f.as<ExportFun>()->arity();
  if (is_instance(f, cls::Closure)) {
    const sy::Function* fn = f.as<Closure>()->fn;
    if (const FunInfo* info = fun_info(fn)) return info->arity;
    return fn->nparams;
  }
  if (is_instance(f, cls::NativeFn)) {
    uint32_t a = f.as<NativeCallable>()->arity();
    return a == kAnyArity ? -1 : a;
  }
  return -1;
}

Value make_list(const Value* items, size_t n, Value tail) {
  Value l = tail;
  for (size_t i = n; i-- > 0;) l = cons(items[i], l);
  return l;
}

namespace {
// Walks an iolist (bytes, binaries, nested lists, a binary tail), calling on_byte and
// on_binary; false when it is not one.
template <class Byte, class Bin>
bool walk_iolist(Value v, Byte on_byte, Bin on_binary) {
  if (is_binary(v)) {
    on_binary(v.as<Binary>());
    return true;
  }
  // A stack of list positions: the top is the rest of the list being walked.
  heap::RootedVector<Value> stack{v};
  while (!stack.empty()) {
    Value x = stack.back();
    if (x.is_nil() || is_binary(x)) {  // the end of a list, or a binary tail
      if (is_binary(x)) on_binary(x.as<Binary>());
      stack.pop_back();
      continue;
    }
    if (!is_cons(x)) return false;
    stack.back() = tail(x);
    Value h = head(x);
    if (h.is_int()) {
      if (h.as_int() < 0 || h.as_int() > 255) return false;
      on_byte(static_cast<uint8_t>(h.as_int()));
    } else if (is_binary(h)) {
      on_binary(h.as<Binary>());
    } else if (is_list(h)) {
      stack.push_back(h);
    } else {
      return false;
    }
  }
  return true;
}
}  // namespace

bool iolist_size(Value v, uint64_t* size) {
  uint64_t n = 0;
  bool ok = walk_iolist(v, [&](uint8_t) { ++n; }, [&](const Binary* b) { n += b->bit_size >> 3; });
  *size = n;
  return ok;
}

bool iolist_bytes(Value v, std::string* out) {
  return walk_iolist(
      v, [&](uint8_t c) { *out += static_cast<char>(c); },
      [&](const Binary* b) {
        std::string tmp;
        out->append(whole_bytes(b, tmp));
      });
}

}  // namespace sy::beam
