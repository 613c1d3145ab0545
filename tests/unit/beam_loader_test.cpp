// The .beam loader (frontends/beam/loader): the opcode table against OTP's, what it decodes
// from erlc's output, every installed OTP module, the exact error for each kind of bad
// input, random corruption that must never crash it, and the module search path.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/loader/disasm.h"
#include "frontends/beam/loader/etf.h"
#include "frontends/beam/loader/search_path.h"

namespace sy::beam {
namespace {

namespace fs = std::filesystem;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string prog(const char* name) { return slurp(std::string(SY_BEAM_LOADER_PROGS) + "/" + name + ".beam"); }

Module load_ok(const std::string& image, const std::string& name = "t.beam") {
  Module m;
  std::string error;
  EXPECT_TRUE(read_image(image, name, &m, &error)) << error;
  return m;
}

// The loader's error for an image, or "" when it loads.
std::string load_error(const std::string& image) {
  Module m;
  std::string error;
  return read_image(image, "t.beam", &m, &error) ? "" : error;
}

std::string dump(const Module& m) {
  std::string out, error;
  EXPECT_TRUE(disassemble(m, &out, &error)) << error;
  return out;
}

uint32_t get32(const std::string& s, size_t at) {
  return uint32_t{static_cast<uint8_t>(s[at])} << 24 | uint32_t{static_cast<uint8_t>(s[at + 1])} << 16 |
         uint32_t{static_cast<uint8_t>(s[at + 2])} << 8 | static_cast<uint8_t>(s[at + 3]);
}
void put32(std::string* s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*s)[at + i] = static_cast<char>(v >> (24 - 8 * i));
}

// A well-formed image taken apart into its chunks, and put back together.
struct Chunks {
  std::vector<std::pair<std::string, std::string>> list;  // id, data

  explicit Chunks(const std::string& image) {
    size_t end = 8 + get32(image, 4);
    for (size_t pos = 12; pos < end;) {
      uint32_t size = get32(image, pos + 4);
      list.emplace_back(image.substr(pos, 4), image.substr(pos + 8, size));
      pos += 8 + ((size + 3) & ~3u);
    }
  }
  std::string* find(const std::string& id) {
    for (auto& [cid, data] : list)
      if (cid == id) return &data;
    return nullptr;
  }
  std::string image() const {
    std::string body = "BEAM";
    for (const auto& [id, data] : list) {
      std::string head = id + "    ";
      put32(&head, 4, static_cast<uint32_t>(data.size()));
      body += head + data + std::string((4 - data.size() % 4) % 4, '\0');
    }
    std::string out = "FOR1    " + body;
    put32(&out, 4, static_cast<uint32_t>(body.size()));
    return out;
  }
};

std::string zlib_compress(const std::string& data) {
  uLongf len = compressBound(data.size());
  std::string out(len, '\0');
  EXPECT_EQ(compress(reinterpret_cast<Bytef*>(out.data()), &len, reinterpret_cast<const Bytef*>(data.data()),
                     data.size()),
            Z_OK);
  out.resize(len);
  return out;
}

// A LitT chunk holding the given external terms.
std::string literal_chunk(const std::vector<std::string>& terms) {
  std::string table = "    ";
  put32(&table, 0, static_cast<uint32_t>(terms.size()));
  for (const std::string& t : terms) {
    std::string len = "    ";
    put32(&len, 0, static_cast<uint32_t>(t.size()));
    table += len + t;
  }
  std::string chunk = "    ";
  put32(&chunk, 0, static_cast<uint32_t>(table.size()));
  return chunk + zlib_compress(table);
}

const Instruction* find_op(const Function& f, Op op) {
  for (const Instruction& in : f.code)
    if (in.op == op) return &in;
  return nullptr;
}

// -- The opcode table ------------------------------------------------------------------

TEST(BeamOpcodes, MatchOtp25) {
  // opcodes.ref: "number name arity live|deprecated", written by regen.sh from OTP's
  // beam_opcodes module.
  std::ifstream in(std::string(SY_BEAM_LOADER_TESTS) + "/opcodes.ref");
  ASSERT_TRUE(in);
  int number, arity, count = 0;
  std::string name, status;
  while (in >> number >> name >> arity >> status) {
    SCOPED_TRACE(number);
    const OpInfo* info = op_info(static_cast<unsigned>(number));
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->name, name);
    EXPECT_EQ(info->arity, arity);
    EXPECT_EQ(info->status == OpStatus::Deprecated ? "deprecated" : "live", status);
    ++count;
  }
  EXPECT_EQ(count, kMaxOpcode);
  EXPECT_EQ(op_info(0), nullptr);
  EXPECT_EQ(op_info(kMaxOpcode + 1), nullptr);
  EXPECT_EQ(op_name(Op::catch_), "catch");
  EXPECT_EQ(op_arity(Op::bs_create_bin), 6);
}

// -- What is decoded -------------------------------------------------------------------

