// The Python parser: source text to the AST of ast.h, or a SyntaxError as CPython 3.11
// reports it. Hand-written recursive descent over the token stream of tokenizer.h.
#pragma once
#include <string>
#include <string_view>

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

// Parses a module. On a syntax error returns nullptr and fills *error. Nodes are allocated
// in *arena, which must outlive the tree.
ast::Module* parse_module(std::string_view source, std::string_view filename, ast::Arena* arena, SyntaxError* error);

}  // namespace sy::py
