// beam_disasm's notation for decoded code. Operands print in one of two forms, as in
// beam_disasm.erl: raw (decode_arg: {u,N}, {i,N}, {x,N}, {atom,A}, nil, {literal,T},
// {tr,R,T}, ...) or resolved (resolve_arg: u becomes a bare integer, i becomes
// {integer,N}). Each instruction's form is a port of its resolve_inst/4 clause.
#include "frontends/beam/loader/disasm.h"

#include <algorithm>
#include <tuple>

#include "frontends/beam/loader/etf.h"

namespace sy::beam {

namespace {

class Printer {
 public:
  Printer(const Module& m, std::string* out) : m_(m), out_(*out) {}

  bool module();

 private:
  void text(std::string_view s) { out_ += s; }
  void num(int64_t v) { out_ += std::to_string(v); }
  void atom(uint32_t index) { write_atom(m_.atoms[index], &out_); }
  void name(std::string_view s) { write_atom(s, &out_); }

  void type(uint32_t index);
  void literal(int64_t index);
  void raw(const Operand& a);
  void res(const Operand& a);
  void raw_list(std::span<const Operand> as);
  void res_list(std::span<const Operand> as);
  void alloc(const Operand& a);
  void flags(const Operand& a) {
    text("{field_flags,");
    num(a.value);
    text("}");
  }
  void local(const Operand& label);
  void import(const Operand& index);
  void bif_name(const Operand& index) { atom(m_.imports[index.value].function); }
  void string_bytes(int64_t offset, int64_t len);
  void instruction(const Function& f, const Instruction& in);
  void test(const Function& f, const Instruction& in, std::string_view op);

