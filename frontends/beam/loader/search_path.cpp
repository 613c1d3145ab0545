#include "frontends/beam/loader/search_path.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace sy::beam {

namespace {

bool is_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string join(const std::string& dir, std::string_view file) {
  if (dir.empty()) return std::string(file);
  return dir.back() == '/' ? dir + std::string(file) : dir + "/" + std::string(file);
}

// Version strings compare component by component, numbers numerically ("4.10" > "4.9").
bool version_less(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t ie = i, je = j;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      unsigned long long x = std::strtoull(a.substr(i, ie - i).c_str(), nullptr, 10);
      unsigned long long y = std::strtoull(b.substr(j, je - j).c_str(), nullptr, 10);
      if (x != y) return x < y;
      i = ie;
      j = je;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

}  // namespace

void ModuleSearchPath::set_program_dir(std::string dir) {
  program_dir_ = std::move(dir);
  cache_.clear();
}

void ModuleSearchPath::add_path(std::string dir) {
  paths_.push_back(std::move(dir));
  cache_.clear();
}

void ModuleSearchPath::set_otp_root(std::string root) {
  root_ = std::move(root);
  root_known_ = true;
  otp_indexed_ = false;
  ebin_dirs_.clear();
  otp_modules_.clear();
  cache_.clear();
}

std::string ModuleSearchPath::ask_erl_for_root() {
  std::FILE* p = ::popen("erl -noshell -eval 'io:format(\"~s\",[code:root_dir()]),halt().' 2>/dev/null", "r");
  if (!p) return "";
  std::string out;
  char buf[512];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = ::pclose(p);
  if (status != 0 || out.empty() || out[0] != '/') return "";
  return out;
}

const std::string& ModuleSearchPath::otp_root() {
  if (!root_known_) {
    root_known_ = true;
    if (const char* env = std::getenv("SWITCHYARD_OTP_ROOT")) {
      root_ = env;
    } else if (is_dir("/usr/lib/erlang/lib")) {
      root_ = "/usr/lib/erlang";
    } else {
      root_ = ask_erl_for_root();
    }
  }
  return root_;
}

void ModuleSearchPath::index_otp() {
  if (otp_indexed_) return;
  otp_indexed_ = true;
  const std::string& root = otp_root();
  if (root.empty()) return;
  // Highest version of each application: lib/APP-VSN (or plain lib/APP).
  std::map<std::string, std::string> latest;  // app -> version
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(join(root, "lib"), ec)) {
    std::string name = entry.path().filename().string();
    size_t dash = name.find('-');
    std::string app = name.substr(0, dash), vsn = dash == std::string::npos ? "" : name.substr(dash + 1);
    if (!is_dir(join(join(join(root, "lib"), name), "ebin"))) continue;
    auto it = latest.find(app);
    if (it == latest.end() || version_less(it->second, vsn)) latest[app] = vsn;
  }
  for (const auto& [app, vsn] : latest) {
    std::string dir = join(join(root, "lib"), vsn.empty() ? app : app + "-" + vsn) + "/ebin";
    ebin_dirs_.push_back(dir);
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      std::string file = entry.path().filename().string();
      if (file.size() > 5 && file.compare(file.size() - 5, 5, ".beam") == 0) names.push_back(file);
    }
    for (const std::string& file : names) otp_modules_.emplace(file.substr(0, file.size() - 5), join(dir, file));
  }
}

const std::vector<std::string>& ModuleSearchPath::otp_ebin_dirs() {
  index_otp();
  return ebin_dirs_;
}

const std::string& ModuleSearchPath::find(std::string_view module) {
  std::string key(module);
  auto hit = cache_.find(key);
  if (hit != cache_.end()) return hit->second;
  std::string found;
  // A module name is a file name, never a path.
  bool plain = !key.empty() && key != "." && key != ".." && key.find('/') == std::string::npos &&
               key.find('\0') == std::string::npos;
  if (plain) {
    std::string file = key + ".beam";
    if (is_file(join(program_dir_, file))) {
      found = join(program_dir_, file);
    } else {
      for (const std::string& dir : paths_) {
        if (is_file(join(dir, file))) {
          found = join(dir, file);
          break;
        }
      }
      if (found.empty()) {
        index_otp();
        auto it = otp_modules_.find(key);
        if (it != otp_modules_.end()) found = it->second;
      }
    }
  }
  return cache_.emplace(key, std::move(found)).first->second;
}

}  // namespace sy::beam
