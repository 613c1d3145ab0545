// The Code chunk's instruction stream: compact-term operands (beam_asm:encode_arg/2, erts
// beamreader_read_tagged and beamcodereader_read_next), function boundaries (the
// `label, [line], func_info, label` pattern erts' beamcodereader_next looks for), and the
// checks that make every index in the decoded code safe to follow.
#include <gmp.h>

#include <charconv>
#include <string>
#include <vector>

#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/loader/byte_reader.h"

namespace sy::beam {

bool read_compact(ByteReader& r, Compact* out, std::string* why) {
  uint8_t b;
  if (!r.u8(&b)) return *why = "operand cut short by the end of the code", false;
  *out = Compact{};
  out->tag = b & 7;
  if ((b & 0x08) == 0) {
    out->value = b >> 4;
    return true;
  }
  if ((b & 0x10) == 0) {
    uint8_t lo;
    if (!r.u8(&lo)) return *why = "operand cut short by the end of the code", false;
    out->value = int64_t{b & 0xE0} << 3 | lo;
    return true;
  }
  size_t len = (b >> 5) + 2;
  if (len == 9) {  // the length itself follows as a `u` operand, minus 9
    Compact n;
    if (!read_compact(r, &n, why)) return false;
    if (n.tag != kTagU || n.big || n.value > INT32_MAX) return *why = "malformed length of a long operand", false;
    len = static_cast<size_t>(n.value) + 9;
  }
  const uint8_t* bytes;
  if (!r.bytes(len, &bytes)) return *why = "operand of " + std::to_string(len) + " bytes cut short by the end of the code", false;
  if (len <= 8) {
    uint64_t v = 0;
    for (size_t i = 0; i < len; ++i) v = v << 8 | bytes[i];
    if (out->tag == kTagI) {
      unsigned shift = static_cast<unsigned>(64 - 8 * len);
      out->value = static_cast<int64_t>(v << shift) >> shift;  // sign-extend
      return true;
    }
    if (v <= INT64_MAX) {
      out->value = static_cast<int64_t>(v);
      return true;
    }
  }
  out->big = true;
  out->bytes = bytes;
  out->len = len;
  return true;
}

std::string twos_complement_to_decimal(const uint8_t* bytes, size_t len) {
  bool negative = len > 0 && (bytes[0] & 0x80);
  std::vector<uint8_t> mag(bytes, bytes + len);
  if (negative) {  // magnitude = ~x + 1
    unsigned carry = 1;
    for (size_t i = len; i-- > 0;) {
      unsigned v = (~mag[i] & 0xFFu) + carry;
      mag[i] = static_cast<uint8_t>(v);
      carry = v >> 8;
    }
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, len, 1, 1, 1, 0, mag.data());
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data() + 1, 10, z);
  mpz_clear(z);
  s[0] = '-';
  s.resize(std::char_traits<char>::length(s.c_str()));
  return negative ? s : s.substr(1);
}

namespace {

class CodeReader {
 public:
  CodeReader(ByteReader code, uint32_t function_count, Module* m, std::string* why)
      : r_(code), function_count_(function_count), m_(m), why_(why) {}
  bool read();

 private:
  bool fail(size_t offset, const std::string& what) {
    *why_ = (current_.empty() ? std::string("Code chunk") : "function " + current_) + ", offset " +
            std::to_string(offset) + ": " + what;
    return false;
  }
  bool fail_in(const Function& f, const Instruction& in, const std::string& what) {
    *why_ = "function " + name_of(f) + ", offset " + std::to_string(in.offset) + ": " + what;
    return false;
  }
  std::string name_of(const Function& f) const { return m_->atoms[f.name] + "/" + std::to_string(f.arity); }

  bool decode_instructions();
  bool decode_operand(size_t slot, bool last, bool in_list);
  bool split_functions();
  bool check_function(const Function& f);
  bool check_operand(const Function& f, const Instruction& in, char kind, const Operand& a, const std::string& which);
  bool check_strings(const Function& f, const Instruction& in);