TEST(BeamLoader, DecodesTinyModule) {
  Module m = load_ok(prog("loader_tiny"));
  EXPECT_EQ(m.name(), "loader_tiny");
  EXPECT_EQ(m.atoms[0], "");
  ASSERT_EQ(m.functions.size(), 4u);
  EXPECT_EQ(m.label_count, 10u);
  EXPECT_GE(m.max_opcode, 169u);

  std::vector<std::string> exports;
  for (const Export& e : m.exports) exports.push_back(m.atoms[e.function] + "/" + std::to_string(e.arity));
  std::sort(exports.begin(), exports.end());
  EXPECT_EQ(exports, (std::vector<std::string>{"main/0", "module_info/0", "module_info/1"}));

  const Function* fact = m.find_function("fact", 1);
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(m.function_at(fact->entry), fact);
  EXPECT_EQ(m.function_at(fact->label), nullptr);  // the func_info label is not an entry
  EXPECT_EQ(fact->code[0].op, Op::label);
  EXPECT_EQ(fact->code[1].op, Op::line);
  EXPECT_EQ(fact->code[2].op, Op::func_info);
  EXPECT_EQ(fact->code[3].op, Op::label);
  EXPECT_EQ(fact->arg(fact->code[3], 0).value, fact->entry);
  EXPECT_EQ(fact->line, fact->arg(fact->code[1], 0).value);

  // Every label instruction is where m.labels says.
  for (uint32_t fi = 0; fi < m.functions.size(); ++fi)
    for (uint32_t i = 0; i < m.functions[fi].code.size(); ++i) {
      const Instruction& in = m.functions[fi].code[i];
      if (in.op != Op::label) continue;
      const auto& pos = m.labels[m.functions[fi].arg(in, 0).value];
      EXPECT_EQ(pos.function, fi);
      EXPECT_EQ(pos.instruction, i);
    }

  // is_eq_exact {f,5} {tr,{x,0},[integer]} {integer,0}
  const Instruction* test = find_op(*fact, Op::is_eq_exact);
  ASSERT_NE(test, nullptr);
  auto args = fact->args(*test);
  ASSERT_EQ(args.size(), 3u);
  EXPECT_EQ(args[0].tag, Tag::Label);
  EXPECT_EQ(args[1].tag, Tag::X);
  EXPECT_EQ(args[1].value, 0);
  ASSERT_NE(args[1].type, kNoType);
  EXPECT_EQ(m.types[args[1].type].bits, kTypeInteger);
  EXPECT_EQ(args[2].tag, Tag::Integer);
  EXPECT_EQ(args[2].value, 0);

  // gc_bif2 of erlang:'-'/2 through the import table.
  const Instruction* sub = find_op(*fact, Op::gc_bif2);
  ASSERT_NE(sub, nullptr);
  const Import& imp = m.imports[fact->arg(*sub, 2).value];
  EXPECT_EQ(m.atoms[imp.module] + ":" + m.atoms[imp.function] + "/" + std::to_string(imp.arity), "erlang:-/2");

  // put_tuple2 {x,0} {list,[{x,0},{float,1.5}]}: a list operand and a float literal.
  const Function* main = m.find_function("main", 0);
  const Instruction* tuple = find_op(*main, Op::put_tuple2);
  ASSERT_NE(tuple, nullptr);
  const Operand& list = main->arg(*tuple, 1);
  ASSERT_EQ(list.tag, Tag::List);
  auto elements = main->elements(list);
  ASSERT_EQ(elements.size(), 2u);
  EXPECT_EQ(elements[0].tag, Tag::X);
  ASSERT_EQ(elements[1].tag, Tag::Literal);
  EXPECT_EQ(m.literals[elements[1].value], std::string("\x83\x46\x3f\xf8\0\0\0\0\0\0", 10));  // 1.5
  for (const std::string& lit : m.literals) EXPECT_EQ(static_cast<uint8_t>(lit[0]), 131);

  EXPECT_EQ(m.line_files.at(0), "loader_tiny.erl");
  EXPECT_EQ(m.line_items.at(0).line, 0u);
  ASSERT_FALSE(m.types.empty());
  EXPECT_EQ(m.types[0].bits, kTypeAny);
  EXPECT_FALSE(m.attributes.empty());
  EXPECT_FALSE(m.compile_info.empty());
}

TEST(BeamLoader, DecodesIntegersOfEverySize) {
  Module m = load_ok(prog("loader_basic"));
  const Function* f = m.find_function("numbers", 0);
  ASSERT_NE(f, nullptr);
  std::vector<std::string> seen;
  for (const Operand& o : f->operands) {
    if (o.tag == Tag::Integer) seen.push_back(std::to_string(o.value));
    if (o.tag == Tag::BigInteger) seen.push_back("big " + m.big_integers[o.value]);
  }
  // Inline up to 2^128 (beam_asm), as int64 when it fits, decimal digits beyond.
  for (const char* want : {"2047", "2048", "-1", "-32768", "-32769", "1152921504606846976",
                           "-9223372036854775808", "big 9223372036854775808", "big 18446744073709551616",
                           "big -18446744073709551616", "big 170141183460469231731687303715884105728",
                           "big 123456789012345678901234567890"})
    EXPECT_NE(std::find(seen.begin(), seen.end(), want), seen.end()) << want;
  // 2^128 and beyond are literals.
  for (const std::string& s : seen) EXPECT_NE(s, "big 340282366920938463463374607431768211456");
}

