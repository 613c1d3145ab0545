// The IFF container of a .beam file and the tables in its chunks. The rules follow
// erts' beam_file.c (what OTP 25 accepts) and beam_asm.erl (what erlc writes); the
// instruction stream itself is decoded in code.cpp.
#include "frontends/beam/loader/beam_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "frontends/beam/loader/byte_reader.h"
#include "frontends/beam/loader/etf.h"

namespace sy::beam {

namespace {

constexpr uint32_t kMaxArity = 255;   // erts MAX_ARG

std::string chunk_name(std::string_view id) {
  std::string s = "'";
  for (unsigned char c : id) {
    if (c >= 0x20 && c < 0x7f) {
      s += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      s += buf;
    }
  }
  return s + "'";
}

// Valid UTF-8 (what erts_atom_put with ERTS_ATOM_ENC_UTF8 accepts), at most 255 characters.
bool valid_atom_text(const uint8_t* s, size_t n) {
  size_t chars = 0;
  for (size_t i = 0; i < n; ++chars) {
    uint8_t c = s[i];
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = cp << 6 | (s[i + k] & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return chars <= 255;
}

class FileReader {
 public:
  FileReader(std::string_view image, const std::string& path, Module* m, std::string* error)
      : data_(reinterpret_cast<const uint8_t*>(image.data())), size_(image.size()), path_(path), m_(m), error_(error) {}

  bool read();

 private:
  struct Found {
    const uint8_t* data = nullptr;
    uint32_t offset = 0, size = 0;
    bool present = false;
  };

  bool fail(const std::string& what) {
    *error_ = path_ + ": " + what;
    return false;
  }
  // A chunk's data ended before its contents did.
  bool truncated(const char* id, const ByteReader& r, const std::string& reading) {
    return fail(std::string("chunk '") + id + "' is truncated at offset " + std::to_string(r.offset()) + " (reading " +
                reading + ")");
  }
  ByteReader reader(const Found& c) const { return ByteReader(c.data, c.size, c.offset); }

  bool read_container();
  bool read_atoms();
  bool read_code_header(ByteReader* code, uint32_t* function_count);
  bool read_imports();
  bool read_exports(const char* id, const Found& c, std::vector<Export>* out);
  bool read_lambdas();
  bool read_literals();
  bool read_lines();
  bool read_types();
  bool read_raw_term(const char* id, const Found& c, std::string* out);
  bool check_entry_labels();

  // A table announcing more entries than its remaining bytes can hold (each entry taking
  // at least `entry_size`) is corrupt; checking first keeps a bad count from allocating.
  bool count_fits(const char* id, const char* what, uint64_t count, const ByteReader& r, size_t entry_size) {
    if (count <= r.left() / entry_size) return true;
    return fail(std::string("chunk '") + id + "': " + std::to_string(count) + " " + what + " cannot fit in its " +
                std::to_string(r.left()) + " remaining bytes");
  }

  bool atom_index(const char* id, uint32_t index, size_t entry, const char* field) {
    if (index >= 1 && index < m_->atoms.size()) return true;
    return fail(std::string("chunk '") + id + "': entry " + std::to_string(entry) + " names atom " +
                std::to_string(index) + " as its " + field + ", but the atom table has 1.." +
                std::to_string(m_->atoms.size() - 1));
  }

  const uint8_t* data_;
  size_t size_;
  const std::string& path_;
  Module* m_;
  std::string* error_;

  Found atu8_, atom_, code_, strt_, impt_, expt_, funt_, litt_, loct_, line_, type_, attr_, cinf_, meta_;
};

bool FileReader::read_container() {
  static const char kForm[4] = {'F', 'O', 'R', '1'};
  if (size_ < 4 || std::memcmp(data_, kForm, 4) != 0) {
    if (size_ < 4 && std::memcmp(data_, kForm, size_) == 0)
      return fail("truncated: " + std::to_string(size_) + " bytes, a BEAM file starts with a 12-byte header");
    return fail("not a BEAM file: it does not start with the IFF header 'FOR1'");
  }
  if (size_ < 12) return fail("truncated: " + std::to_string(size_) + " bytes, a BEAM file starts with a 12-byte header");
  ByteReader r(data_ + 4, size_ - 4, 4);
  uint32_t form_size;
  r.u32(&form_size);
  if (form_size > size_ - 8)
    return fail("truncated: the header announces " + std::to_string(form_size) + " bytes after it, but the file has " +
                std::to_string(size_ - 8));
  if (std::memcmp(data_ + 8, "BEAM", 4) != 0)
    return fail("not a BEAM file: the IFF form type is " + chunk_name({reinterpret_cast<const char*>(data_ + 8), 4}) +
                ", expected 'BEAM'");

  struct Known {
    const char* id;
    Found* slot;
  };
  const Known known[] = {{"AtU8", &atu8_}, {"Atom", &atom_}, {"Code", &code_}, {"StrT", &strt_}, {"ImpT", &impt_},
                         {"ExpT", &expt_}, {"FunT", &funt_}, {"LitT", &litt_}, {"LocT", &loct_}, {"Line", &line_},
                         {"Type", &type_}, {"Attr", &attr_}, {"CInf", &cinf_}, {"Meta", &meta_}};
  size_t pos = 12, end = 8 + size_t{form_size};
  while (pos < end) {
    if (end - pos < 8)
      return fail("truncated: " + std::to_string(end - pos) + " bytes at offset " + std::to_string(pos) +
                  " are too few for a chunk header");
    std::string id(reinterpret_cast<const char*>(data_ + pos), 4);
    ByteReader h(data_ + pos + 4, 4, pos + 4);
    uint32_t size;
    h.u32(&size);
    size_t stored = (size_t{size} + 3) & ~size_t{3};
    if (stored > end - pos - 8)
      return fail("chunk " + chunk_name(id) + " at offset " + std::to_string(pos) + ": its size " +
                  std::to_string(size) + (stored == size ? "" : " (padded to " + std::to_string(stored) + ")") +
                  " runs past the end of the file (" + std::to_string(end - pos - 8) + " bytes left)");
    m_->chunks.push_back({id, static_cast<uint32_t>(pos + 8), size});
    for (const Known& k : known) {
      if (id != k.id) continue;
      if (k.slot->present) return fail("chunk " + chunk_name(id) + " appears twice (again at offset " + std::to_string(pos) + ")");
      *k.slot = {data_ + pos + 8, static_cast<uint32_t>(pos + 8), size, true};
    }
    pos += 8 + stored;
  }

  // What erts insists on: an empty chunk counts as a missing one.
  if (atu8_.size == 0) {
    if (atom_.size != 0)
      return fail("it has only the latin-1 'Atom' chunk, not 'AtU8': compiled by OTP 20 or earlier; recompile it");
    return fail("missing mandatory chunk 'AtU8' (the atom table)");
  }
  if (code_.size == 0) return fail("missing mandatory chunk 'Code'");
  if (impt_.size == 0) return fail("missing mandatory chunk 'ImpT' (the import table)");
  if (expt_.size == 0) return fail("missing mandatory chunk 'ExpT' (the export table)");
  return true;
}

bool FileReader::read_atoms() {
  ByteReader r = reader(atu8_);
  uint32_t count;
  if (!r.u32(&count)) return truncated("AtU8", r, "the atom count");
  if (static_cast<int32_t>(count) < 0)
    return fail("chunk 'AtU8': negative atom count (the OTP 28 long-atom format), not OTP 25 code");
  if (count == 0) return fail("chunk 'AtU8': no atoms (the module name must be atom 1)");
  if (!count_fits("AtU8", "atoms", count, r, 1)) return false;
  m_->atoms.reserve(count + 1);
  m_->atoms.emplace_back();  // index 0: the `a 0` operand means [], not an atom
  for (uint32_t i = 1; i <= count; ++i) {
    uint8_t len;
    const uint8_t* text;
    if (!r.u8(&len) || !r.bytes(len, &text))
      return truncated("AtU8", r, "atom " + std::to_string(i) + " of " + std::to_string(count));
    if (!valid_atom_text(text, len))
      return fail("chunk 'AtU8': atom " + std::to_string(i) + " is not valid UTF-8");
    m_->atoms.emplace_back(reinterpret_cast<const char*>(text), len);
  }
  return true;
}

bool FileReader::read_code_header(ByteReader* code, uint32_t* function_count) {
  ByteReader r = reader(code_);
  uint32_t head_size, format, max_opcode, labels;
  if (!r.u32(&head_size)) return truncated("Code", r, "the header size");
  if (head_size < 16 || head_size > r.left())
    return fail("chunk 'Code': header size " + std::to_string(head_size) + " is out of range (16.." +
                std::to_string(r.left()) + ")");
  r.u32(&format);
  r.u32(&max_opcode);
  r.u32(&labels);
  r.u32(function_count);
  if (format != kFormatNumber)
    return fail("chunk 'Code': instruction set version " + std::to_string(format) + ", expected " +
                std::to_string(kFormatNumber));
  if (max_opcode > kMaxOpcode)
    return fail("chunk 'Code': compiled for a later OTP release: it uses opcodes up to " + std::to_string(max_opcode) +
                ", OTP 25 defines 1.." + std::to_string(kMaxOpcode));
  // A label instruction takes two bytes at least.
  if (labels == 0 || labels - 1 > (r.left() - (head_size - 16)) / 2)
    return fail("chunk 'Code': label count " + std::to_string(labels) + " is more than the code can define");
  m_->max_opcode = max_opcode;
  m_->label_count = labels;
  size_t skip = 4 + size_t{head_size};
  *code = ByteReader(code_.data + skip, code_.size - skip, code_.offset + skip);
  return true;
}

bool FileReader::read_imports() {
  ByteReader r = reader(impt_);
  uint32_t count;
  if (!r.u32(&count)) return truncated("ImpT", r, "the import count");
  if (!count_fits("ImpT", "imports", count, r, 12)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    Import imp;
    if (!r.u32(&imp.module) || !r.u32(&imp.function) || !r.u32(&imp.arity))
      return truncated("ImpT", r, "import " + std::to_string(i) + " of " + std::to_string(count));
    if (!atom_index("ImpT", imp.module, i, "module") || !atom_index("ImpT", imp.function, i, "function")) return false;
    if (imp.arity > kMaxArity)
      return fail("chunk 'ImpT': import " + std::to_string(i) + " has arity " + std::to_string(imp.arity) + " (max 255)");
    m_->imports.push_back(imp);
  }
  return true;
}

bool FileReader::read_exports(const char* id, const Found& c, std::vector<Export>* out) {
  ByteReader r = reader(c);
  uint32_t count;
  if (!r.u32(&count)) return truncated(id, r, "the entry count");
  if (!count_fits(id, "entries", count, r, 12)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    Export e;
    if (!r.u32(&e.function) || !r.u32(&e.arity) || !r.u32(&e.label))
      return truncated(id, r, "entry " + std::to_string(i) + " of " + std::to_string(count));
    if (!atom_index(id, e.function, i, "function")) return false;
    if (e.arity > kMaxArity)
      return fail(std::string("chunk '") + id + "': entry " + std::to_string(i) + " has arity " + std::to_string(e.arity) +
                  " (max 255)");
    out->push_back(e);
  }
  return true;
}

bool FileReader::read_lambdas() {
  if (!funt_.present) return true;
  ByteReader r = reader(funt_);
  uint32_t count;
  if (!r.u32(&count)) return truncated("FunT", r, "the fun count");
  if (!count_fits("FunT", "funs", count, r, 24)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    Lambda l;
    if (!r.u32(&l.function) || !r.u32(&l.arity) || !r.u32(&l.label) || !r.u32(&l.index) || !r.u32(&l.num_free) ||
        !r.u32(&l.old_uniq))
      return truncated("FunT", r, "fun " + std::to_string(i) + " of " + std::to_string(count));
    if (!atom_index("FunT", l.function, i, "function")) return false;
    if (l.arity > kMaxArity || l.num_free > l.arity)
      return fail("chunk 'FunT': fun " + std::to_string(i) + " has arity " + std::to_string(l.arity) + " and " +
                  std::to_string(l.num_free) + " free variables");
    m_->lambdas.push_back(l);
  }
  return true;
}

bool FileReader::read_literals() {
  if (!litt_.present) return true;
  ByteReader r = reader(litt_);
  uint32_t expected;
  if (!r.u32(&expected)) return truncated("LitT", r, "the uncompressed size");
  // zlib cannot expand data more than about 1032 times; a larger claim is corruption, and
  // must not make us allocate gigabytes.
  size_t compressed = r.left();
  if (expected > compressed * 1100 + 1024)
    return fail("chunk 'LitT': announces " + std::to_string(expected) + " bytes of literals from " +
                std::to_string(compressed) + " compressed bytes, more than zlib can produce");
  std::string table(expected, '\0');
  uLongf out_len = expected;
  const uint8_t* z;
  r.bytes(compressed, &z);
  int rc = uncompress(reinterpret_cast<Bytef*>(table.data()), &out_len, z, compressed);
  if (rc != Z_OK) {
    std::string what = rc == Z_BUF_ERROR    ? "it holds more than the announced " + std::to_string(expected) + " bytes"
                       : rc == Z_DATA_ERROR ? "corrupt or incomplete data"
                                            : "out of memory";
    return fail("chunk 'LitT': the zlib stream does not inflate: " + what);
  }
  if (out_len != expected)
    return fail("chunk 'LitT': inflates to " + std::to_string(out_len) + " bytes, the chunk announces " +
                std::to_string(expected));
  ByteReader t(reinterpret_cast<const uint8_t*>(table.data()), table.size(), 0);
  uint32_t count;
  if (!t.u32(&count)) return fail("chunk 'LitT': the inflated table has no literal count");
  if (count > table.size() / 4) return fail("chunk 'LitT': implausible literal count " + std::to_string(count));
  m_->literals.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t len;
    const uint8_t* ext;
    if (!t.u32(&len) || !t.bytes(len, &ext))
      return fail("chunk 'LitT': the inflated table ends inside literal " + std::to_string(i) + " of " +
                  std::to_string(count));
    std::string_view term(reinterpret_cast<const char*>(ext), len);
    std::string why;
    if (!etf_check(term, &why)) return fail("chunk 'LitT': literal " + std::to_string(i) + ": " + why);
    m_->literals.emplace_back(term);
  }
  if (!t.at_end())
    return fail("chunk 'LitT': " + std::to_string(t.left()) + " bytes follow the last of the " + std::to_string(count) +
                " literals");
  return true;
}

bool FileReader::read_lines() {
  if (!line_.present) return true;
  ByteReader r = reader(line_);
  uint32_t version, flags, instr_count, item_count, name_count;
  if (!r.u32(&version)) return truncated("Line", r, "the version");
  if (version != 0) return true;  // a format erts does not know: it ignores line information, and so do we
  if (!r.u32(&flags) || !r.u32(&instr_count) || !r.u32(&item_count) || !r.u32(&name_count))
    return truncated("Line", r, "the header");
  if (!count_fits("Line", "line items", item_count, r, 1) || !count_fits("Line", "file names", name_count, r, 2))
    return false;
  m_->line_items.reserve(item_count + 1);
  m_->line_items.push_back({0, 0});  // item 0: the undefined location
  uint32_t file = 0;
  while (m_->line_items.size() <= item_count) {
    Compact c;
    std::string why;
    size_t at = r.offset();
    if (!read_compact(r, &c, &why)) return fail("chunk 'Line', offset " + std::to_string(at) + ": " + why);
    if (c.tag == kTagA) {
      if (c.big || c.value > name_count)
        return fail("chunk 'Line', offset " + std::to_string(at) + ": file name index " +
                    (c.big ? std::string("(huge)") : std::to_string(c.value)) + " out of range (0.." +
                    std::to_string(name_count) + ")");
      file = static_cast<uint32_t>(c.value);
    } else if (c.tag == kTagI) {
      if (c.big || c.value < 0 || c.value > INT32_MAX)
        return fail("chunk 'Line', offset " + std::to_string(at) + ": line number out of range");
      m_->line_items.push_back({file, static_cast<uint32_t>(c.value)});
    } else {
      return fail("chunk 'Line', offset " + std::to_string(at) + ": line item with tag " + std::to_string(c.tag) +
                  ", expected 'a' (file) or 'i' (line)");
    }
  }
  m_->line_files.reserve(name_count + 1);
  m_->line_files.push_back(m_->name() + ".erl");  // index 0: the module's own source
  for (uint32_t i = 0; i < name_count; ++i) {
    uint16_t len;
    const uint8_t* text;
    if (!r.u16(&len) || !r.bytes(len, &text))
      return truncated("Line", r, "file name " + std::to_string(i + 1) + " of " + std::to_string(name_count));
    m_->line_files.emplace_back(reinterpret_cast<const char*>(text), len);
    if (len == 0) m_->line_files.back() = m_->line_files[0];  // as erts: an empty name means the module's file
  }
  return true;
}

bool FileReader::read_types() {
  if (!type_.present) return true;
  ByteReader r = reader(type_);
  uint32_t version, count;
  if (!r.u32(&version)) return truncated("Type", r, "the version");
  if (version != 1) return true;  // another release's type format: hints only, erts ignores it too
  if (!r.u32(&count)) return truncated("Type", r, "the entry count");
  if (count == 0) return fail("chunk 'Type': no entries (entry 0 must be the 'any' type)");
  if (!count_fits("Type", "entries", count, r, 18)) return false;
  m_->types.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    TypeEntry t;
    uint64_t lo, hi;
    if (!r.u16(&t.bits) || !r.u64(&lo) || !r.u64(&hi))
      return truncated("Type", r, "entry " + std::to_string(i) + " of " + std::to_string(count));
    t.min = static_cast<int64_t>(lo);
    t.max = static_cast<int64_t>(hi);
    if (t.bits & ~kTypeAny) return fail("chunk 'Type': entry " + std::to_string(i) + " has unknown type bits");
    m_->types.push_back(t);
  }
  if (m_->types[0].bits != kTypeAny || m_->types[0].has_range())
    return fail("chunk 'Type': entry 0 must be the 'any' type");
  return true;
}

bool FileReader::read_raw_term(const char* id, const Found& c, std::string* out) {
  if (!c.present) return true;
  std::string_view term(reinterpret_cast<const char*>(c.data), c.size);
  std::string why;
  if (!etf_check(term, &why)) return fail(std::string("chunk '") + id + "': " + why);
  *out = term;
  return true;
}

// Exports, locals and funs name entry labels of functions of the same name and arity.
bool FileReader::check_entry_labels() {
  auto check = [&](const char* what, uint32_t i, uint32_t name, uint32_t arity, uint32_t label) {
    const Function* f = m_->function_at(label);
    std::string self = m_->atoms[name] + "/" + std::to_string(arity);
    if (!f)
      return fail(std::string(what) + " " + std::to_string(i) + " (" + self + ") names label " + std::to_string(label) +
                  ", which is not the entry of a function");
    if (f->name != name || f->arity != arity)
      return fail(std::string(what) + " " + std::to_string(i) + " (" + self + ") names label " + std::to_string(label) +
                  ", the entry of " + m_->atoms[f->name] + "/" + std::to_string(f->arity));
    return true;
  };
  for (size_t i = 0; i < m_->exports.size(); ++i) {
    const Export& e = m_->exports[i];
    if (!check("export", i, e.function, e.arity, e.label)) return false;
  }
  for (size_t i = 0; i < m_->locals.size(); ++i) {
    const Export& e = m_->locals[i];
    if (!check("local function", i, e.function, e.arity, e.label)) return false;
  }
  for (size_t i = 0; i < m_->lambdas.size(); ++i) {
    const Lambda& l = m_->lambdas[i];
    if (!check("fun", i, l.function, l.arity, l.label)) return false;
  }
  return true;
}

bool FileReader::read() {
  ByteReader code(nullptr, 0, 0);
  uint32_t function_count = 0;
  if (!read_container() || !read_atoms() || !read_code_header(&code, &function_count) || !read_imports() ||
      !read_exports("ExpT", expt_, &m_->exports) || (loct_.present && !read_exports("LocT", loct_, &m_->locals)) ||
      !read_lambdas() || !read_literals() || !read_lines() || !read_types() ||
      !read_raw_term("Attr", attr_, &m_->attributes) || !read_raw_term("CInf", cinf_, &m_->compile_info) ||
      !read_raw_term("Meta", meta_, &m_->meta))
    return false;
  if (strt_.present) m_->strings.assign(reinterpret_cast<const char*>(strt_.data), strt_.size);
  std::string why;
  if (!read_code(code, function_count, m_, &why)) return fail(why);
  return check_entry_labels();
}

}  // namespace

HeapNeed heap_need(const Function& f, const Operand& op) {
  HeapNeed need;
  if (op.tag == Tag::Unsigned) {
    need.words = static_cast<uint64_t>(op.value);
  } else if (op.tag == Tag::Alloc) {
    for (uint32_t i = 0; i < op.count; ++i) {
      int64_t kind = f.operands[op.value + 2 * i].value;
      uint64_t n = static_cast<uint64_t>(f.operands[op.value + 2 * i + 1].value);
      (kind == 0 ? need.words : kind == 1 ? need.floats : need.funs) += n;
    }
  }
  return need;
}

const Function* Module::function_at(uint32_t label) const {
  if (label == 0 || label >= labels.size() || labels[label].function == UINT32_MAX) return nullptr;
  const Function& f = functions[labels[label].function];
  return f.entry == label ? &f : nullptr;
}

const Function* Module::find_function(std::string_view fname, uint32_t farity) const {
  for (const Function& f : functions)
    if (f.arity == farity && atoms[f.name] == fname) return &f;
  return nullptr;
}

bool read_image(std::string_view image, const std::string& path, Module* out, std::string* error) {
  *out = Module{};
  out->path = path;
  FileReader reader(image, path, out, error);
  if (reader.read()) return true;
  std::string keep = out->path;
  *out = Module{};
  out->path = keep;
  return false;
}

bool read_file(const std::string& path, Module* out, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = path + ": cannot open file: " + std::strerror(errno);
    return false;
  }
  std::string image;
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    *error = path + ": cannot read file: it is a directory";
    return false;
  }
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = path + ": cannot read file: " + std::strerror(errno);
      ::close(fd);
      return false;
    }
    image.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return read_image(image, path, out, error);
}

}  // namespace sy::beam