  ByteReader r_;
  uint32_t function_count_;
  Module* m_;
  std::string* why_;
  std::string current_;  // "name/arity" of the last func_info read, for messages
  std::vector<Instruction> code_;
  std::vector<Operand> pool_;
};

bool CodeReader::read() {
  return decode_instructions() && split_functions();
}

bool CodeReader::decode_instructions() {
  while (!r_.at_end()) {
    size_t at = r_.offset();
    uint8_t opcode;
    r_.u8(&opcode);
    const OpInfo* info = op_info(opcode);
    if (!info) {
      return fail(at, "unknown opcode " + std::to_string(opcode) +
                          (opcode == 0 ? std::string(" (opcodes start at 1)")
                                       : " (OTP 25 defines 1.." + std::to_string(kMaxOpcode) + ")"));
    }
    Op op = static_cast<Op>(opcode);
    if (info->status == OpStatus::Deprecated)
      return fail(at, "opcode " + std::to_string(opcode) + " (" + std::string(info->name) +
                          ") is obsolete: OTP 25 no longer loads it; recompile the module");
    Instruction in{op, info->arity, static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(at)};
    pool_.resize(pool_.size() + info->arity);
    for (int i = 0; i < info->arity; ++i)
      if (!decode_operand(in.first + i, i + 1 == info->arity, false)) return false;
    code_.push_back(in);
    if (op == Op::func_info) {
      const Operand& f = pool_[in.first + 1];
      const Operand& a = pool_[in.first + 2];
      if (f.tag == Tag::Atom && a.tag == Tag::Unsigned)
        current_ = m_->atoms[f.value] + "/" + std::to_string(a.value);
    }
    if (op == Op::int_code_end) {
      if (!r_.at_end())
        return fail(r_.offset(), std::to_string(r_.left()) + " bytes follow int_code_end");
      return true;
    }
  }
  return fail(r_.offset(), "the code ends without int_code_end");
}

// Decodes one operand into pool_[slot]; list elements go to the end of the pool.
bool CodeReader::decode_operand(size_t slot, bool last, bool in_list) {
  size_t at = r_.offset();
  Compact c;
  std::string why;
  if (!read_compact(r_, &c, &why)) return fail(at, why);
  Operand o;
  auto small = [&](const char* what) {
    if (!c.big) return true;
    return fail(at, std::string(what) + " operand does not fit 64 bits");
  };
  auto below = [&](int64_t limit, const std::string& what) {
    if (c.value < limit) return true;
    return fail(at, what + " " + std::to_string(c.value) + " out of range (limit " + std::to_string(limit) + ")");
  };
  switch (c.tag) {
    case kTagU:
      if (!small("unsigned")) return false;
      o = {Tag::Unsigned, 0, kNoType, c.value};
      break;
    case kTagI:
      if (c.big) {
        std::string digits = twos_complement_to_decimal(c.bytes, c.len);
        int64_t small_value;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), small_value);
        if (ec == std::errc() && end == digits.data() + digits.size()) {  // an over-long encoding of a small value
          o = {Tag::Integer, 0, kNoType, small_value};
        } else {
          o = {Tag::BigInteger, 0, kNoType, static_cast<int64_t>(m_->big_integers.size())};
          m_->big_integers.push_back(std::move(digits));
        }
      } else {
        o = {Tag::Integer, 0, kNoType, c.value};
      }
      break;
    case kTagA:
      if (!small("atom")) return false;
      if (c.value == 0) {
        o = {Tag::Nil, 0, kNoType, 0};
      } else {
        if (c.value >= static_cast<int64_t>(m_->atoms.size()))
          return fail(at, "atom index " + std::to_string(c.value) + " out of range (the atom table has 1.." +
                              std::to_string(m_->atoms.size() - 1) + ")");
        o = {Tag::Atom, 0, kNoType, c.value};
      }
      break;
    case kTagX:
    case kTagY:
      if (!small("register") || !below(kMaxRegister, c.tag == kTagX ? "x register" : "y register")) return false;
      o = {c.tag == kTagX ? Tag::X : Tag::Y, 0, kNoType, c.value};
      break;
    case kTagF:
      if (!small("label")) return false;
      if (c.value >= m_->label_count)
        return fail(at, "label " + std::to_string(c.value) + " out of range (the Code header declares labels 1.." +
                            std::to_string(m_->label_count - 1) + ")");
      o = {Tag::Label, 0, kNoType, c.value};
      break;
    case kTagH:
      if (!small("character")) return false;
      o = {Tag::Char, 0, kNoType, c.value};
      break;
    case kTagZ: {
      if (c.big) return fail(at, "malformed extended operand");
      auto read_u = [&](const char* what, int64_t* v) {
        size_t uat = r_.offset();
        Compact u;
        if (!read_compact(r_, &u, &why)) return fail(uat, why);
        if (u.tag != kTagU || u.big) return fail(uat, std::string(what) + " must be an unsigned operand");
        *v = u.value;
        return true;
      };
      int64_t v;
      switch (c.value) {
        case 0:
          return fail(at, "inline float operand (extended tag 0): superseded in OTP R16B by literals");
        case 1: {  // list: count, then that many operands
          if (!last || in_list) return fail(at, "an extended list must be the last operand of its instruction");
          if (!read_u("list length", &v)) return false;
          if (v > static_cast<int64_t>(r_.left())) return fail(at, "list of " + std::to_string(v) + " elements runs past the end of the code");
          size_t first = pool_.size();
          pool_.resize(first + v);
          for (int64_t i = 0; i < v; ++i)
            if (!decode_operand(first + i, false, true)) return false;
          o = {Tag::List, static_cast<uint32_t>(v), kNoType, static_cast<int64_t>(first)};
          break;
        }
        case 2:
          if (!read_u("float register", &v)) return false;
          if (v >= kMaxRegister) return fail(at, "float register " + std::to_string(v) + " out of range (limit 1024)");
          o = {Tag::FloatReg, 0, kNoType, v};
          break;
        case 3: {  // allocation list: count (<= 3), then (kind, number) pairs
          if (in_list) return fail(at, "an allocation list inside a list");
          if (!read_u("allocation list length", &v)) return false;
          if (v > 3) return fail(at, "allocation list of " + std::to_string(v) + " items (at most 3)");
          size_t first = pool_.size();
          for (int64_t i = 0; i < 2 * v; ++i) {
            int64_t x;
            if (!read_u("allocation list item", &x)) return false;
            if (i % 2 == 0 && x > 2) return fail(at, "allocation list kind " + std::to_string(x) + " (0 words, 1 floats, 2 funs)");
            if (i % 2 == 1 && x > INT32_MAX) return fail(at, "allocation list count too large");
            pool_.push_back({Tag::Unsigned, 0, kNoType, x});
          }
          o = {Tag::Alloc, static_cast<uint32_t>(v), kNoType, static_cast<int64_t>(first)};
          break;
        }
        case 4:
          if (!read_u("literal index", &v)) return false;
          if (v >= static_cast<int64_t>(m_->literals.size()))
            return fail(at, "literal index " + std::to_string(v) + " out of range (" +
                                std::to_string(m_->literals.size()) + " literals)");
          o = {Tag::Literal, 0, kNoType, v};
          break;
        case 5: {  // typed register: an x or y operand, then a Type table index
          size_t rat = r_.offset();
          Compact reg;
          if (!read_compact(r_, &reg, &why)) return fail(rat, why);
          if ((reg.tag != kTagX && reg.tag != kTagY) || reg.big)
            return fail(rat, "a typed register must hold an x or y register");
          if (reg.value >= kMaxRegister) return fail(rat, "register " + std::to_string(reg.value) + " out of range (limit 1024)");
          if (!read_u("type index", &v)) return false;
          uint32_t type = kNoType;
          if (!m_->types.empty()) {  // without a Type table erts treats these as plain registers
            if (v >= static_cast<int64_t>(m_->types.size()))
              return fail(at, "type index " + std::to_string(v) + " out of range (" + std::to_string(m_->types.size()) +
                                  " types)");
            type = static_cast<uint32_t>(v);
          }
          o = {reg.tag == kTagX ? Tag::X : Tag::Y, 0, type, reg.value};
          break;
        }
        default:
          return fail(at, "unknown extended operand tag " + std::to_string(c.value));
      }
      break;
    }
  }
  pool_[slot] = o;
  return true;
}

