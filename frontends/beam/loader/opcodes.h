// The generic BEAM instruction set of Erlang/OTP 25 (format number 0), as OTP's genop.tab
// and the compiler's beam_opcodes module define it: one line per opcode, the only place
// that lists them. X(number, identifier, name, arity, status, operands):
//   number      the byte in the Code chunk (1..180)
//   identifier  the C++ enumerator (`catch`, `return` and `try`, which are C++ keywords, get a
//               trailing underscore)
//   name        the genop name, as beam_disasm prints it
//   arity       operands that follow the opcode byte; an extended list (the last operand
//               when present) counts as one and carries its own element count
//   status      Live: OTP 25's compiler may emit it. Deprecated: marked obsolete in
//               genop.tab (beam_opcodes:opcode/2 no longer encodes it); OTP 25's runtime
//               refuses such code as compiled by a too old compiler.
//   operands    one letter per operand, what the loader lets through (see below); a
//               bracketed group is an extended list whose elements repeat the group's
//               letters, so its length is a multiple of the group's.
//
// Operand letters (tags as in beam_file.h):
//   s  a term: X, Y, Integer, BigInteger, Atom, Nil or Literal
//   d  a register to write: X or Y          x  X only          y  Y only
//   f  a label, 0 meaning none              c  the entry label of a local function
//   u  Unsigned                             a  Atom            l  FloatReg
//   h  a heap need: Unsigned or Alloc       e  s or FloatReg   g  d or FloatReg
//   I  an index into ImpT                   F  an index into FunT
//   N  an index into the line table         t  Atom, or an index into FunT (call_fun2)
//   b  Atom or label (bs_start_match4)      *  anything but a list (obsolete opcodes,
//                                              bs_create_bin segments)
// The letters of live opcodes admit every operand the OTP 25 compiler writes (checked
// against all of OTP's own modules) and nothing the instruction cannot mean.
#pragma once
#include <cstdint>
#include <string_view>