TEST(BeamLoader, AllocationLists) {
  Module m = load_ok(prog("loader_basic"));
  const Function* f = m.find_function("floats", 2);
  ASSERT_NE(f, nullptr);
  bool found = false;
  for (const Instruction& in : f->code) {
    if (in.op != Op::test_heap || f->arg(in, 0).tag != Tag::Alloc) continue;
    HeapNeed need = heap_need(*f, f->arg(in, 0));  // {alloc,[{words,0},{floats,2},{funs,0}]}
    EXPECT_EQ(need.words, 0u);
    EXPECT_EQ(need.floats, 2u);
    EXPECT_EQ(need.funs, 0u);
    found = true;
  }
  EXPECT_TRUE(found);
}

// Every .beam of the installed Erlang/OTP decodes and disassembles.
TEST(BeamLoader, LoadsEveryInstalledOtpModule) {
  ModuleSearchPath path;
  ASSERT_FALSE(path.otp_root().empty()) << "no Erlang/OTP installation found";
  size_t count = 0, instructions = 0;
  std::vector<std::string> failures;
  for (const std::string& dir : path.otp_ebin_dirs()) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".beam") continue;
      Module m;
      std::string error, text;
      if (!read_file(entry.path().string(), &m, &error) || !disassemble(m, &text, &error)) {
        failures.push_back(error);
        continue;
      }
      ++count;
      for (const Function& f : m.functions) instructions += f.code.size();
    }
  }
  EXPECT_EQ(failures, std::vector<std::string>{});
  EXPECT_GE(count, 250u);
  EXPECT_GE(instructions, 500000u);
}

// -- Bad input: the exact message for each kind -----------------------------------------

TEST(BeamLoaderErrors, EveryTruncationFails) {
  std::string image = prog("loader_tiny");
  for (size_t len = 0; len < image.size(); ++len) {
    std::string error = load_error(image.substr(0, len));
    ASSERT_EQ(error.rfind("t.beam: ", 0), 0u) << len << ": " << error;
  }
  EXPECT_EQ(load_error(image.substr(0, 0)), "t.beam: truncated: 0 bytes, a BEAM file starts with a 12-byte header");
  EXPECT_EQ(load_error(image.substr(0, 11)), "t.beam: truncated: 11 bytes, a BEAM file starts with a 12-byte header");
  EXPECT_EQ(load_error(image.substr(0, 100)),
            "t.beam: truncated: the header announces " + std::to_string(image.size() - 8) +
                " bytes after it, but the file has 92");
}

TEST(BeamLoaderErrors, TruncationWithConsistentHeader) {
  // The form size says the file ends early: each cut either still loads (it dropped only
  // optional chunks) or fails with a message; it never reads past the end.
  std::string image = prog("loader_tiny");
  int loaded = 0;
  for (size_t len = 12; len < image.size(); ++len) {
    std::string cut = image.substr(0, len);
    put32(&cut, 4, static_cast<uint32_t>(len - 8));
    Module m;
    std::string error;
    if (read_image(cut, "t.beam", &m, &error)) {
      ++loaded;
      dump(m);
    } else {
      ASSERT_EQ(error.rfind("t.beam: ", 0), 0u) << len << ": " << error;
    }
  }
  EXPECT_GT(loaded, 0);
}

TEST(BeamLoaderErrors, Container) {
  std::string image = prog("loader_tiny");
  std::string bad = image;
  bad.replace(0, 4, "FORM");
  EXPECT_EQ(load_error(bad), "t.beam: not a BEAM file: it does not start with the IFF header 'FOR1'");
  bad = image;
  bad.replace(8, 4, "BEA\x01");
  EXPECT_EQ(load_error(bad), "t.beam: not a BEAM file: the IFF form type is 'BEA\\x01', expected 'BEAM'");

  // The first chunk (AtU8 at offset 12) claims more bytes than the file has.
  bad = image;
  put32(&bad, 16, 0x7FFFFFF0);
  EXPECT_EQ(load_error(bad), "t.beam: chunk 'AtU8' at offset 12: its size 2147483632 runs past the end of the file (" +
                                 std::to_string(image.size() - 20) + " bytes left)");
  // Trailing bytes too few for a chunk header.
  Chunks c(image);
  bad = c.image() + "abcd";
  put32(&bad, 4, get32(bad, 4) + 4);
  EXPECT_EQ(load_error(bad), "t.beam: truncated: 4 bytes at offset " + std::to_string(image.size()) +
                                 " are too few for a chunk header");
}