// Cuts the instruction list into functions where erts does: at `label L1, [line N],
// func_info M F A`, which must be followed by the entry label.
bool CodeReader::split_functions() {
  size_t n = code_.size() - 1;  // code_[n] is int_code_end
  m_->labels.assign(m_->label_count, Module::LabelPos{});
  auto starts_function = [&](size_t i) {
    if (i >= n || code_[i].op != Op::label) return false;
    size_t j = i + 1;
    if (j < n && code_[j].op == Op::line) ++j;
    return j < n && code_[j].op == Op::func_info;
  };
  size_t i = 0;
  while (i < n) {
    const Instruction& head = code_[i];
    current_.clear();
    if (!starts_function(i))
      return fail(head.offset, "'" + std::string(op_name(head.op)) +
                                   "' outside any function (a function starts with label, [line], func_info)");
    size_t fi = code_[i + 1].op == Op::line ? i + 2 : i + 1;
    const Operand* info = &pool_[code_[fi].first];
    if (info[0].tag != Tag::Atom || info[1].tag != Tag::Atom || info[2].tag != Tag::Unsigned || info[2].value > 255)
      return fail(code_[fi].offset, "func_info needs a module atom, a function atom and an arity");
    if (info[0].value != 1)
      return fail(code_[fi].offset, "func_info names module '" + m_->atoms[info[0].value] + "', not '" + m_->name() + "'");
    current_ = m_->atoms[info[1].value] + "/" + std::to_string(info[2].value);
    if (fi + 1 >= n || code_[fi + 1].op != Op::label)
      return fail(code_[fi].offset, "func_info is not followed by the function's entry label");
    size_t end = fi + 2;
    while (end < n && !starts_function(end)) ++end;

    Function f;
    f.name = static_cast<uint32_t>(info[1].value);
    f.arity = static_cast<uint32_t>(info[2].value);
    f.line = fi == i + 2 ? static_cast<uint32_t>(pool_[code_[i + 1].first].value) : 0;
    uint32_t base = code_[i].first, limit = code_[end].first;
    f.operands.assign(pool_.begin() + base, pool_.begin() + limit);
    for (Operand& o : f.operands)
      if (o.tag == Tag::List || o.tag == Tag::Alloc) o.value -= base;
    uint32_t index = static_cast<uint32_t>(m_->functions.size());
    for (size_t k = i; k < end; ++k) {
      Instruction in = code_[k];
      in.first -= base;
      if (in.op == Op::label) {
        const Operand& l = f.operands[in.first];
        if (l.tag != Tag::Unsigned || l.value == 0 || l.value >= m_->label_count)
          return fail(in.offset, "label instruction with an invalid label number");
        Module::LabelPos& pos = m_->labels[l.value];
        if (pos.function != UINT32_MAX) return fail(in.offset, "label " + std::to_string(l.value) + " defined twice");
        pos = {index, static_cast<uint32_t>(f.code.size())};
      }
      f.code.push_back(in);
    }
    f.label = static_cast<uint32_t>(f.operands[f.code[0].first].value);
    f.entry = static_cast<uint32_t>(f.operands[f.code[fi + 1 - i].first].value);
    m_->functions.push_back(std::move(f));
    i = end;
  }
  if (m_->functions.size() != function_count_) {
    current_.clear();
    return fail(code_[n].offset, "the Code header announces " + std::to_string(function_count_) +
                                     " functions, the code has " + std::to_string(m_->functions.size()));
  }
  for (const Function& f : m_->functions)
    if (!check_function(f)) return false;
  return true;
}

