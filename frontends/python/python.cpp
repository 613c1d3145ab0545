#include "frontends/python/python.h"

#include <cstdio>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/ir/verifier.h"
#include "frontends/python/compiler/compiler.h"
#include "frontends/python/runtime/emitter.h"
#include "frontends/python/runtime/runtime.h"
#include "frontends/python/syntax/parser.h"

namespace sy::py {

uint64_t recursion_depth_base();
int64_t recursion_limit();

namespace {

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

std::string trim_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// A compile error as the SyntaxError CPython reports.
SyntaxError as_syntax_error(const CompileError& e, const std::string& path, const std::string& source) {
  SyntaxError se;
  se.type = e.type;
  se.msg = e.msg;
  se.filename = path;
  se.lineno = e.lineno;
  se.has_location = e.lineno > 0;
  if (e.lineno > 0) {
    size_t pos = 0;
    for (int l = 1; l < e.lineno && pos != std::string::npos; ++l) {
      pos = source.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos != std::string::npos) {
      size_t end = source.find('\n', pos);
      se.text = source.substr(pos, end == std::string::npos ? std::string::npos : end - pos + 1);
      se.has_text = true;
      // offsets: 1-based, in characters.
      auto chars = [&](int byte) {
        std::string prefix = se.text.substr(0, std::min<size_t>(static_cast<size_t>(byte), se.text.size()));
        int n = 0;
        for (unsigned char c : prefix) n += (c & 0xC0) != 0x80;
        return n + 1;
      };
      se.offset = chars(e.col);
      if (e.end_lineno == e.lineno && e.end_col > e.col) {
        se.end_lineno = e.end_lineno;
        se.end_offset = chars(e.end_col);
      }
    }
  }
  return se;
}

// The names of the modules a tree imports, anywhere in it.
void imports_of(const ast::stmts& body, std::vector<std::string>* out) {
  for (const ast::stmt* s : body) {
    switch (s->tag) {
      case ast::StmtTag::Import:
        for (const ast::alias* a : s->as<ast::Import>()->names) out->push_back(a->name);
        break;
      case ast::StmtTag::ImportFrom:
        if (s->as<ast::ImportFrom>()->module && s->as<ast::ImportFrom>()->level == 0)
          out->push_back(*s->as<ast::ImportFrom>()->module);
        break;
      case ast::StmtTag::FunctionDef: imports_of(s->as<ast::FunctionDef>()->body, out); break;
      case ast::StmtTag::ClassDef: imports_of(s->as<ast::ClassDef>()->body, out); break;
      case ast::StmtTag::If:
        imports_of(s->as<ast::If>()->body, out);
        imports_of(s->as<ast::If>()->orelse, out);
        break;
      case ast::StmtTag::For:
        imports_of(s->as<ast::For>()->body, out);
        imports_of(s->as<ast::For>()->orelse, out);
        break;
      case ast::StmtTag::While:
        imports_of(s->as<ast::While>()->body, out);
        imports_of(s->as<ast::While>()->orelse, out);
        break;
      case ast::StmtTag::With: imports_of(s->as<ast::With>()->body, out); break;
      case ast::StmtTag::Try: {
        auto* t = s->as<ast::Try>();
        imports_of(t->body, out);
        for (auto* h : t->handlers) imports_of(h->body, out);
        imports_of(t->orelse, out);
        imports_of(t->finalbody, out);
        break;
      }
      default: break;
    }
  }
}

struct Compiled {
  CompiledModule* module = nullptr;
  std::vector<std::string> imports;
};

Compiled compile_text(const std::string& source, const std::string& path, const std::string& name,
                      std::string* error, SyntaxError* detail = nullptr) {
  ast::Arena arena;
  SyntaxError se;
  std::vector<SyntaxWarning> warnings;
  auto fail = [&](const SyntaxError& e) {
    *error = trim_newline(e.format());
    if (detail) *detail = e;
    return Compiled{};
  };
  ast::Module* tree = parse_module(source, path, &arena, &se, &warnings);
  for (const auto& w : warnings) std::fputs(w.format().c_str(), stderr);
  if (!tree) return fail(se);
  SymbolTable symbols;
  if (!analyze_scopes(tree, source, path, &symbols, &se)) return fail(se);
  CompileError ce;
  auto cm = compile_module(*tree, symbols, source, path, name, &ce);
  if (!cm) return fail(as_syntax_error(ce, path, source));
  Compiled out;
  imports_of(tree->body, &out.imports);
  out.module = &register_module(std::move(cm));
  return out;
}

// The program's entry: runs the module body and turns an uncaught exception (SystemExit
// included) into CPython's report and the exit status.
Function* add_entry(Module& m, Function* body) {
  Function* f = m.add_function("<start>", 0, 0);
  Emitter e(f);
  e.line(1);
  Emitter::Label start = e.new_label(), stop = e.new_label(), caught = e.new_label();
  e.op(ir::Op::NCall, {0, static_cast<uint32_t>(find_native("py.start"))});
  e.place(start);
  e.op(ir::Op::Call, {1, body->index});
  e.place(stop);
  e.const_(0, Value::small_int(0));
  e.op(ir::Op::Ret, {0});
  e.place(caught);
  uint32_t exc = 2;
  e.op(ir::Op::NCall, {0, static_cast<uint32_t>(find_native("py.uncaught"))}, std::span<const uint32_t>(&exc, 1));
  e.op(ir::Op::Ret, {0});
  e.handler(start, stop, caught, exc);
  e.finish(3);
  m.finish();
  return f;
}

Value n_start(VM& vm, const Value*, uint32_t) {
  vm.set_max_depth(static_cast<uint64_t>(recursion_limit()) + recursion_depth_base());
  return Value::nil();
}

}  // namespace

CompiledModule* compile_file(const std::string& path, const std::string& module_name, std::string* error,
                             SyntaxError* detail) {
  std::string source;
  if (!read_text(path, &source)) {
    *error = "can't open file '" + path + "'";
    return nullptr;
  }
  return compile_text(source, path, module_name, error, detail).module;
}

}  // namespace sy::py