TEST(BeamLoaderErrors, MissingMandatoryChunks) {
  const std::string image = prog("loader_tiny");
  const std::pair<const char*, const char*> cases[] = {
      {"AtU8", "t.beam: missing mandatory chunk 'AtU8' (the atom table)"},
      {"Code", "t.beam: missing mandatory chunk 'Code'"},
      {"ImpT", "t.beam: missing mandatory chunk 'ImpT' (the import table)"},
      {"ExpT", "t.beam: missing mandatory chunk 'ExpT' (the export table)"},
  };
  for (auto [id, message] : cases) {
    Chunks c(image);
    for (auto& [cid, data] : c.list)
      if (cid == id) cid = "Xxxx";  // now an unknown chunk, skipped
    EXPECT_EQ(load_error(c.image()), message);
  }
  Chunks c(image);
  for (auto& [cid, data] : c.list)
    if (cid == "AtU8") cid = "Atom";
  EXPECT_EQ(load_error(c.image()),
            "t.beam: it has only the latin-1 'Atom' chunk, not 'AtU8': compiled by OTP 20 or earlier; recompile it");
}

TEST(BeamLoaderErrors, UnknownChunksAreSkipped) {
  const std::string image = prog("loader_tiny");
  std::string expected = dump(load_ok(image));
  Chunks c(image);
  c.list.insert(c.list.begin(), {"Zzzz", "odd"});                // before everything, 3 bytes + padding
  c.list.insert(c.list.begin() + 3, {"Docs", std::string(1, '\x83')});
  c.list.push_back({"\x01\x02\x03\x04", "12345"});
  Module m = load_ok(c.image());
  EXPECT_EQ(dump(m), expected);
  EXPECT_EQ(m.chunks.front().id, "Zzzz");
  EXPECT_EQ(m.chunks.front().size, 3u);

  Chunks twice(image);
  twice.list.push_back(twice.list[1]);
  EXPECT_EQ(load_error(twice.image()).rfind("t.beam: chunk 'Code' appears twice (again at offset ", 0), 0u);
}

TEST(BeamLoaderErrors, CodeOperands) {
  const std::string image = prog("loader_tiny");
  Module m = load_ok(image);
  ASSERT_EQ(m.atoms.size(), 11u);  // the patches below rely on 1-byte operands and small tables
  ASSERT_EQ(m.imports.size(), 5u);
  ASSERT_EQ(m.label_count, 10u);
  const Function& main = *m.find_function("main", 0);
  const Function& fact = *m.find_function("fact", 1);
  const Function& info0 = *m.find_function("module_info", 0);

  // Atom index out of range: `move {atom,loader_tiny} {x,0}` becomes {atom,15}.
  const Instruction* move = find_op(info0, Op::move);
  ASSERT_EQ(static_cast<uint8_t>(image[move->offset + 1]), 0x12);  // a 1
  std::string bad = image;
  bad[move->offset + 1] = '\xF2';
  EXPECT_EQ(load_error(bad), "t.beam: function module_info/0, offset " + std::to_string(move->offset + 1) +
                                 ": atom index 15 out of range (the atom table has 1..10)");

  // Import index out of range: call_ext_last 2 {import 15} 0.
  const Instruction* call = find_op(main, Op::call_ext_last);
  ASSERT_EQ(static_cast<uint8_t>(image[call->offset + 2]) & 7, 0);  // a 1-byte u operand
  bad = image;
  bad[call->offset + 2] = '\xF0';
  EXPECT_EQ(load_error(bad), "t.beam: function main/0, offset " + std::to_string(call->offset) +
                                 ": call_ext_last: import index 15 out of range (5 imports)");

  // An atom where the import index belongs.
  bad = image;
  bad[call->offset + 2] = '\x12';
  EXPECT_EQ(load_error(bad), "t.beam: function main/0, offset " + std::to_string(call->offset) +
                                 ": call_ext_last: operand 2 must be an import index, not an atom");

  // Operand shapes come from the letters in opcodes.h: move's destination is a register...
  ASSERT_EQ(static_cast<uint8_t>(image[move->offset + 2]), 0x03);  // x 0
  bad = image;
  bad[move->offset + 2] = 0x51;  // i 5
  EXPECT_EQ(load_error(bad), "t.beam: function module_info/0, offset " + std::to_string(move->offset) +
                                 ": move: operand 2 must be an x or y register, not an integer");
  // ... and put_tuple2's elements are terms.
  const Instruction* tuple = find_op(main, Op::put_tuple2);
  ASSERT_EQ(std::string(image, tuple->offset + 1, 4), std::string("\x03\x17\x20\x03", 4));
  bad = image;
  bad[tuple->offset + 4] = 0x55;  // f 5
  EXPECT_EQ(load_error(bad), "t.beam: function main/0, offset " + std::to_string(tuple->offset) +
                                 ": put_tuple2: list element 1 must be a term (register, integer, atom, [] or "
                                 "literal), not a label");

  // Unknown and obsolete opcodes name the opcode and the function.
  const Instruction* ret = find_op(fact, Op::return_);
  bad = image;
  bad[ret->offset] = static_cast<char>(200);
  EXPECT_EQ(load_error(bad), "t.beam: function fact/1, offset " + std::to_string(ret->offset) +
                                 ": unknown opcode 200 (OTP 25 defines 1..180)");
  bad[ret->offset] = 0;
  EXPECT_EQ(load_error(bad), "t.beam: function fact/1, offset " + std::to_string(ret->offset) +
                                 ": unknown opcode 0 (opcodes start at 1)");
  bad[ret->offset] = 70;
  EXPECT_EQ(load_error(bad), "t.beam: function fact/1, offset " + std::to_string(ret->offset) +
                                 ": opcode 70 (put_tuple) is obsolete: OTP 25 no longer loads it; recompile the module");

  // Label out of range: is_eq_exact {f,15} ...
  const Instruction* test = find_op(fact, Op::is_eq_exact);
  ASSERT_EQ(static_cast<uint8_t>(image[test->offset + 1]), 0x55);  // f 5
  bad = image;
  bad[test->offset + 1] = '\xF5';
  EXPECT_EQ(load_error(bad), "t.beam: function fact/1, offset " + std::to_string(test->offset + 1) +
                                 ": label 15 out of range (the Code header declares labels 1..9)");

  // A label within range that no `label` instruction defines.
  size_t code = 0;
  for (const Chunk& ch : m.chunks)
    if (ch.id == "Code") code = ch.offset;
  bad = image;
  put32(&bad, code + 12, 15);  // LabelCount
  bad[test->offset + 1] = '\xE5';  // f 14
  EXPECT_EQ(load_error(bad), "t.beam: function fact/1, offset " + std::to_string(test->offset) +
                                 ": is_eq_exact refers to label 14, which is not defined");

  // `call` to a label that is not a function entry.
  const Instruction* local = find_op(main, Op::call);
  ASSERT_EQ(static_cast<uint8_t>(image[local->offset + 2]), 0x45);  // f 4
  bad = image;
  bad[local->offset + 2] = 0x55;  // f 5: inside fact/1
  EXPECT_EQ(load_error(bad), "t.beam: function main/0, offset " + std::to_string(local->offset) +
                                 ": call: the target must be the entry label of a function");
}

