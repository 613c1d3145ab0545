// A .beam file decoded: the tables of its chunks, and its code split into functions with
// every operand decoded from the compact term encoding. Nothing here touches the VM:
// atoms are strings, literals stay external term format bytes (the terms layer turns
// them into values), and the translator walks Function::code.
//
// When read_file returns true, every operand has a tag its opcode's letters in opcodes.h
// admit, and everything an index names has been checked: atom, import, literal, FunT, type
// and line indexes are in range, every label operand names a label defined in the code,
// local calls target function entries, register numbers are below kMaxRegister, and every
// function has the shape `label L1, [line], func_info M F A, label L2, ...`.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/beam/loader/opcodes.h"

namespace sy::beam {

inline constexpr uint32_t kMaxRegister = 1024;  // x, y and fr registers are 0..1023
inline constexpr uint32_t kNoType = UINT32_MAX;

// What an operand is. The names follow beam_asm's operand forms.
enum class Tag : uint8_t {
  Unsigned,    // `u`: arity, count, Live, size, unit, field flags, or an index: import
               // (call_ext, bif*, gc_bif*), FunT (make_fun3, call_fun2), StrT offset,
               // line item (line)
  Integer,     // `i` within int64: value
  BigInteger,  // `i` outside int64: value indexes Module::big_integers
  Atom,        // `a` N > 0: value indexes Module::atoms
  Nil,         // `a` 0: []
  X,           // value = register number; `type` set for a typed register (z 5)
  Y,           // value = stack slot; `type` as for X
  FloatReg,    // z 2: value = float register number
  Label,       // `f`: value = label; 0 = no fail label (raise instead of jumping)
  Char,        // `h`: value = character (obsolete; OTP 25 never emits it)
  Literal,     // z 4: value indexes Module::literals
  List,        // z 1: `count` elements at Function::operands[value...]
  Alloc,       // z 3: `count` (kind, number) pairs as 2*count Unsigned operands at
               // Function::operands[value...]; kind 0 words, 1 floats, 2 funs
};

struct Operand {
  Tag tag = Tag::Nil;
  uint32_t count = 0;        // List, Alloc
  uint32_t type = kNoType;   // X, Y: index into Module::types when the register is typed
  int64_t value = 0;
};

struct Instruction {
  Op op;
  uint8_t argc = 0;     // op_arity(op); an extended list is one operand
  uint32_t first = 0;   // index of operand 0 in Function::operands
  uint32_t offset = 0;  // file offset of the opcode byte (for messages)
};

struct Function {
  uint32_t name = 0;    // atom index
  uint32_t arity = 0;
  uint32_t label = 0;   // the label before func_info: jumping there raises function_clause
  uint32_t entry = 0;   // the label after func_info: where calls and exports land
  uint32_t line = 0;    // line item of the `line` before func_info, 0 if none
  // From the `label` before func_info up to the next function (int_code_end excluded).
  std::vector<Instruction> code;
  std::vector<Operand> operands;  // every instruction's operands, then list elements

  std::span<const Operand> args(const Instruction& in) const {
    return {operands.data() + in.first, in.argc};
  }
  const Operand& arg(const Instruction& in, int i) const { return operands[in.first + i]; }
  // The elements of a List operand.
  std::span<const Operand> elements(const Operand& list) const {
    return {operands.data() + list.value, list.count};
  }
};

// Heap space an Alloc operand (or a plain Unsigned word count) asks for.
struct HeapNeed {
  uint64_t words = 0, floats = 0, funs = 0;
};
HeapNeed heap_need(const Function& f, const Operand& op);

struct Import {  // ImpT: what call_ext*, bif* and gc_bif* operands index (0-based)
  uint32_t module, function, arity;  // atom, atom, arity
};

struct Export {  // ExpT and LocT entries
  uint32_t function, arity, label;   // atom, arity, entry label
};

struct Lambda {  // FunT: what make_fun3 and call_fun2 operands index (0-based)
  uint32_t function, arity, label;   // arity includes the num_free captured values
  uint32_t index, num_free, old_uniq;
};

struct LineItem {
  uint32_t file;  // index into Module::line_files
  uint32_t line;
};

// A Type chunk entry (version 1): a union of the kType* bits, and an integer range that
// holds when min <= max.
struct TypeEntry {
  uint16_t bits = 0;
  int64_t min = 0, max = -1;
  bool has_range() const { return min <= max; }
};
enum TypeBit : uint16_t {
  kTypeAtom = 1, kTypeBitstring = 2, kTypeBsMatchState = 4, kTypeCons = 8, kTypeFloat = 16,
  kTypeFun = 32, kTypeInteger = 64, kTypeMap = 128, kTypeNil = 256, kTypePid = 512,
  kTypePort = 1024, kTypeReference = 2048, kTypeTuple = 4096, kTypeAny = 0x1FFF,
};

struct Chunk {
  std::string id;       // four characters, e.g. "Code"
  uint32_t offset = 0;  // of the chunk's data in the file
  uint32_t size = 0;    // without padding
};

struct Module {
  std::string path;                      // as given to read_file (messages use it)
  std::vector<Chunk> chunks;             // every chunk in file order, known or not
  std::vector<std::string> atoms;        // atoms[0] is unused ("a 0" is Nil); atoms[1] = module
  std::vector<Import> imports;
  std::vector<Export> exports;
  std::vector<Export> locals;            // empty without a LocT chunk
  std::vector<Lambda> lambdas;
  std::vector<std::string> literals;     // external term format, each starting with 131
  std::string strings;                   // StrT: bs_match_string / bs_create_bin strings
  std::vector<std::string> line_files;   // [0] = "<module>.erl"; empty without Line
  std::vector<LineItem> line_items;      // [0] = undefined location; empty without Line
  std::vector<TypeEntry> types;          // empty without a (version 1) Type chunk
  std::vector<std::string> big_integers; // decimal, with a leading '-' when negative
  std::string attributes;                // Attr: external term format, empty if absent
  std::string compile_info;              // CInf: external term format, empty if absent
  std::string meta;                      // Meta: external term format, empty if absent
  uint32_t max_opcode = 0;               // from the Code header
  uint32_t label_count = 0;              // labels are 1..label_count-1
  std::vector<Function> functions;       // in code order

  struct LabelPos {
    uint32_t function = UINT32_MAX;  // index into functions; UINT32_MAX: not defined
    uint32_t instruction = 0;        // index of the `label` instruction in its code
  };
  std::vector<LabelPos> labels;          // indexed by label number, size label_count

  const std::string& name() const { return atoms[1]; }
  // The function whose entry label is `label`, or nullptr.
  const Function* function_at(uint32_t label) const;
  const Function* find_function(std::string_view name, uint32_t arity) const;
};

// Reads and decodes a .beam file. On failure returns false and sets `error` to
// "path: what is wrong" (naming the chunk, byte offset or function where known).
bool read_file(const std::string& path, Module* out, std::string* error);
// The same for a file image already in memory; `path` is only used in messages.
bool read_image(std::string_view image, const std::string& path, Module* out, std::string* error);

}  // namespace sy::beam
