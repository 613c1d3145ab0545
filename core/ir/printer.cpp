// Printer for the .syir text form: the canonical layout that the reader reads back.
#include <map>

#include "core/format.h"
#include "core/ir/text.h"
#include "core/vm.h"

namespace sy::ir {

namespace {

bool plain_name(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_' || s[0] == '$' || s[0] == '.'))
    return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$')) return false;
  bool reg_like = s.size() > 1 && s[0] == 'r' && s.find_first_not_of("0123456789", 1) == std::string::npos;
  static const char* const kReserved[] = {"nil", "true", "false", "inf", "nan", "end", "func", "global", "site", "regs"};
  for (const char* r : kReserved)
    if (s == r) return false;
  return !reg_like;
}

std::string name(const std::string& s) {
  if (plain_name(s)) return s;
  return repr(make_string(s));  // a quoted string with escapes
}

}  // namespace

std::string print_function(const Function& f) {
  const auto& code = f.code;
  // Every branch target and handler boundary needs a label; keep the reader's names.
  std::map<uint32_t, std::vector<std::string>> labels;
  for (const auto& [pc, n] : f.labels) labels[pc].push_back(n);
  auto need = [&](uint32_t pc) {
    if (!labels.count(pc)) labels[pc].push_back("L" + std::to_string(pc));
  };
  for (uint32_t pc = 0; pc < code.size(); pc += insn_length(&code[pc])) {
    const char* k = kOpInfo[code[pc]].operands;
    for (uint32_t at = pc + 1; *k; ++k, ++at)
      if (*k == 'l') need(code[at]);
      else if (*k == '*') at += code[at];
  }
  for (const HandlerEntry& h : f.handlers) {
    need(h.start);
    need(h.end);
    need(h.target);
  }
  auto label_of = [&](uint32_t pc) { return name(labels[pc].front()); };

  std::string out = "func " + name(f.name) + "/" + std::to_string(f.nparams) + " regs " +
                    std::to_string(f.nregs) + "\n";
  uint32_t line = UINT32_MAX;  // the first instruction always states its line, 0 included
  for (uint32_t pc = 0; pc <= code.size();) {
    if (auto it = labels.find(pc); it != labels.end())
      for (const auto& n : it->second) out += name(n) + ":\n";
    if (pc == code.size()) break;
    if (f.module->explicit_lines) {
      uint32_t l = f.line_at(pc);
      if (l != line) out += "    .line " + std::to_string(l) + "\n";
      line = l;
    }
    const OpInfo& op = kOpInfo[code[pc]];
    std::string ins = std::string("    ") + op.name;
    uint32_t at = pc + 1;
    bool first = true;
    auto sep = [&] {
      ins += first ? " " : ", ";
      first = false;
    };
    for (const char* k = op.operands; *k; ++k, ++at) {
      uint32_t v = code[at];
      if (*k == '*') {
        for (uint32_t i = 1; i <= v; ++i) {
          sep();
          ins += "r" + std::to_string(code[at + i]);
        }
        at += v;
        continue;
      }
      sep();
      switch (*k) {
        case 'r': ins += "r" + std::to_string(v); break;
        case 'k': ins += repr(f.constants[v]); break;
        case 'i': ins += std::to_string(static_cast<int32_t>(v)); break;
        case 'l': ins += label_of(v); break;
        case 'f': ins += name(f.module->functions[v]->name); break;
        case 'n': ins += name(native(v).name); break;
        case 'g': ins += name(f.module->global_names[v]); break;
        case 's': ins += name(f.module->sites[v].id); break;
      }
    }
    out += ins + "\n";
    pc = at;
  }
  for (const HandlerEntry& h : f.handlers)
    out += "    .handler " + label_of(h.start) + ", " + label_of(h.end) + ", " + label_of(h.target) + ", r" +
           std::to_string(h.reg) + "\n";
  out += "end\n";
  return out;
}

std::string print_module(const Module& m) {
  std::string out;
  if (!m.declared_source.empty()) out += ".source " + repr(make_string(m.declared_source)) + "\n";
  for (const auto& g : m.global_names) out += "global " + name(g) + "\n";
  for (const auto& s : m.sites) {
    out += "site " + name(s.id) + " " + repr(make_string(s.name)) + " " + std::to_string(s.arity) + " " +
           name(s.bootstrap);
    for (Value v : s.static_args) out += " " + repr(v);
    out += "\n";
  }
  for (const auto& f : m.functions) {
    if (!out.empty()) out += "\n";
    out += print_function(*f);
  }
  return out;
}

}  // namespace sy::ir