TEST(BeamLoaderErrors, CodeHeader) {
  const std::string image = prog("loader_tiny");
  Module m = load_ok(image);
  size_t code = 0, size = 0;
  for (const Chunk& ch : m.chunks)
    if (ch.id == "Code") code = ch.offset, size = ch.size;
  std::string bad = image;
  put32(&bad, code + 4, 1);
  EXPECT_EQ(load_error(bad), "t.beam: chunk 'Code': instruction set version 1, expected 0");
  bad = image;
  put32(&bad, code + 8, 182);
  EXPECT_EQ(load_error(bad),
            "t.beam: chunk 'Code': compiled for a later OTP release: it uses opcodes up to 182, OTP 25 defines 1..180");
  bad = image;
  put32(&bad, code + 16, 5);
  EXPECT_EQ(load_error(bad).rfind("t.beam: Code chunk, offset ", 0), 0u);
  EXPECT_NE(load_error(bad).find("the Code header announces 5 functions, the code has 4"), std::string::npos);
  bad = image;
  put32(&bad, code, 4000);
  EXPECT_EQ(load_error(bad), "t.beam: chunk 'Code': header size 4000 is out of range (16.." + std::to_string(size - 4) + ")");

  // Without its final int_code_end byte.
  Chunks c(image);
  c.find("Code")->pop_back();
  EXPECT_NE(load_error(c.image()).find(": the code ends without int_code_end"), std::string::npos);
  // With a byte after it.
  Chunks c2(image);
  *c2.find("Code") += '\x13';
  EXPECT_NE(load_error(c2.image()).find(": 1 bytes follow int_code_end"), std::string::npos);
}