const char* describe(Tag tag) {
  switch (tag) {
    case Tag::Unsigned: return "an unsigned integer";
    case Tag::Integer:
    case Tag::BigInteger: return "an integer";
    case Tag::Atom: return "an atom";
    case Tag::Nil: return "[]";
    case Tag::X: return "an x register";
    case Tag::Y: return "a y register";
    case Tag::FloatReg: return "a float register";
    case Tag::Label: return "a label";
    case Tag::Char: return "a character";
    case Tag::Literal: return "a literal";
    case Tag::List: return "a list";
    case Tag::Alloc: return "an allocation list";
  }
  return "?";
}

// What an operand letter of opcodes.h admits: the tags, and how to say it.
bool admits(char kind, Tag t, const char** want) {
  bool term = t == Tag::X || t == Tag::Y || t == Tag::Integer || t == Tag::BigInteger || t == Tag::Atom ||
              t == Tag::Nil || t == Tag::Literal;
  bool reg = t == Tag::X || t == Tag::Y;
  switch (kind) {
    case 's': *want = "a term (register, integer, atom, [] or literal)"; return term;
    case 'd': *want = "an x or y register"; return reg;
    case 'x': *want = "an x register"; return t == Tag::X;
    case 'y': *want = "a y register"; return t == Tag::Y;
    case 'f': *want = "a label"; return t == Tag::Label;
    case 'c': *want = "the entry label of a function"; return t == Tag::Label;
    case 'u': *want = "an unsigned integer"; return t == Tag::Unsigned;
    case 'a': *want = "an atom"; return t == Tag::Atom;
    case 'l': *want = "a float register"; return t == Tag::FloatReg;
    case 'h': *want = "a heap size (unsigned or allocation list)"; return t == Tag::Unsigned || t == Tag::Alloc;
    case 'e': *want = "a term or a float register"; return term || t == Tag::FloatReg;
    case 'g': *want = "a register or a float register"; return reg || t == Tag::FloatReg;
    case 'I': *want = "an import index"; return t == Tag::Unsigned;
    case 'F': *want = "an index into FunT"; return t == Tag::Unsigned;
    case 'N': *want = "an index into the line table"; return t == Tag::Unsigned;
    case 't': *want = "an atom or an index into FunT"; return t == Tag::Atom || t == Tag::Unsigned;
    case 'b': *want = "an atom or a label"; return t == Tag::Atom || t == Tag::Label;
    case '*': *want = "anything but a list"; return t != Tag::List;
    default: *want = "?"; return false;
  }
}

