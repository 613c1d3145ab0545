// What reading .beam files costs: the decode of one module (OTP's lists, the largest
// stdlib module a program typically calls), its disassembly, every installed OTP module,
// and the first module search (which indexes OTP's ebin directories). Each benchmark
// checks what it decoded.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/loader/disasm.h"
#include "frontends/beam/loader/search_path.h"

namespace sy::beam {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& lists_image() {
  static const std::string image = [] {
    ModuleSearchPath path;
    return slurp(path.find("lists"));
  }();
  return image;
}

void BM_DecodeLists(benchmark::State& state) {
  const std::string& image = lists_image();
  size_t instructions = 0;
  for (auto _ : state) {
    Module m;
    std::string error;
    if (!read_image(image, "lists.beam", &m, &error)) return state.SkipWithError(error.c_str());
    instructions = 0;
    for (const Function& f : m.functions) instructions += f.code.size();
    benchmark::DoNotOptimize(m);
  }
  if (instructions < 5000) state.SkipWithError("lists.beam decoded to too few instructions");
  state.counters["instructions"] = static_cast<double>(instructions);
  state.counters["ns/instruction"] = benchmark::Counter(static_cast<double>(instructions),
                                                        benchmark::Counter::kIsIterationInvariantRate |
                                                            benchmark::Counter::kInvert);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * image.size()));
}
BENCHMARK(BM_DecodeLists)->Unit(benchmark::kMicrosecond);

void BM_DisassembleLists(benchmark::State& state) {
  Module m;
  std::string error;
  if (!read_image(lists_image(), "lists.beam", &m, &error)) return state.SkipWithError(error.c_str());
  for (auto _ : state) {
    std::string text;
    if (!disassemble(m, &text, &error)) return state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_DisassembleLists)->Unit(benchmark::kMicrosecond);

void BM_DecodeAllOtp(benchmark::State& state) {
  std::vector<std::string> images;
  ModuleSearchPath path;
  for (const std::string& dir : path.otp_ebin_dirs())
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".beam") images.push_back(slurp(e.path().string()));
  if (images.empty()) return state.SkipWithError("no OTP installation");
  for (auto _ : state) {
    for (const std::string& image : images) {
      Module m;
      std::string error;
      if (!read_image(image, "otp.beam", &m, &error)) return state.SkipWithError(error.c_str());
      benchmark::DoNotOptimize(m);
    }
  }
  state.counters["modules"] = static_cast<double>(images.size());
}
BENCHMARK(BM_DecodeAllOtp)->Unit(benchmark::kMillisecond);

// A fresh search path finding lists: indexes OTP's ebin directories once.
void BM_FirstOtpLookup(benchmark::State& state) {
  for (auto _ : state) {
    ModuleSearchPath path;
    if (path.find("lists").empty()) return state.SkipWithError("lists.beam not found");
  }
}
BENCHMARK(BM_FirstOtpLookup)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace sy::beam