TEST(BeamLoaderErrors, Tables) {
  const std::string image = prog("loader_tiny");
  // An import naming atom 99.
  Chunks c(image);
  put32(c.find("ImpT"), 4, 99);
  EXPECT_EQ(load_error(c.image()),
            "t.beam: chunk 'ImpT': entry 0 names atom 99 as its module, but the atom table has 1..10");
  // An export pointing at the wrong label.
  Chunks e(image);
  put32(e.find("ExpT"), 12, 4);  // entry 0's label -> fact/1's entry
  std::string error = load_error(e.image());
  EXPECT_NE(error.find("names label 4, the entry of fact/1"), std::string::npos) << error;
  // A truncated table.
  Chunks t(image);
  t.find("ImpT")->resize(10);
  EXPECT_EQ(load_error(t.image()), "t.beam: chunk 'ImpT': 5 imports cannot fit in its 6 remaining bytes");
  Chunks ta(image);
  ta.find("AtU8")->resize(16);  // the count, then "loader_tiny" and the cut
  EXPECT_EQ(load_error(ta.image()), "t.beam: chunk 'AtU8' is truncated at offset " +
                                        std::to_string(load_ok(image).chunks[0].offset + 16) +
                                        " (reading atom 2 of 10)");
  // Counts a table's bytes cannot hold are refused before anything is allocated.
  Chunks n(image);
  put32(n.find("AtU8"), 0, 0x0FFFFFFF);
  EXPECT_EQ(load_error(n.image()), "t.beam: chunk 'AtU8': 268435455 atoms cannot fit in its " +
                                       std::to_string(n.find("AtU8")->size() - 4) + " remaining bytes");
  Chunks l(image);
  put32(l.find("Line"), 12, 0x7FFFFFFF);  // item count
  EXPECT_NE(load_error(l.image()).find("t.beam: chunk 'Line': 2147483647 line items cannot fit"), std::string::npos);
  Chunks lc(image);
  put32(lc.find("Code"), 12, 0x7FFFFFFF);  // label count
  EXPECT_EQ(load_error(lc.image()), "t.beam: chunk 'Code': label count 2147483647 is more than the code can define");
  // An atom that is not UTF-8.
  Chunks a(image);
  (*a.find("AtU8"))[5] = '\xFF';
  EXPECT_EQ(load_error(a.image()), "t.beam: chunk 'AtU8': atom 1 is not valid UTF-8");
}

TEST(BeamLoaderErrors, Literals) {
  const std::string image = prog("loader_tiny");
  // Corrupt zlib data.
  Chunks c(image);
  std::string* lit = c.find("LitT");
  ASSERT_NE(lit, nullptr);
  for (size_t i = 6; i < lit->size(); ++i) (*lit)[i] = static_cast<char>((*lit)[i] ^ 0x5A);
  EXPECT_EQ(load_error(c.image()), "t.beam: chunk 'LitT': the zlib stream does not inflate: corrupt or incomplete data");
  // A stream cut short.
  Chunks cut(image);
  cut.find("LitT")->resize(cut.find("LitT")->size() / 2);
  EXPECT_EQ(load_error(cut.image()), "t.beam: chunk 'LitT': the zlib stream does not inflate: corrupt or incomplete data");
  // More data than announced.
  Chunks more(image);
  uint32_t announced = get32(*more.find("LitT"), 0);
  put32(more.find("LitT"), 0, announced - 1);
  EXPECT_EQ(load_error(more.image()), "t.beam: chunk 'LitT': the zlib stream does not inflate: it holds more than the "
                                      "announced " + std::to_string(announced - 1) + " bytes");
  // Less data than announced.
  put32(more.find("LitT"), 0, announced + 1);
  EXPECT_EQ(load_error(more.image()), "t.beam: chunk 'LitT': inflates to " + std::to_string(announced) +
                                          " bytes, the chunk announces " + std::to_string(announced + 1));
  // An announced size zlib cannot reach (never allocated).
  Chunks huge(image);
  put32(huge.find("LitT"), 0, 0xFFFFFFF0);
  EXPECT_EQ(load_error(huge.image()).rfind("t.beam: chunk 'LitT': announces 4294967280 bytes of literals from ", 0), 0u);
  // A term compiled code cannot contain (a pid), and a malformed one.
  Chunks pid(image);
  *pid.find("LitT") = literal_chunk({std::string("\x83\x58\x64\x00\x01\x61\0\0\0\1\0\0\0\0\0\0\0\0", 18),
                                     std::string("\x83\x46\x3f\xf8\0\0\0\0\0\0", 10)});
  EXPECT_EQ(load_error(pid.image()),
            "t.beam: chunk 'LitT': literal 0: malformed external term: tag 88 (pid) cannot appear in compiled code");
  Chunks bad(image);
  *bad.find("LitT") = literal_chunk({std::string("\x83\x68\x02\x61\x01", 5), std::string("\x83\x6a", 2)});
  EXPECT_EQ(load_error(bad.image()), "t.beam: chunk 'LitT': literal 0: malformed external term: cut short");
  // Fewer literals than the code uses.
  Chunks few(image);
  *few.find("LitT") = literal_chunk({std::string("\x83\x6a", 2)});
  EXPECT_NE(load_error(few.image()).find("literal index 1 out of range (1 literals)"), std::string::npos);
}

// -- Random corruption -------------------------------------------------------------------

void check_cleanly(const std::string& image) {
  Module m;
  std::string error;
  if (read_image(image, "t.beam", &m, &error)) {
    std::string text;
    ASSERT_TRUE(disassemble(m, &text, &error)) << error;
  } else {
    ASSERT_EQ(error.rfind("t.beam: ", 0), 0u) << error;
  }
}

