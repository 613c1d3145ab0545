#include "frontends/toy/reader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace sy::toy {

namespace {

// 'text', for messages.
std::string quoted(std::string_view text) {
  std::string s;
  s.reserve(text.size() + 2);
  s.append(1, '\'').append(text).append(1, '\'');
  return s;
}

struct Word {
  std::string_view text;
  uint32_t col;
};

// The words of one line, up to a `#` comment.
std::vector<Word> split(std::string_view line) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < line.size() && line[i] != '#') {
    if (std::isspace(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < line.size() && line[i] != '#' && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    words.push_back({line.substr(start, i - start), static_cast<uint32_t>(start + 1)});
  }
  return words;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// A decimal number, saturated: anything too large for the machine is out of range anyway.
uint32_t decimal(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(c - '0'), UINT32_MAX);
  return static_cast<uint32_t>(v);
}

struct Match {
  Op op;
  std::string_view reg;  // digits written in the mnemonic; empty in the operand form
  uint32_t reg_offset;   // where they start in the mnemonic
};

// Matches a mnemonic against the table: a literal name, or a pattern whose '#' is empty
// (operand form) or a decimal register number.
std::optional<Match> match(std::string_view word) {
  std::string w = lower(word);
  for (uint8_t i = 0; i < sizeof(kOpInfo) / sizeof(kOpInfo[0]); ++i) {
    std::string_view m = kOpInfo[i].mnemonic;
    size_t hash = m.find('#');
    if (hash == std::string_view::npos) {
      if (w == m) return Match{static_cast<Op>(i), {}, 0};
      continue;
    }
    std::string_view prefix = m.substr(0, hash), suffix = m.substr(hash + 1);
    if (w.size() < prefix.size() + suffix.size() || w.compare(0, prefix.size(), prefix) != 0 ||
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string_view digits = word.substr(prefix.size(), w.size() - prefix.size() - suffix.size());
    if (digits.empty() || all_digits(digits)) return Match{static_cast<Op>(i), digits, static_cast<uint32_t>(prefix.size())};
  }
  return std::nullopt;
}

class Reader {
 public:
  Reader(std::string_view file, Bytecode* out, ir::SourceError* error) : file_(file), out_(out), err_(error) {}

  bool run(std::string_view text) {
    uint32_t line = 0;
    for (size_t start = 0; start <= text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (!read_line(text.substr(start, end - start), ++line)) return false;
      start = end + 1;
    }
    // Targets can point forward, so they are checked once every instruction is known.
    const auto count = static_cast<uint32_t>(out_->insns.size());
    for (const auto& [index, text] : targets_) {
      const Insn& in = out_->insns[index];
      if (in.operand >= count)
        return fail(in.line, in.operand_col,
                    "jump target " + text + " out of range: the program has " +
                        std::to_string(count) + " instruction" + (count == 1 ? "" : "s") + " (0.." +
                        std::to_string(count - 1) + ")");
    }
    return true;
  }

 private:
  bool read_line(std::string_view text, uint32_t line) {
    std::vector<Word> words = split(text);
    if (words.empty()) return true;
    const Word& head = words[0];
    std::optional<Match> m = match(head.text);
    if (!m) return fail(line, head.col, "unknown instruction " + quoted(head.text));

    Insn in{m->op, 0, line, head.col, 0};
    const Operand kind = info(m->op).operand;
    size_t used = 1;  // words consumed
    if (kind == Operand::kRegister && !m->reg.empty()) {
      in.operand_col = head.col + m->reg_offset;
      if (!register_number(m->reg, line, in.operand_col, &in.operand)) return false;
    } else if (kind != Operand::kNone) {
      if (words.size() < 2)
        return fail(line, head.col,
                    quoted(head.text) + " needs " +
                        (kind == Operand::kRegister ? "a register number" : "a jump target (an instruction index)"));
      const Word& arg = words[1];
      in.operand_col = arg.col;
      used = 2;
      if (kind == Operand::kRegister) {
        if (!register_number(arg.text, line, arg.col, &in.operand)) return false;
      } else {
        if (!all_digits(arg.text))
          return fail(line, arg.col,
                      "jump target must be a decimal instruction index, got " + quoted(arg.text));
        in.operand = decimal(arg.text);
        targets_.emplace_back(out_->insns.size(), std::string(arg.text));
      }
    }
    if (words.size() > used) {
      std::string why = kind == Operand::kNone ? "takes no operand"
                        : used == 1            ? "already names its register"
                                               : "takes one operand";
      return fail(line, words[used].col,
                  "extra operand " + quoted(words[used].text) + ": " + quoted(head.text) + " " + why);
    }
    out_->insns.push_back(in);
    return true;
  }

  bool register_number(std::string_view text, uint32_t line, uint32_t col, uint32_t* out) {
    if (!all_digits(text))
      return fail(line, col, "expected a register number, got " + quoted(text));
    *out = decimal(text);
    if (*out >= kRegisterCount)
      return fail(line, col,
                  "register r" + std::string(text) + " out of range (r0..r" +
                      std::to_string(kRegisterCount - 1) + ")");
    return true;
  }

  bool fail(uint32_t line, uint32_t col, std::string message) {
    *err_ = ir::SourceError{std::string(file_), line, col, std::move(message)};
    return false;
  }

  std::string_view file_;
  Bytecode* out_;
  ir::SourceError* err_;
  std::vector<std::pair<size_t, std::string>> targets_;  // (instruction, target as written)
};

}  // namespace

bool read(std::string_view text, std::string_view file, Bytecode* out, ir::SourceError* error) {
  *out = Bytecode{};
  return Reader(file, out, error).run(text);
}

}  // namespace sy::toy