namespace sy::python {

bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error) {
  py::install();
  register_native("py.start", py::n_start, 0);
  std::string source;
  if (!py::read_text(path, &source)) {
    error->message = path + ": cannot open file: " + std::strerror(errno);
    return false;
  }
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  py::StartOptions opts;
  opts.script = path;
  opts.argv.push_back(path);
  opts.argv.insert(opts.argv.end(), args.begin(), args.end());
  opts.script_dir = dir;
  py::set_start_options(opts);

  std::string err;
  py::Compiled main = py::compile_text(source, path, "__main__", &err);
  if (!main.module) {
    error->message = err;
    return false;
  }
  // Sibling modules the program imports, compiled now so that --dump-ir and --pic-stats
  // see them. One that does not compile raises SyntaxError when its import runs.
  std::vector<py::CompiledModule*> extra;
  std::vector<std::string> pending = main.imports;
  std::vector<std::string> seen;
  while (!pending.empty()) {
    std::string name = pending.back();
    pending.pop_back();
    if (std::find(seen.begin(), seen.end(), name) != seen.end() || name.find('.') != std::string::npos) continue;
    seen.push_back(name);
    std::filesystem::path file = std::filesystem::path(dir) / (name + ".py");
    if (!std::filesystem::exists(file)) continue;
    std::string text, e;
    if (!py::read_text(file.string(), &text)) continue;
    std::string display = dir == "." ? name + ".py" : file.string();
    py::Compiled c = py::compile_text(text, display, name, &e);
    if (!c.module) continue;
    py::add_precompiled(name, c.module);
    extra.push_back(c.module);
    pending.insert(pending.end(), c.imports.begin(), c.imports.end());
  }

  py::module_object(*main.module);
  Function* entry = py::add_entry(*main.module->module, main.module->body);
  ir::VerifyError ve;
  if (!ir::verify_function(*entry, &ve)) {
    error->message = "internal error: " + ve.message;
    return false;
  }
  out->entry = entry;
  out->modules.push_back(std::move(main.module->ir));
  for (py::CompiledModule* m : extra) out->modules.push_back(std::move(m->ir));
  return true;
}

}  // namespace sy::python