TEST(BeamLoaderFuzz, RandomMutationsNeverCrash) {
  std::mt19937 rng(2025);
  for (const char* name : {"loader_tiny", "loader_basic"}) {
    const std::string base = prog(name);
    for (int i = 0; i < 1500; ++i) {
      std::string image = base;
      int edits = 1 + static_cast<int>(rng() % 4);
      for (int e = 0; e < edits; ++e) {
        size_t at = rng() % image.size();
        switch (rng() % 6) {
          case 0: image[at] = static_cast<char>(rng()); break;
          case 1: image[at] = static_cast<char>(image[at] ^ (1 << (rng() % 8))); break;
          case 2: image.insert(at, 1, static_cast<char>(rng())); break;
          case 3: image.erase(at, 1 + rng() % 8); break;
          case 4: image[at] = static_cast<char>(rng() % 16 << 4 | rng() % 8); break;  // a 1-byte compact term
          case 5:  // a size or count field (4-aligned) becomes large: nothing may allocate for it
            if (at + 4 <= image.size()) put32(&image, at & ~size_t{3}, rng() % 2 ? rng() : 0x7FFFFFFF - rng() % 64);
            break;
        }
        if (image.size() < 16) image = base;
      }
      SCOPED_TRACE(std::string(name) + " #" + std::to_string(i));
      check_cleanly(image);
      if (HasFatalFailure()) return;
    }
  }
}

TEST(BeamLoaderFuzz, RandomCodeNeverCrashes) {
  // Valid tables, random instruction streams: every opcode and operand path of the decoder.
  std::mt19937 rng(31337);
  const std::string base = prog("loader_tiny");
  Chunks c(base);
  const std::string header = c.find("Code")->substr(0, 20);
  for (int i = 0; i < 3000; ++i) {
    std::string code = header;
    size_t len = rng() % 120;
    for (size_t k = 0; k < len; ++k) {
      // Mostly opcodes and small operands, so streams get deep before they fail.
      uint32_t r = rng();
      code += static_cast<char>(k % 3 == 0 ? 1 + r % 180 : r % 4 == 0 ? r >> 8 : (r >> 8) % 16 << 4 | (r >> 16) % 8);
    }
    if (i % 2) code += '\x03';  // int_code_end
    *c.find("Code") = code;
    SCOPED_TRACE(i);
    check_cleanly(c.image());
    if (HasFatalFailure()) return;
  }
}

TEST(BeamLoaderFuzz, RandomBytesNeverCrash) {
  std::mt19937 rng(99);
  const char* const ids[] = {"AtU8", "Code", "ImpT", "ExpT", "LitT", "FunT", "Line", "Type", "StrT", "LocT", "Zzzz"};
  for (int i = 0; i < 3000; ++i) {
    std::string image;
    if (i % 2 == 0) {
      size_t len = rng() % 300;
      for (size_t k = 0; k < len; ++k) image += static_cast<char>(rng());
    } else {
      Chunks c(prog("loader_tiny"));
      c.list.clear();
      int n = static_cast<int>(rng() % 8);
      for (int k = 0; k < n; ++k) {
        std::string data;
        size_t len = rng() % 64;
        for (size_t b = 0; b < len; ++b) data += static_cast<char>(rng() % 3 ? rng() % 16 : rng());
        c.list.emplace_back(ids[rng() % std::size(ids)], data);
      }
      image = c.image();
    }
    SCOPED_TRACE(i);
    check_cleanly(image);
    if (HasFatalFailure()) return;
  }
}

TEST(BeamLoaderFuzz, MutatedLiteralsNeverCrash) {
  std::mt19937 rng(4711);
  std::vector<std::string> terms;
  for (const char* name : {"loader_basic", "loader_maps", "loader_bin"}) {
    Module m = load_ok(prog(name));
    terms.insert(terms.end(), m.literals.begin(), m.literals.end());
  }
  ASSERT_GT(terms.size(), 20u);
  for (int i = 0; i < 20000; ++i) {
    std::string t = terms[rng() % terms.size()];
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && t.size() > 1; ++e) {
      size_t at = 1 + rng() % (t.size() - 1);
      switch (rng() % 3) {
        case 0: t[at] = static_cast<char>(rng()); break;
        case 1: t.erase(at, 1 + rng() % 4); break;
        case 2: t.insert(at, 1, static_cast<char>(rng() % 2 ? rng() % 128 : rng())); break;
      }
    }
    std::string why, out;
    bool ok = etf_check(t, &why);
    EXPECT_EQ(etf_write(t, &out, &why), ok) << why;
    if (!ok) EXPECT_EQ(why.rfind("malformed external term: ", 0), 0u) << why;
  }
}

// -- The notation -----------------------------------------------------------------------

