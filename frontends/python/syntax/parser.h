// The Python parser: source text to the AST of ast.h, or a SyntaxError as CPython 3.11
// reports it. Hand-written recursive descent over the token stream of tokenizer.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/syntax/ast.h"

namespace sy::py {

// A compile-time error: SyntaxError, IndentationError or TabError, with CPython's fields.
struct SyntaxError {
  std::string type = "SyntaxError";
  std::string msg;
  std::string filename;
  int lineno = 0, offset = 0;          // offset: 1-based column in characters; 0 if none
  int end_lineno = 0, end_offset = 0;  // 0 when CPython has none
  std::string text;                    // the offending source line (CPython keeps its newline)
  bool has_location = false;           // false: only "Type: msg" is printed
  bool has_text = false;
  // The report CPython prints: `  File "f.py", line N`, the line, the carets, `Type: msg`.
  std::string format() const;
};

// A SyntaxWarning CPython 3.11 prints while compiling (a number run into a keyword, as in
// `1if x else y`).
struct SyntaxWarning {
  std::string filename;
  int lineno = 0;
  std::string msg;
  std::string line;  // the source line, stripped
  // What Python's warnings module prints: "file:N: SyntaxWarning: msg" and the line.
  std::string format() const;
};

// Parses a module. On a syntax error returns nullptr and fills *error. Nodes are allocated
// in *arena, which must outlive the tree. Warnings, which CPython prints before anything
// else (the SyntaxError report too), go to *warnings if given.
ast::Module* parse_module(std::string_view source, std::string_view filename, ast::Arena* arena, SyntaxError* error,
                          std::vector<SyntaxWarning>* warnings = nullptr);

}  // namespace sy::py
