// Where a module's .beam file is found, for `switchyard run prog.beam` and the modules it
// calls: first the directory of the program file, then every `-pa DIR` in the order
// given, then the installed Erlang/OTP's library directories (ROOT/lib/APP-VSN/ebin,
// the highest version of each application, as erl's code server picks them).
//
// The OTP root is, in order: what set_otp_root was given; $SWITCHYARD_OTP_ROOT; the
// standard Debian location /usr/lib/erlang when it holds lib/; otherwise the answer of
// `erl -noshell -eval 'io:format("~s",[code:root_dir()]),halt().'`, asked once (it costs
// an erl start-up, so the fixed locations come first). Lookups are remembered, found or
// not.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sy::beam {

class ModuleSearchPath {
 public:
  // The directory of the program file (searched first). "" means the current directory.
  void set_program_dir(std::string dir);
  // Appends a `-pa DIR` directory (searched after the program's directory, in order).
  void add_path(std::string dir);
  // Uses `root` as the Erlang root instead of discovering it ("" disables OTP's libraries).
  void set_otp_root(std::string root);

  // The path of MODULE.beam, or "" when no directory has it.
  const std::string& find(std::string_view module);

  // The Erlang root in use ("" if none was found) and its ebin directories.
  const std::string& otp_root();
  const std::vector<std::string>& otp_ebin_dirs();

  // Asks `erl` for code:root_dir(); "" if erl cannot be run.
  static std::string ask_erl_for_root();

 private:
  void index_otp();

  std::string program_dir_;
  std::vector<std::string> paths_;
  bool root_known_ = false;
  std::string root_;
  bool otp_indexed_ = false;
  std::vector<std::string> ebin_dirs_;
  std::unordered_map<std::string, std::string> otp_modules_;  // module -> path, from ebin_dirs_
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace sy::beam