TEST(BeamNotation, FloatsAsErlWritesThem) {
  // float_to_list(F, [short]) in OTP 25.
  const std::pair<double, const char*> cases[] = {
      {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {0.1, "0.1"}, {100.0, "100.0"}, {1000.0, "1.0e3"},
      {123.0, "123.0"}, {1234.0, "1234.0"}, {1.0e15, "1.0e15"}, {1.234e17, "1.234e17"},
      {1234567890.0, "1234567890.0"}, {1234567890123456.0, "1234567890123456.0"},
      {9007199254740991.0, "9007199254740991.0"}, {9007199254740992.0, "9.007199254740992e15"},
      {123456789012345680.0, "1.2345678901234568e17"}, {0.001, "0.001"}, {0.0001, "0.0001"}, {1.0e-5, "1.0e-5"},
      {1.5e-4, "1.5e-4"}, {0.0012345, "0.0012345"}, {1.2345e-4, "1.2345e-4"}, {12345678.9, "12345678.9"},
      {5.0e-324, "5.0e-324"}, {1.7976931348623157e308, "1.7976931348623157e308"}, {-2.5, "-2.5"},
      {2.0e15, "2.0e15"}, {1.0e16, "1.0e16"}};
  for (auto [d, want] : cases) {
    std::string out;
    write_float(d, &out);
    EXPECT_EQ(out, want);
  }
}

TEST(BeamNotation, AtomsAsErlWritesThem) {
  // io_lib:write_atom/1 in OTP 25 (~tw).
  const std::pair<const char*, const char*> cases[] = {
      {"a", "a"}, {"", "''"}, {"'", "'\\''"}, {"a b", "'a b'"}, {"Abc", "'Abc'"}, {"catch", "'catch'"},
      {"maybe", "maybe"}, {"else", "else"}, {"cond", "'cond'"}, {"let", "'let'"}, {"a@b", "a@b"},
      {"_x", "'_x'"}, {"x_Y9", "x_Y9"}, {"\xc3\xa9", "\xc3\xa9"}, {"a\xc3\x84", "a\xc3\x84"},
      {"\xc3\x84", "'\xc3\x84'"}, {"a\xc3\x97", "'a\xc3\x97'"}, {"\xce\xb1\xce\xb2", "'\xce\xb1\xce\xb2'"},
      {"a\x01", "'a\\001'"}, {"a\x7f", "'a\\d'"}, {"a\xc2\x80", "'a\\200'"}, {"a\xc2\xa0", "'a\xc2\xa0'"},
      {"a\\b", "'a\\\\b'"}, {"a\tb", "'a\\tb'"}, {"\n", "'\\n'"}, {"=:=", "'=:='"}};
  for (auto [atom, want] : cases) {
    std::string out;
    write_atom(atom, &out);
    EXPECT_EQ(out, want) << atom;
  }
}

// -- Module search path ------------------------------------------------------------------

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "sy-search-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string touch(const std::string& rel) {
    fs::path p = path / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x";
    return p.string();
  }
  std::string dir(const std::string& rel) const { return (path / rel).string(); }
};

TEST(BeamSearchPath, ProgramDirThenPaThenOtp) {
  TempDir t;
  std::string prog_a = t.touch("prog/a.beam");
  t.touch("pa1/a.beam");
  std::string pa1_b = t.touch("pa1/b.beam");
  t.touch("pa2/b.beam");
  std::string pa2_c = t.touch("pa2/c.beam");
  std::string otp_d = t.touch("otp/lib/app-1.10/ebin/d.beam");
  t.touch("otp/lib/app-1.9/ebin/d.beam");
  std::string otp_e = t.touch("otp/lib/other/ebin/e.beam");
  t.touch("otp/lib/app-1.10/ebin/c.beam");
  ModuleSearchPath path;
  path.set_program_dir(t.dir("prog"));
  path.add_path(t.dir("pa1"));
  path.add_path(t.dir("pa2"));
  path.set_otp_root(t.dir("otp"));
  EXPECT_EQ(path.find("a"), prog_a);
  EXPECT_EQ(path.find("b"), pa1_b);
  EXPECT_EQ(path.find("c"), pa2_c);  // -pa before OTP
  EXPECT_EQ(path.find("d"), otp_d);  // the highest version: 1.10 > 1.9
  EXPECT_EQ(path.find("e"), otp_e);
  EXPECT_EQ(path.find("nosuch"), "");
  EXPECT_EQ(path.find("../prog/a"), "");
  EXPECT_EQ(path.find(""), "");
  EXPECT_EQ(path.otp_ebin_dirs().size(), 2u);
  // Answers are remembered: a file appearing later does not change them.
  t.touch("prog/nosuch.beam");
  EXPECT_EQ(path.find("nosuch"), "");
}

TEST(BeamSearchPath, FindsOtpStdlib) {
  ModuleSearchPath path;
  path.set_program_dir(SY_BEAM_LOADER_PROGS);
  EXPECT_NE(path.find("loader_tiny"), "");
  const std::string& lists = path.find("lists");
  ASSERT_NE(lists, "");
  EXPECT_NE(lists.find("/lib/stdlib-"), std::string::npos) << lists;
  EXPECT_NE(path.find("gen_server"), "");
  Module m;
  std::string error;
  EXPECT_TRUE(read_file(lists, &m, &error)) << error;
  // The root erl reports is the one found without asking it.
  EXPECT_EQ(fs::canonical(ModuleSearchPath::ask_erl_for_root()), fs::canonical(path.otp_root()));
}

}  // namespace
}  // namespace sy::beam