// Operand `a` (`which`: "operand 2", "list element 3") against its letter `kind`.
bool CodeReader::check_operand(const Function& f, const Instruction& in, char kind, const Operand& a,
                               const std::string& which) {
  const std::string op(op_name(in.op));
  const char* want;
  if (!admits(kind, a.tag, &want))
    return fail_in(f, in, op + ": " + which + " must be " + want + ", not " + describe(a.tag));
  auto index = [&](size_t limit, const char* what, const char* table) {
    if (static_cast<uint64_t>(a.value) < limit) return true;
    return fail_in(f, in, op + ": " + what + " " + std::to_string(a.value) + " out of range (" + std::to_string(limit) +
                              " " + table + ")");
  };
  switch (kind) {
    case 'I': return index(m_->imports.size(), "import index", "imports");
    case 'F': return index(m_->lambdas.size(), "index into FunT", "funs");
    case 't': return a.tag != Tag::Unsigned || index(m_->lambdas.size(), "index into FunT", "funs");
    case 'N':  // without a Line chunk the index is never followed
      return m_->line_items.empty() || index(m_->line_items.size(), "index into the line table", "line items");
    default: break;
  }
  if (a.tag == Tag::Label && a.value != 0) {
    if (m_->labels[a.value].function == UINT32_MAX)
      return fail_in(f, in, op + " refers to label " + std::to_string(a.value) + ", which is not defined");
    if (kind == 'c' && !m_->function_at(static_cast<uint32_t>(a.value)))
      return fail_in(f, in, op + ": the target must be the entry label of a function");
  }
  if (kind == 'c' && a.value == 0) return fail_in(f, in, op + ": the target must be the entry label of a function");
  return true;
}