namespace sy::beam {

#define SY_BEAM_OPCODES(X) \
  X(1, label, "label", 1, Live, "u") \
  X(2, func_info, "func_info", 3, Live, "aau") \
  X(3, int_code_end, "int_code_end", 0, Live, "") \
  X(4, call, "call", 2, Live, "uc") \
  X(5, call_last, "call_last", 3, Live, "ucu") \
  X(6, call_only, "call_only", 2, Live, "uc") \
  X(7, call_ext, "call_ext", 2, Live, "uI") \
  X(8, call_ext_last, "call_ext_last", 3, Live, "uIu") \
  X(9, bif0, "bif0", 2, Live, "Id") \
  X(10, bif1, "bif1", 4, Live, "fIsd") \
  X(11, bif2, "bif2", 5, Live, "fIssd") \
  X(12, allocate, "allocate", 2, Live, "uu") \
  X(13, allocate_heap, "allocate_heap", 3, Live, "uhu") \
  X(14, allocate_zero, "allocate_zero", 2, Live, "uu") \
  X(15, allocate_heap_zero, "allocate_heap_zero", 3, Live, "uhu") \
  X(16, test_heap, "test_heap", 2, Live, "hu") \
  X(17, init, "init", 1, Live, "y") \
  X(18, deallocate, "deallocate", 1, Live, "u") \
  X(19, return_, "return", 0, Live, "") \
  X(20, send, "send", 0, Live, "") \
  X(21, remove_message, "remove_message", 0, Live, "") \
  X(22, timeout, "timeout", 0, Live, "") \
  X(23, loop_rec, "loop_rec", 2, Live, "fx") \
  X(24, loop_rec_end, "loop_rec_end", 1, Live, "f") \
  X(25, wait, "wait", 1, Live, "f") \
  X(26, wait_timeout, "wait_timeout", 2, Live, "fs") \
  X(27, m_plus, "m_plus", 4, Deprecated, "****") \
  X(28, m_minus, "m_minus", 4, Deprecated, "****") \
  X(29, m_times, "m_times", 4, Deprecated, "****") \
  X(30, m_div, "m_div", 4, Deprecated, "****") \
  X(31, int_div, "int_div", 4, Deprecated, "****") \
  X(32, int_rem, "int_rem", 4, Deprecated, "****") \
  X(33, int_band, "int_band", 4, Deprecated, "****") \
  X(34, int_bor, "int_bor", 4, Deprecated, "****") \
  X(35, int_bxor, "int_bxor", 4, Deprecated, "****") \
  X(36, int_bsl, "int_bsl", 4, Deprecated, "****") \
  X(37, int_bsr, "int_bsr", 4, Deprecated, "****") \
  X(38, int_bnot, "int_bnot", 3, Deprecated, "***") \
  X(39, is_lt, "is_lt", 3, Live, "fss") \
  X(40, is_ge, "is_ge", 3, Live, "fss") \
  X(41, is_eq, "is_eq", 3, Live, "fss") \
  X(42, is_ne, "is_ne", 3, Live, "fss") \
  X(43, is_eq_exact, "is_eq_exact", 3, Live, "fss") \
  X(44, is_ne_exact, "is_ne_exact", 3, Live, "fss") \
  X(45, is_integer, "is_integer", 2, Live, "fs") \
  X(46, is_float, "is_float", 2, Live, "fs") \
  X(47, is_number, "is_number", 2, Live, "fs") \
  X(48, is_atom, "is_atom", 2, Live, "fs") \
  X(49, is_pid, "is_pid", 2, Live, "fs") \
  X(50, is_reference, "is_reference", 2, Live, "fs") \
  X(51, is_port, "is_port", 2, Live, "fs") \
  X(52, is_nil, "is_nil", 2, Live, "fs") \
  X(53, is_binary, "is_binary", 2, Live, "fs") \
  X(54, is_constant, "is_constant", 2, Deprecated, "**") \
  X(55, is_list, "is_list", 2, Live, "fs") \
  X(56, is_nonempty_list, "is_nonempty_list", 2, Live, "fs") \
  X(57, is_tuple, "is_tuple", 2, Live, "fs") \
  X(58, test_arity, "test_arity", 3, Live, "fsu") \
  X(59, select_val, "select_val", 3, Live, "sf[sf]") \
  X(60, select_tuple_arity, "select_tuple_arity", 3, Live, "sf[uf]") \
  X(61, jump, "jump", 1, Live, "f") \
  X(62, catch_, "catch", 2, Live, "yf") \
  X(63, catch_end, "catch_end", 1, Live, "y") \
  X(64, move, "move", 2, Live, "sd") \
  X(65, get_list, "get_list", 3, Live, "sdd") \
  X(66, get_tuple_element, "get_tuple_element", 3, Live, "sud") \
  X(67, set_tuple_element, "set_tuple_element", 3, Live, "sdu") \
  X(68, put_string, "put_string", 3, Deprecated, "***") \
  X(69, put_list, "put_list", 3, Live, "ssd") \
  X(70, put_tuple, "put_tuple", 2, Deprecated, "**") \
  X(71, put, "put", 1, Deprecated, "*") \
  X(72, badmatch, "badmatch", 1, Live, "s") \
  X(73, if_end, "if_end", 0, Live, "") \
  X(74, case_end, "case_end", 1, Live, "s") \
  X(75, call_fun, "call_fun", 1, Live, "u") \
  X(76, make_fun, "make_fun", 3, Deprecated, "***") \
  X(77, is_function, "is_function", 2, Live, "fs") \
  X(78, call_ext_only, "call_ext_only", 2, Live, "uI") \
  X(79, bs_start_match, "bs_start_match", 2, Deprecated, "**") \
  X(80, bs_get_integer, "bs_get_integer", 5, Deprecated, "*****") \
  X(81, bs_get_float, "bs_get_float", 5, Deprecated, "*****") \
  X(82, bs_get_binary, "bs_get_binary", 5, Deprecated, "*****") \
  X(83, bs_skip_bits, "bs_skip_bits", 4, Deprecated, "****") \
  X(84, bs_test_tail, "bs_test_tail", 2, Deprecated, "**") \
  X(85, bs_save, "bs_save", 1, Deprecated, "*") \
  X(86, bs_restore, "bs_restore", 1, Deprecated, "*") \
  X(87, bs_init, "bs_init", 2, Deprecated, "**") \
  X(88, bs_final, "bs_final", 2, Deprecated, "**") \
  X(89, bs_put_integer, "bs_put_integer", 5, Live, "fsuus") \
  X(90, bs_put_binary, "bs_put_binary", 5, Live, "fsuus") \
  X(91, bs_put_float, "bs_put_float", 5, Live, "fsuus") \
  X(92, bs_put_string, "bs_put_string", 2, Live, "uu") \
  X(93, bs_need_buf, "bs_need_buf", 1, Deprecated, "*") \
  X(94, fclearerror, "fclearerror", 0, Live, "") \
  X(95, fcheckerror, "fcheckerror", 1, Live, "f") \
  X(96, fmove, "fmove", 2, Live, "eg") \
  X(97, fconv, "fconv", 2, Live, "sl") \
  X(98, fadd, "fadd", 4, Live, "flll") \
  X(99, fsub, "fsub", 4, Live, "flll") \
  X(100, fmul, "fmul", 4, Live, "flll") \
  X(101, fdiv, "fdiv", 4, Live, "flll") \
  X(102, fnegate, "fnegate", 3, Live, "fll") \
  X(103, make_fun2, "make_fun2", 1, Live, "F") \
  X(104, try_, "try", 2, Live, "yf") \
  X(105, try_end, "try_end", 1, Live, "y") \
  X(106, try_case, "try_case", 1, Live, "y") \
  X(107, try_case_end, "try_case_end", 1, Live, "s") \
  X(108, raise, "raise", 2, Live, "ss") \
  X(109, bs_init2, "bs_init2", 6, Live, "fsuuud") \
  X(110, bs_bits_to_bytes, "bs_bits_to_bytes", 3, Deprecated, "***") \
  X(111, bs_add, "bs_add", 5, Live, "fssud") \
  X(112, apply, "apply", 1, Live, "u") \
  X(113, apply_last, "apply_last", 2, Live, "uu") \
  X(114, is_boolean, "is_boolean", 2, Live, "fs") \
  X(115, is_function2, "is_function2", 3, Live, "fss") \
  X(116, bs_start_match2, "bs_start_match2", 5, Deprecated, "*****") \
  X(117, bs_get_integer2, "bs_get_integer2", 7, Live, "fdusuud") \
  X(118, bs_get_float2, "bs_get_float2", 7, Live, "fdusuud") \
  X(119, bs_get_binary2, "bs_get_binary2", 7, Live, "fdusuud") \
  X(120, bs_skip_bits2, "bs_skip_bits2", 5, Live, "fdsuu") \
  X(121, bs_test_tail2, "bs_test_tail2", 3, Live, "fdu") \
  X(122, bs_save2, "bs_save2", 2, Deprecated, "**") \
  X(123, bs_restore2, "bs_restore2", 2, Deprecated, "**") \
  X(124, gc_bif1, "gc_bif1", 5, Live, "fuIsd") \
  X(125, gc_bif2, "gc_bif2", 6, Live, "fuIssd") \
  X(126, bs_final2, "bs_final2", 2, Deprecated, "**") \
  X(127, bs_bits_to_bytes2, "bs_bits_to_bytes2", 2, Deprecated, "**") \
  X(128, put_literal, "put_literal", 2, Deprecated, "**") \
  X(129, is_bitstr, "is_bitstr", 2, Live, "fs") \
  X(130, bs_context_to_binary, "bs_context_to_binary", 1, Deprecated, "*") \
  X(131, bs_test_unit, "bs_test_unit", 3, Live, "fdu") \
  X(132, bs_match_string, "bs_match_string", 4, Live, "fduu") \
  X(133, bs_init_writable, "bs_init_writable", 0, Live, "") \
  X(134, bs_append, "bs_append", 8, Live, "fsuuusud") \
  X(135, bs_private_append, "bs_private_append", 6, Live, "fsusud") \
  X(136, trim, "trim", 2, Live, "uu") \
  X(137, bs_init_bits, "bs_init_bits", 6, Live, "fsuuud") \
  X(138, bs_get_utf8, "bs_get_utf8", 5, Live, "fduud") \
  X(139, bs_skip_utf8, "bs_skip_utf8", 4, Live, "fduu") \
  X(140, bs_get_utf16, "bs_get_utf16", 5, Live, "fduud") \
  X(141, bs_skip_utf16, "bs_skip_utf16", 4, Live, "fduu") \
  X(142, bs_get_utf32, "bs_get_utf32", 5, Live, "fduud") \
  X(143, bs_skip_utf32, "bs_skip_utf32", 4, Live, "fduu") \
  X(144, bs_utf8_size, "bs_utf8_size", 3, Live, "fsd") \
  X(145, bs_put_utf8, "bs_put_utf8", 3, Live, "fus") \
  X(146, bs_utf16_size, "bs_utf16_size", 3, Live, "fsd") \
  X(147, bs_put_utf16, "bs_put_utf16", 3, Live, "fus") \
  X(148, bs_put_utf32, "bs_put_utf32", 3, Live, "fus") \
  X(149, on_load, "on_load", 0, Live, "") \
  X(150, recv_mark, "recv_mark", 1, Live, "f") \
  X(151, recv_set, "recv_set", 1, Live, "f") \
  X(152, gc_bif3, "gc_bif3", 7, Live, "fuIsssd") \
  X(153, line, "line", 1, Live, "N") \
  X(154, put_map_assoc, "put_map_assoc", 5, Live, "fsdu[s]") \
  X(155, put_map_exact, "put_map_exact", 5, Live, "fsdu[s]") \
  X(156, is_map, "is_map", 2, Live, "fs") \
  X(157, has_map_fields, "has_map_fields", 3, Live, "fs[s]") \
  X(158, get_map_elements, "get_map_elements", 3, Live, "fs[sd]") \
  X(159, is_tagged_tuple, "is_tagged_tuple", 4, Live, "fsua") \
  X(160, build_stacktrace, "build_stacktrace", 0, Live, "") \
  X(161, raw_raise, "raw_raise", 0, Live, "") \
  X(162, get_hd, "get_hd", 2, Live, "sd") \
  X(163, get_tl, "get_tl", 2, Live, "sd") \
  X(164, put_tuple2, "put_tuple2", 2, Live, "d[s]") \
  X(165, bs_get_tail, "bs_get_tail", 3, Live, "ddu") \
  X(166, bs_start_match3, "bs_start_match3", 4, Live, "fsud") \
  X(167, bs_get_position, "bs_get_position", 3, Live, "ddu") \
  X(168, bs_set_position, "bs_set_position", 2, Live, "ds") \
  X(169, swap, "swap", 2, Live, "dd") \
  X(170, bs_start_match4, "bs_start_match4", 4, Live, "busd") \
  X(171, make_fun3, "make_fun3", 3, Live, "Fd[s]") \
  X(172, init_yregs, "init_yregs", 1, Live, "[y]") \
  X(173, recv_marker_bind, "recv_marker_bind", 2, Live, "dd") \
  X(174, recv_marker_clear, "recv_marker_clear", 1, Live, "d") \
  X(175, recv_marker_reserve, "recv_marker_reserve", 1, Live, "d") \
  X(176, recv_marker_use, "recv_marker_use", 1, Live, "d") \
  X(177, bs_create_bin, "bs_create_bin", 6, Live, "fhuud[******]") \
  X(178, call_fun2, "call_fun2", 3, Live, "tus") \
  X(179, nif_start, "nif_start", 0, Live, "") \
  X(180, badrecord, "badrecord", 1, Live, "s")

enum class Op : uint8_t {
#define SY_BEAM_OP_ENUM(num, id, name, arity, status, operands) id = num,
  SY_BEAM_OPCODES(SY_BEAM_OP_ENUM)
#undef SY_BEAM_OP_ENUM
};

enum class OpStatus : uint8_t { Live, Deprecated };

inline constexpr int kMaxOpcode = 180;    // highest opcode OTP 25 defines
inline constexpr int kFormatNumber = 0;   // the Code chunk's instruction set version

struct OpInfo {
  std::string_view name;      // empty for 0, which is not an opcode
  uint8_t arity;
  OpStatus status;
  std::string_view operands;  // the operand letters
};

namespace detail {
struct OpTable {
  OpInfo info[kMaxOpcode + 1] = {};
  constexpr OpTable() {
#define SY_BEAM_OP_INFO(num, id, name, arity, status, operands) info[num] = {name, arity, OpStatus::status, operands};
    SY_BEAM_OPCODES(SY_BEAM_OP_INFO)
#undef SY_BEAM_OP_INFO
  }
};
inline constexpr OpTable kOpTable;

// Operands an operand-letter string describes: a bracketed group counts as one.
constexpr int count_operands(std::string_view letters) {
  int n = 0;
  for (size_t i = 0; i < letters.size(); ++i, ++n)
    if (letters[i] == '[')
      while (letters[i] != ']') ++i;
  return n;
}
constexpr bool letters_match_arity() {
  for (int op = 1; op <= kMaxOpcode; ++op)
    if (count_operands(kOpTable.info[op].operands) != kOpTable.info[op].arity) return false;
  return true;
}
static_assert(letters_match_arity(), "an opcode's operand letters disagree with its arity");
}  // namespace detail

// Facts about an opcode byte; nullptr for bytes that are not OTP 25 opcodes.
inline const OpInfo* op_info(unsigned opcode) {
  return opcode >= 1 && opcode <= kMaxOpcode ? &detail::kOpTable.info[opcode] : nullptr;
}
inline const OpInfo& op_info(Op op) { return detail::kOpTable.info[static_cast<int>(op)]; }
inline std::string_view op_name(Op op) { return detail::kOpTable.info[static_cast<int>(op)].name; }
inline int op_arity(Op op) { return detail::kOpTable.info[static_cast<int>(op)].arity; }

static_assert(static_cast<int>(Op::badrecord) == kMaxOpcode);
static_assert(static_cast<int>(Op::swap) == 169);

}  // namespace sy::beam
