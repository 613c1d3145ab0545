// The BIF functions, declared once for the table in bifs.cpp. Each bif_*.cpp file
// defines one group; the names are module_function_arity.
#pragma once
#include "frontends/beam/runtime/bifs.h"

namespace sy::beam::bif {

#define SY_BIF(name) Value name(BifContext& cx, const Value* a)

// -- bif_numbers.cpp: arithmetic, comparison, boolean operators, math --
SY_BIF(erlang_plus_2); SY_BIF(erlang_minus_2); SY_BIF(erlang_times_2); SY_BIF(erlang_divide_2);
SY_BIF(erlang_div_2); SY_BIF(erlang_rem_2); SY_BIF(erlang_band_2); SY_BIF(erlang_bor_2);
SY_BIF(erlang_bxor_2); SY_BIF(erlang_bsl_2); SY_BIF(erlang_bsr_2); SY_BIF(erlang_bnot_1);
SY_BIF(erlang_plus_1); SY_BIF(erlang_minus_1);
SY_BIF(erlang_abs_1); SY_BIF(erlang_float_1); SY_BIF(erlang_trunc_1); SY_BIF(erlang_round_1);
SY_BIF(erlang_ceil_1); SY_BIF(erlang_floor_1);
SY_BIF(erlang_eq_exact_2); SY_BIF(erlang_ne_exact_2); SY_BIF(erlang_eq_2); SY_BIF(erlang_ne_2);
SY_BIF(erlang_lt_2); SY_BIF(erlang_le_2); SY_BIF(erlang_gt_2); SY_BIF(erlang_ge_2);
SY_BIF(erlang_and_2); SY_BIF(erlang_or_2); SY_BIF(erlang_xor_2); SY_BIF(erlang_not_1);
SY_BIF(erlang_max_2); SY_BIF(erlang_min_2);
SY_BIF(math_pi_0); SY_BIF(math_sin_1); SY_BIF(math_cos_1); SY_BIF(math_tan_1); SY_BIF(math_asin_1);
SY_BIF(math_acos_1); SY_BIF(math_atan_1); SY_BIF(math_atan2_2); SY_BIF(math_sinh_1); SY_BIF(math_cosh_1);
SY_BIF(math_tanh_1); SY_BIF(math_asinh_1); SY_BIF(math_acosh_1); SY_BIF(math_atanh_1); SY_BIF(math_exp_1);
SY_BIF(math_log_1); SY_BIF(math_log2_1); SY_BIF(math_log10_1); SY_BIF(math_pow_2); SY_BIF(math_sqrt_1);
SY_BIF(math_erf_1); SY_BIF(math_erfc_1); SY_BIF(math_ceil_1); SY_BIF(math_floor_1); SY_BIF(math_fmod_2);

// -- bif_terms.cpp: type tests, tuples, lists, lists natives, atoms, binaries, funs --
SY_BIF(erlang_is_atom_1); SY_BIF(erlang_is_binary_1); SY_BIF(erlang_is_bitstring_1);
SY_BIF(erlang_is_boolean_1); SY_BIF(erlang_is_float_1); SY_BIF(erlang_is_function_1);
SY_BIF(erlang_is_function_2); SY_BIF(erlang_is_integer_1); SY_BIF(erlang_is_list_1);
SY_BIF(erlang_is_map_1); SY_BIF(erlang_is_number_1); SY_BIF(erlang_is_pid_1); SY_BIF(erlang_is_port_1);
SY_BIF(erlang_is_reference_1); SY_BIF(erlang_is_tuple_1); SY_BIF(erlang_is_record_2);
SY_BIF(erlang_is_record_3);
SY_BIF(erlang_element_2); SY_BIF(erlang_setelement_3); SY_BIF(erlang_tuple_size_1); SY_BIF(erlang_size_1);
SY_BIF(erlang_make_tuple_2); SY_BIF(erlang_make_tuple_3); SY_BIF(erlang_append_element_2);
SY_BIF(erlang_delete_element_2); SY_BIF(erlang_insert_element_3); SY_BIF(erlang_tuple_to_list_1);
SY_BIF(erlang_list_to_tuple_1);
SY_BIF(erlang_hd_1); SY_BIF(erlang_tl_1); SY_BIF(erlang_length_1); SY_BIF(erlang_append_2);
SY_BIF(erlang_subtract_2);
SY_BIF(lists_reverse_2); SY_BIF(lists_keyfind_3); SY_BIF(lists_keymember_3);
SY_BIF(lists_keysearch_3); SY_BIF(lists_member_2);
SY_BIF(erlang_byte_size_1); SY_BIF(erlang_bit_size_1); SY_BIF(erlang_binary_part_2);
SY_BIF(erlang_binary_part_3); SY_BIF(erlang_split_binary_2);
SY_BIF(erlang_term_to_binary_1); SY_BIF(erlang_term_to_binary_2); SY_BIF(erlang_binary_to_term_1);
SY_BIF(erlang_binary_to_term_2);
SY_BIF(erlang_phash2_1); SY_BIF(erlang_phash2_2);
SY_BIF(erlang_node_0); SY_BIF(erlang_node_1); SY_BIF(erlang_make_ref_0); SY_BIF(erlang_unique_integer_0);
SY_BIF(erlang_unique_integer_1); SY_BIF(erlang_monotonic_time_0); SY_BIF(erlang_monotonic_time_1);
SY_BIF(erlang_system_time_0); SY_BIF(erlang_system_time_1); SY_BIF(erlang_timestamp_0);
SY_BIF(erlang_universaltime_0); SY_BIF(erlang_localtime_0); SY_BIF(erlang_date_0); SY_BIF(erlang_time_0);
SY_BIF(erlang_posixtime_to_universaltime_1); SY_BIF(erlang_universaltime_to_posixtime_1);
SY_BIF(erlang_universaltime_to_localtime_1); SY_BIF(erlang_localtime_to_universaltime_2);
SY_BIF(os_timestamp_0); SY_BIF(os_system_time_0); SY_BIF(os_system_time_1);
SY_BIF(erlang_fun_info_2); SY_BIF(erlang_fun_to_list_1); SY_BIF(erlang_pid_to_list_1);
SY_BIF(erlang_ref_to_list_1); SY_BIF(erlang_port_to_list_1); SY_BIF(erlang_make_fun_3);
SY_BIF(io_printable_range_0);

// -- bif_maps.cpp --
SY_BIF(erlang_map_size_1); SY_BIF(erlang_map_get_2); SY_BIF(erlang_is_map_key_2);
SY_BIF(maps_get_2); SY_BIF(maps_find_2); SY_BIF(maps_from_list_1); SY_BIF(maps_from_keys_2);
SY_BIF(maps_is_key_2); SY_BIF(maps_keys_1); SY_BIF(maps_merge_2); SY_BIF(maps_put_3);
SY_BIF(maps_remove_2); SY_BIF(maps_take_2); SY_BIF(maps_update_3); SY_BIF(maps_values_1);
SY_BIF(maps_to_list_1); SY_BIF(maps_new_0); SY_BIF(maps_size_1); SY_BIF(erts_internal_map_next_3);

// -- bif_text.cpp: conversions between terms and text, iolists, unicode --
SY_BIF(erlang_atom_to_list_1); SY_BIF(erlang_list_to_atom_1); SY_BIF(erlang_list_to_existing_atom_1);
SY_BIF(erlang_atom_to_binary_1); SY_BIF(erlang_atom_to_binary_2); SY_BIF(erlang_binary_to_atom_1);
SY_BIF(erlang_binary_to_atom_2); SY_BIF(erlang_binary_to_existing_atom_1);
SY_BIF(erlang_binary_to_existing_atom_2);
SY_BIF(erlang_binary_to_list_1); SY_BIF(erlang_binary_to_list_3); SY_BIF(erlang_bitstring_to_list_1);
SY_BIF(erlang_list_to_binary_1); SY_BIF(erlang_list_to_bitstring_1); SY_BIF(erlang_iolist_to_binary_1);
SY_BIF(erlang_iolist_size_1);
SY_BIF(erlang_integer_to_list_1); SY_BIF(erlang_integer_to_list_2); SY_BIF(erlang_integer_to_binary_1);
SY_BIF(erlang_integer_to_binary_2); SY_BIF(erlang_list_to_integer_1); SY_BIF(erlang_list_to_integer_2);
SY_BIF(erlang_binary_to_integer_1); SY_BIF(erlang_binary_to_integer_2);
SY_BIF(erlang_float_to_list_1); SY_BIF(erlang_float_to_list_2); SY_BIF(erlang_float_to_binary_1);
SY_BIF(erlang_float_to_binary_2); SY_BIF(erlang_list_to_float_1); SY_BIF(erlang_binary_to_float_1);
SY_BIF(string_list_to_integer_1); SY_BIF(string_list_to_float_1);
SY_BIF(unicode_characters_to_list_1); SY_BIF(unicode_characters_to_list_2);
SY_BIF(unicode_characters_to_binary_1); SY_BIF(unicode_characters_to_binary_2);
SY_BIF(unicode_characters_to_binary_3);
SY_BIF(io_lib_format_2); SY_BIF(io_lib_write_1);

// -- bif_binary.cpp: the binary module's natives, checksums --
SY_BIF(binary_at_2); SY_BIF(binary_first_1); SY_BIF(binary_last_1); SY_BIF(binary_part_2);
SY_BIF(binary_part_3); SY_BIF(binary_copy_1); SY_BIF(binary_copy_2); SY_BIF(binary_list_to_bin_1);
SY_BIF(binary_referenced_byte_size_1); SY_BIF(binary_compile_pattern_1); SY_BIF(binary_match_2);
SY_BIF(binary_match_3); SY_BIF(binary_matches_2); SY_BIF(binary_matches_3); SY_BIF(binary_split_2);
SY_BIF(binary_split_3); SY_BIF(binary_longest_common_prefix_1); SY_BIF(binary_longest_common_suffix_1);
SY_BIF(binary_decode_unsigned_1); SY_BIF(binary_decode_unsigned_2); SY_BIF(binary_encode_unsigned_1);
SY_BIF(binary_encode_unsigned_2);
SY_BIF(erlang_crc32_1); SY_BIF(erlang_crc32_2); SY_BIF(erlang_adler32_1); SY_BIF(erlang_adler32_2);

#undef SY_BIF

// Used across the groups.
bool is_integer_term(Value v);
Value to_list_text(std::string_view latin1);  // a string of bytes as a character list

}  // namespace sy::beam::bif