  const Module& m_;
  std::string& out_;
  const Function* f_ = nullptr;
  std::string error_;
};

void Printer::type(uint32_t index) {
  if (index == kNoType) {
    text("any");
    return;
  }
  const TypeEntry& t = m_.types[index];
  if (t.has_range()) text("{");
  if (t.bits == kTypeAny) {
    text("any");
  } else {
    static const char* const kNames[] = {"atom", "bitstring", "bs_matchstate", "cons", "float", "fun",  "integer",
                                         "map",  "nil",       "pid",           "port", "reference", "tuple"};
    text("[");
    bool first = true;
    for (int bit = 0; bit < 13; ++bit) {
      if (!(t.bits & (1u << bit))) continue;
      if (!first) text(",");
      first = false;
      name(kNames[bit]);
    }
    text("]");
  }
  if (t.has_range()) {
    text(",");
    num(t.min);
    text(",");
    num(t.max);
    text("}");
  }
}

void Printer::literal(int64_t index) {
  const std::string& ext = m_.literals[index];
  bool is_float = ext.size() > 1 && (ext[1] == 70 || ext[1] == 99);
  text(is_float ? "{float," : "{literal,");
  if (!etf_write(ext, &out_, &error_)) error_ = "literal " + std::to_string(index) + ": " + error_;
  text("}");
}

// decode_arg/4's form.
void Printer::raw(const Operand& a) {
  switch (a.tag) {
    case Tag::Unsigned: text("{u,"); num(a.value); text("}"); return;
    case Tag::Integer: text("{i,"); num(a.value); text("}"); return;
    case Tag::BigInteger: text("{i,"); text(m_.big_integers[a.value]); text("}"); return;
    case Tag::Atom: text("{atom,"); atom(static_cast<uint32_t>(a.value)); text("}"); return;
    case Tag::Nil: text("nil"); return;
    case Tag::X:
    case Tag::Y: {
      if (a.type != kNoType) text("{tr,");
      text(a.tag == Tag::X ? "{x," : "{y,");
      num(a.value);
      text("}");
      if (a.type != kNoType) {
        text(",");
        type(a.type);
        text("}");
      }
      return;
    }
    case Tag::FloatReg: text("{fr,"); num(a.value); text("}"); return;
    case Tag::Label: text("{f,"); num(a.value); text("}"); return;
    case Tag::Char: text("{h,"); num(a.value); text("}"); return;
    case Tag::Literal: literal(a.value); return;
    case Tag::List:  // only bs_create_bin shows a list raw, as the three items {z,1}, {u,N}, [...]
      text("{z,1},{u,");
      num(a.count);
      text("},");
      raw_list(f_->elements(a));
      return;
    case Tag::Alloc: text("{u,"); alloc(a); text("}"); return;
  }
}

// resolve_arg/1's form.
void Printer::res(const Operand& a) {
  switch (a.tag) {
    case Tag::Unsigned: num(a.value); return;
    case Tag::Integer: text("{integer,"); num(a.value); text("}"); return;
    case Tag::BigInteger: text("{integer,"); text(m_.big_integers[a.value]); text("}"); return;
    case Tag::List: text("{list,"); res_list(f_->elements(a)); text("}"); return;
    case Tag::Alloc: alloc(a); return;
    default: raw(a); return;
  }
}

void Printer::raw_list(std::span<const Operand> as) {
  text("[");
  for (size_t i = 0; i < as.size(); ++i) {
    if (i) text(",");
    raw(as[i]);
  }
  text("]");
}

void Printer::res_list(std::span<const Operand> as) {
  text("[");
  for (size_t i = 0; i < as.size(); ++i) {
    if (i) text(",");
    res(as[i]);
  }
  text("]");
}

void Printer::alloc(const Operand& a) {
  static const char* const kKinds[] = {"words", "floats", "funs"};
  text("{alloc,[");
  for (uint32_t i = 0; i < a.count; ++i) {
    if (i) text(",");
    text("{");
    text(kKinds[f_->operands[a.value + 2 * i].value]);
    text(",");
    num(f_->operands[a.value + 2 * i + 1].value);
    text("}");
  }
  text("]}");
}

void Printer::local(const Operand& label) {
  const Function* callee = m_.function_at(static_cast<uint32_t>(label.value));
  text("{");
  atom(1);
  text(",");
  atom(callee->name);
  text(",");
  num(callee->arity);
  text("}");
}

void Printer::import(const Operand& index) {
  const Import& imp = m_.imports[index.value];
  text("{extfunc,");
  atom(imp.module);
  text(",");
  atom(imp.function);
  text(",");
  num(imp.arity);
  text("}");
}

void Printer::string_bytes(int64_t offset, int64_t len) {
  for (int64_t i = 0; i < len; ++i) {
    if (i) text(",");
    num(static_cast<unsigned char>(m_.strings[offset + i]));
  }
}

// {test,Op,Fail,[Args...]} with the arguments resolved.
void Printer::test(const Function& f, const Instruction& in, std::string_view op) {
  auto args = f.args(in);
  text("{test,");
  text(op);
  text(",");
  res(args[0]);
  text(",");
  res_list(args.subspan(1));
  text("}");
}

void Printer::instruction(const Function& f, const Instruction& in) {
  auto a = f.args(in);
  const std::string_view opname = op_name(in.op);
  auto open = [&] {
    text("{");
    name(opname);
  };
  auto sep = [&] { text(","); };
  // {Name,Arg1,...} with every argument in the given form.
  auto tuple_of = [&](std::initializer_list<std::pair<bool, int>> parts) {
    open();
    for (auto [resolved, i] : parts) {
      sep();
      if (resolved) res(a[i]); else raw(a[i]);
    }
    text("}");
  };
  constexpr bool R = true, W = false;  // resolved / raw
  switch (in.op) {
    case Op::label: tuple_of({{R, 0}}); return;
    case Op::func_info: tuple_of({{W, 0}, {W, 1}, {R, 2}}); return;
    case Op::int_code_end: text("int_code_end"); return;
    case Op::call:
    case Op::call_only:
      open(); sep(); res(a[0]); sep(); local(a[1]); text("}");
      return;
    case Op::call_last:
      open(); sep(); res(a[0]); sep(); local(a[1]); sep(); res(a[2]); text("}");
      return;
    case Op::call_ext:
    case Op::call_ext_only:
      open(); sep(); res(a[0]); sep(); import(a[1]); text("}");
      return;
    case Op::call_ext_last:
      open(); sep(); res(a[0]); sep(); import(a[1]); sep(); res(a[2]); text("}");
      return;
    case Op::bif0:
      text("{bif,"); bif_name(a[0]); text(",nofail,[],"); res(a[1]); text("}");
      return;
    case Op::bif1:
      text("{bif,"); bif_name(a[1]); sep(); res(a[0]); text(",["); res(a[2]); text("],"); res(a[3]); text("}");
      return;
    case Op::bif2:
      text("{bif,"); bif_name(a[1]); sep(); res(a[0]); text(",["); res(a[2]); sep(); res(a[3]); text("],"); res(a[4]);
      text("}");
      return;
    case Op::gc_bif1:
    case Op::gc_bif2:
    case Op::gc_bif3: {
      size_t n = in.op == Op::gc_bif1 ? 1 : in.op == Op::gc_bif2 ? 2 : 3;
      text("{gc_bif,"); bif_name(a[2]); sep(); res(a[0]); sep(); res(a[1]); text(",");
      res_list(a.subspan(3, n)); sep(); res(a[3 + n]); text("}");
      return;
    }
    case Op::allocate:
    case Op::allocate_zero:
    case Op::test_heap:
      tuple_of({{R, 0}, {R, 1}});
      return;
    case Op::allocate_heap:
    case Op::allocate_heap_zero:
      tuple_of({{R, 0}, {R, 1}, {R, 2}});
      return;
    case Op::init:
    case Op::loop_rec_end:
    case Op::wait:
    case Op::jump:
    case Op::catch_end:
    case Op::try_end:
    case Op::try_case:
    case Op::recv_mark:
    case Op::recv_set:
    case Op::recv_marker_clear:
    case Op::recv_marker_reserve:
    case Op::recv_marker_use:
      tuple_of({{W, 0}});
      return;
    case Op::deallocate:
    case Op::call_fun:
    case Op::apply:
    case Op::line:
    case Op::badmatch:
    case Op::case_end:
    case Op::try_case_end:
    case Op::fcheckerror:
    case Op::badrecord:
      tuple_of({{R, 0}});
      return;
    case Op::return_:
    case Op::send:
    case Op::remove_message:
    case Op::timeout:
    case Op::if_end:
    case Op::fclearerror:
    case Op::bs_init_writable:
    case Op::on_load:
    case Op::build_stacktrace:
    case Op::raw_raise:
    case Op::nif_start:
      name(opname);
      return;
    case Op::loop_rec:
    case Op::catch_:
    case Op::try_:
    case Op::get_hd:
    case Op::get_tl:
    case Op::bs_set_position:
    case Op::recv_marker_bind:
      tuple_of({{W, 0}, {W, 1}});
      return;
    case Op::wait_timeout:
      tuple_of({{W, 0}, {R, 1}});
      return;
    case Op::is_lt:
    case Op::is_ge:
    case Op::is_eq:
    case Op::is_ne:
    case Op::is_eq_exact:
    case Op::is_ne_exact:
    case Op::is_integer:
    case Op::is_float:
    case Op::is_number:
    case Op::is_atom:
    case Op::is_pid:
    case Op::is_reference:
    case Op::is_port:
    case Op::is_nil:
    case Op::is_binary:
    case Op::is_list:
    case Op::is_nonempty_list:
    case Op::is_tuple:
    case Op::test_arity:
    case Op::is_function:
    case Op::is_boolean:
    case Op::is_function2:
    case Op::is_bitstr:
    case Op::is_map:
    case Op::is_tagged_tuple:
      test(f, in, opname);
      return;
    case Op::select_val:
    case Op::select_tuple_arity:
      tuple_of({{W, 0}, {W, 1}, {R, 2}});
      return;
    case Op::move:
      tuple_of({{R, 0}, {W, 1}});
      return;
    case Op::get_list:
    case Op::bs_get_tail:
    case Op::bs_get_position:
      tuple_of({{W, 0}, {W, 1}, {W, 2}});
      return;
    case Op::get_tuple_element:
    case Op::set_tuple_element:
      tuple_of({{R, 0}, {R, 1}, {R, 2}});
      return;
    case Op::put_list:
      tuple_of({{R, 0}, {R, 1}, {W, 2}});
      return;
    case Op::swap:
      tuple_of({{R, 0}, {R, 1}});
      return;
    case Op::bs_put_integer:
    case Op::bs_put_binary:
    case Op::bs_put_float:
      open(); sep(); raw(a[0]); sep(); res(a[1]); sep(); res(a[2]); sep(); flags(a[3]); sep(); res(a[4]); text("}");
      return;
    case Op::bs_put_string:
      open(); sep(); res(a[0]); text(",{string,["); string_bytes(a[1].value, a[0].value); text("]}}");
      return;
    case Op::fmove:
    case Op::fconv:
      tuple_of({{R, 0}, {R, 1}});
      return;
    case Op::fadd:
    case Op::fsub:
    case Op::fmul:
    case Op::fdiv:
      text("{arithfbif,"); name(opname); sep(); res(a[0]); text(",["); res(a[1]); sep(); res(a[2]); text("],"); res(a[3]);
      text("}");
      return;
    case Op::fnegate:
      text("{arithfbif,fnegate,"); res(a[0]); text(",["); res(a[1]); text("],"); res(a[2]); text("}");
      return;
    case Op::make_fun2:
    case Op::make_fun3: {
      const Lambda& l = m_.lambdas[a[0].value];
      open(); text(",{"); atom(1); sep(); atom(l.function); sep(); num(l.arity); text("},");
      num(a[0].value); sep(); num(l.old_uniq);
      if (in.op == Op::make_fun2) {
        sep(); num(l.num_free);
      } else {
        sep(); raw(a[1]); sep(); res(a[2]);
      }
      text("}");
      return;
    }
    case Op::raise:
      text("{raise,{f,0},"); raw_list(a); text(",{x,0}}");
      return;
    case Op::bs_init2:
    case Op::bs_init_bits:
      open(); sep(); raw(a[0]); sep(); res(a[1]); sep(); res(a[2]); sep(); res(a[3]); sep(); flags(a[4]); sep(); res(a[5]);
      text("}");
      return;
    case Op::bs_add:
      open(); sep(); raw(a[0]); text(",["); res(a[1]); sep(); res(a[2]); sep(); res(a[3]); text("],"); res(a[4]); text("}");
      return;
    case Op::apply_last:
    case Op::trim:
      tuple_of({{R, 0}, {R, 1}});
      return;
    case Op::bs_get_integer2:
    case Op::bs_get_float2:
    case Op::bs_get_binary2:
      text("{test,"); name(opname); sep(); raw(a[0]); text(",["); raw(a[1]); sep(); res(a[2]); sep(); res(a[3]); sep();
      res(a[4]); sep(); flags(a[5]); sep(); res(a[6]); text("]}");
      return;
    case Op::bs_skip_bits2:
      text("{test,bs_skip_bits2,"); raw(a[0]); text(",["); raw(a[1]); sep(); res(a[2]); sep(); res(a[3]); sep();
      flags(a[4]); text("]}");
      return;
    case Op::bs_test_tail2:
    case Op::bs_test_unit:
      text("{test,"); name(opname); sep(); raw(a[0]); text(",["); raw(a[1]); sep(); res(a[2]); text("]}");
      return;
    case Op::bs_match_string:
      text("{test,bs_match_string,"); raw(a[0]); text(",["); raw(a[1]); sep(); res(a[2]); text(",<<");
      string_bytes(a[3].value, (a[2].value + 7) / 8); text(">>]}");
      return;
    case Op::bs_append:
      open(); sep(); raw(a[0]); sep(); res(a[1]); sep(); res(a[2]); sep(); res(a[3]); sep(); res(a[4]); sep(); res(a[5]);
      sep(); flags(a[6]); sep(); res(a[7]); text("}");
      return;
    case Op::bs_private_append:
      open(); sep(); raw(a[0]); sep(); res(a[1]); sep(); res(a[2]); sep(); res(a[3]); sep(); flags(a[4]); sep(); res(a[5]);
      text("}");
      return;
    case Op::bs_get_utf8:
    case Op::bs_get_utf16:
    case Op::bs_get_utf32:
      text("{test,"); name(opname); sep(); raw(a[0]); text(",["); res(a[1]); sep(); res(a[2]); sep(); flags(a[3]); sep();
      res(a[4]); text("]}");
      return;
    case Op::bs_skip_utf8:
    case Op::bs_skip_utf16:
    case Op::bs_skip_utf32:
      text("{test,"); name(opname); sep(); raw(a[0]); text(",["); res(a[1]); sep(); res(a[2]); sep(); flags(a[3]);
      text("]}");
      return;
    case Op::bs_utf8_size:
    case Op::bs_utf16_size:
      tuple_of({{W, 0}, {R, 1}, {R, 2}});
      return;
    case Op::bs_put_utf8:
    case Op::bs_put_utf16:
    case Op::bs_put_utf32:
      open(); sep(); raw(a[0]); sep(); flags(a[1]); sep(); res(a[2]); text("}");
      return;
    case Op::put_map_assoc:
    case Op::put_map_exact:
      tuple_of({{W, 0}, {W, 1}, {W, 2}, {R, 3}, {R, 4}});
      return;
    case Op::has_map_fields:
      text("{test,has_map_fields,"); raw(a[0]); sep(); raw(a[1]); sep(); res(a[2]); text("}");
      return;
    case Op::get_map_elements:
      tuple_of({{W, 0}, {W, 1}, {R, 2}});
      return;
    case Op::put_tuple2:
      tuple_of({{W, 0}, {R, 1}});
      return;
    case Op::bs_start_match3:
    case Op::bs_start_match4:
      tuple_of({{W, 0}, {W, 1}, {W, 2}, {W, 3}});
      return;
    case Op::init_yregs:
      tuple_of({{R, 0}});
      return;
    case Op::bs_create_bin:
      text("{bs_create_bin,[{");
      for (int i = 0; i < 6; ++i) {
        if (i) sep();
        raw(a[i]);
      }
      text("}]}");
      return;
    case Op::call_fun2:
      tuple_of({{W, 0}, {R, 1}, {W, 2}});
      return;
    // Obsolete opcodes (read_file rejects them) and others beam_disasm has no form for:
    // {Name,[raw operands]}.
    case Op::m_plus: case Op::m_minus: case Op::m_times: case Op::m_div: case Op::int_div: case Op::int_rem:
    case Op::int_band: case Op::int_bor: case Op::int_bxor: case Op::int_bsl: case Op::int_bsr: case Op::int_bnot:
    case Op::is_constant: case Op::put_string: case Op::put_tuple: case Op::put: case Op::make_fun:
    case Op::bs_start_match: case Op::bs_get_integer: case Op::bs_get_float: case Op::bs_get_binary:
    case Op::bs_skip_bits: case Op::bs_test_tail: case Op::bs_save: case Op::bs_restore: case Op::bs_init:
    case Op::bs_final: case Op::bs_need_buf: case Op::bs_bits_to_bytes: case Op::bs_start_match2:
    case Op::bs_save2: case Op::bs_restore2: case Op::bs_final2: case Op::bs_bits_to_bytes2:
    case Op::put_literal: case Op::bs_context_to_binary:
      open(); sep(); raw_list(a); text("}");
      return;
  }
}

bool Printer::module() {
  text("{module,");
  atom(1);
  text("}.\n{exports,[");
  std::vector<const Export*> exports;
  for (const Export& e : m_.exports) exports.push_back(&e);
  std::sort(exports.begin(), exports.end(), [&](const Export* x, const Export* y) {
    return std::tie(m_.atoms[x->function], x->arity, x->label) < std::tie(m_.atoms[y->function], y->arity, y->label);
  });
  for (size_t i = 0; i < exports.size(); ++i) {
    if (i) text(",");
    text("{");
    atom(exports[i]->function);
    text(",");
    num(exports[i]->arity);
    text(",");
    num(exports[i]->label);
    text("}");
  }
  text("]}.\n");
  for (const Function& f : m_.functions) {
    f_ = &f;
    text("{function,");
    atom(f.name);
    text(",");
    num(f.arity);
    text(",");
    num(f.entry);
    text(",\n");
    for (size_t i = 0; i < f.code.size(); ++i) {
      text(i == 0 ? " [" : "  ");
      instruction(f, f.code[i]);
      text(i + 1 == f.code.size() ? "]}.\n" : ",\n");
    }
  }
  return error_.empty();
}

}  // namespace

bool disassemble(const Module& module, std::string* out, std::string* error) {
  Printer p(module, out);
  if (p.module()) return true;
  *error = module.path + ": cannot print a literal";
  return false;
}

int dump_beam_file(const std::string& path, std::FILE* out, std::FILE* err) {
  Module m;
  std::string error, text;
  if (!read_file(path, &m, &error) || !disassemble(m, &text, &error)) {
    std::fprintf(err, "%s\n", error.c_str());
    return 1;
  }
  std::fwrite(text.data(), 1, text.size(), out);
  return std::fflush(out) == 0 ? 0 : 1;
}

}  // namespace sy::beam