// Strings in StrT that bs_match_string, bs_put_string and bs_create_bin refer to.
bool CodeReader::check_strings(const Function& f, const Instruction& in) {
  auto inside = [&](int64_t offset, int64_t len) {
    return offset >= 0 && len >= 0 && static_cast<uint64_t>(offset) + static_cast<uint64_t>(len) <= m_->strings.size();
  };
  auto outside = [&](const char* what) {
    return fail_in(f, in, std::string(op_name(in.op)) + ": " + what + " lies outside the string table ('StrT', " +
                              std::to_string(m_->strings.size()) + " bytes)");
  };
  switch (in.op) {
    case Op::bs_match_string:
      if (!inside(f.arg(in, 3).value, (f.arg(in, 2).value + 7) / 8)) return outside("the string");
      return true;
    case Op::bs_put_string:
      if (!inside(f.arg(in, 1).value, f.arg(in, 0).value)) return outside("the string");
      return true;
    case Op::bs_create_bin: {
      // Six operands per segment: Type Seg Unit Flags Value Size; a `string` segment's
      // Value is a StrT offset and its Size a byte count.
      auto segs = f.elements(f.arg(in, 5));
      for (size_t s = 0; s < segs.size(); s += 6) {
        if (segs[s].tag != Tag::Atom || m_->atoms[segs[s].value] != "string") continue;
        const Operand& offset = segs[s + 4];
        const Operand& size = segs[s + 5];
        if (offset.tag != Tag::Unsigned || (size.tag != Tag::Unsigned && size.tag != Tag::Integer) ||
            !inside(offset.value, size.value))
          return outside("a string segment");
      }
      return true;
    }
    default:
      return true;
  }
}

// Every operand against its letter in opcodes.h, then what letters cannot say: a local
// call's arity, and strings inside StrT.
bool CodeReader::check_function(const Function& f) {
  for (const Instruction& in : f.code) {
    std::string_view letters = op_info(static_cast<unsigned>(in.op))->operands;
    auto args = f.args(in);
    size_t k = 0;
    for (size_t i = 0; i < args.size(); ++i, ++k) {
      const Operand& a = args[i];
      std::string which = "operand " + std::to_string(i + 1);
      if (letters[k] != '[') {
        if (!check_operand(f, in, letters[k], a, which)) return false;
        continue;
      }
      size_t close = letters.find(']', k);
      std::string_view group = letters.substr(k + 1, close - k - 1);
      k = close;
      if (a.tag != Tag::List)
        return fail_in(f, in, std::string(op_name(in.op)) + ": " + which + " must be a list, not " + describe(a.tag));
      if (a.count % group.size() != 0)
        return fail_in(f, in, std::string(op_name(in.op)) + ": the list of " + std::to_string(a.count) +
                                  " elements must hold groups of " + std::to_string(group.size()));
      auto elements = f.elements(a);
      for (size_t e = 0; e < elements.size(); ++e)
        if (!check_operand(f, in, group[e % group.size()], elements[e], "list element " + std::to_string(e + 1)))
          return false;
    }
    if (in.op == Op::call || in.op == Op::call_last || in.op == Op::call_only) {
      const Function* callee = m_->function_at(static_cast<uint32_t>(f.arg(in, 1).value));
      if (static_cast<uint64_t>(f.arg(in, 0).value) != callee->arity)
        return fail_in(f, in, std::string(op_name(in.op)) + " of " + name_of(*callee) + " with arity operand " +
                                  std::to_string(f.arg(in, 0).value));
    }
    if (!check_strings(f, in)) return false;
  }
  return true;
}

}  // namespace

bool read_code(ByteReader code, uint32_t function_count, Module* module, std::string* why) {
  return CodeReader(code, function_count, module, why).read();
}

}  // namespace sy::beam
