// The external term format against erl: term_to_binary bytes (plain, compressed, minor
// version 2) for every test term, and binary_to_term verdicts on malformed input.
#include "frontends/beam/runtime/etf.h"

#include <gtest/gtest.h>

#include "beam_data.h"
#include "beam_term_text.h"
#include "core/ir/module.h"
#include "frontends/beam/runtime/compare.h"

namespace sy::beam {
namespace {

using test::T;

class BeamEtf : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

std::string hex(std::string_view bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

std::string unhex(std::string_view h) {
  std::string out;
  for (size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16));
  return out;
}

std::string encode(Value v, EncodeOptions options = {}) {
  std::string out, error;
  EXPECT_TRUE(encode_term(v, &out, &error, options)) << error;
  return out;
}

void check_encodings(std::vector<std::string> texts, const char* expected_file) {
  std::vector<std::string> expected = test::data_lines(expected_file);
  ASSERT_EQ(texts.size(), expected.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    Value v = T(texts[i]);
    std::istringstream fields(expected[i]);
    std::string plain, compressed, minor2;
    fields >> plain >> compressed >> minor2;
    EXPECT_EQ(hex(encode(v)), plain) << texts[i];
    EncodeOptions c;
    c.compression = 6;
    EXPECT_EQ(hex(encode(v, c)), compressed) << texts[i] << " [compressed]";
    EncodeOptions m2;
    m2.minor_version = 2;
    EXPECT_EQ(hex(encode(v, m2)), minor2) << texts[i] << " [{minor_version, 2}]";
    for (const std::string& bytes : {plain, compressed, minor2}) {
      Value back;
      DecodeError err;
      size_t used = 0;
      std::string raw = unhex(bytes);
      ASSERT_TRUE(decode_term(raw, &back, &err, &used)) << texts[i] << ": " << err.format();
      EXPECT_TRUE(exact_equal(back, v)) << texts[i];
      EXPECT_EQ(used, raw.size()) << texts[i];
    }
  }
}

TEST_F(BeamEtf, EncodingIsByteIdenticalToErlAndDecodesBack) {
  std::vector<std::string> texts = test::term_lines("terms.txt");
  for (const std::string& t : test::term_lines("etf_terms.txt")) texts.push_back(t);
  check_encodings(texts, "etf.expected");
}

// 250 seeded random terms (beam_expect:random_terms/1).
TEST_F(BeamEtf, RandomTermsEncodeLikeErl) { check_encodings(test::term_lines("random_terms.txt"), "random_etf.expected"); }

TEST_F(BeamEtf, MalformedInputIsRejectedLikeErl) {
  std::vector<std::string> inputs = test::term_lines("etf_bad.txt");
  std::vector<std::string> expected = test::data_lines("etf_bad.expected");
  ASSERT_EQ(inputs.size(), expected.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string_view bytes = binary_bytes(T(inputs[i]).as<Binary>());
    Value v;
    DecodeError err;
    size_t used = 0;
    bool ok = decode_term(bytes, &v, &err, &used);
    if (expected[i] == "badarg") {
      EXPECT_FALSE(ok) << inputs[i] << " decoded, erl says badarg";
      EXPECT_FALSE(err.message.empty()) << inputs[i];
      continue;
    }
    ASSERT_TRUE(ok) << inputs[i] << ": " << err.format();
    std::istringstream fields(expected[i].substr(3));
    std::string reencoded;
    size_t erl_used;
    fields >> reencoded >> erl_used;
    EXPECT_EQ(hex(encode(v)), reencoded) << inputs[i];
    EXPECT_EQ(used, erl_used) << inputs[i];
  }
}

TEST_F(BeamEtf, ErrorsNameTheOffset) {
  Value v;
  DecodeError err;
  EXPECT_FALSE(decode_term(std::string("\x83\x68\x02\x61\x01\xC8", 6), &v, &err));
  EXPECT_EQ(err.format(), "at byte 5: unknown tag 200");
  EXPECT_FALSE(decode_term(std::string("\x83\x6D\x00\x00\x00\x09\x01", 7), &v, &err));
  EXPECT_EQ(err.format(), "at byte 6: truncated binary");
  EXPECT_FALSE(decode_term(std::string("\x84", 1), &v, &err));
  EXPECT_EQ(err.format(), "at byte 0: bad version byte 132 (expected 131)");
}

TEST_F(BeamEtf, DeepAndLongTermsRoundTrip) {
  Value deep = Value::nil();
  for (int i = 0; i < 200000; ++i) deep = T("{}"), deep = tuple({deep, Value::small_int(i)});
  Value list = Value::nil();
  for (int i = 0; i < 100000; ++i) list = cons(Value::small_int(i), list);
  for (Value v : {deep, list}) {
    std::string bytes = encode(v);
    Value back;
    DecodeError err;
    ASSERT_TRUE(decode_term(bytes, &back, &err)) << err.format();
    EXPECT_TRUE(exact_equal(v, back));
  }
}

TEST_F(BeamEtf, PidsRefsPortsAndLocalFuns) {
  Value pid = make_pid(9, 0), ref = make_ref(0x0001e8c6u, 0xfc140001u, 0x0002ed2cu);
  // erl: term_to_binary(self()) in a fresh shell-less node, and a reference.
  EXPECT_EQ(hex(encode(pid)), "83586400" "0d6e6f6e6f6465406e6f686f7374" "00000009" "00000000" "00000000");
  EXPECT_EQ(hex(encode(ref)), "835a0003640" "00d6e6f6e6f6465406e6f686f7374" "00000000" "0001e8c6" "fc140001" "0002ed2c");
  for (Value v : {pid, ref, make_port(77)}) {
    Value back;
    DecodeError err;
    ASSERT_TRUE(decode_term(encode(v), &back, &err)) << err.format();
    EXPECT_TRUE(exact_equal(v, back));
  }
  // A local fun: NEW_FUN_EXT, resolved through the VM's hook when decoded.
  static Function lambda;
  lambda.name = "-main/0-fun-0-";
  register_fun_info(&lambda, {atom("m"), atom("-main/0-fun-0-"), 3, 12345, 1, 2});
  Closure* c = new_closure(&lambda, 2);
  c->captures[0] = T("[x]");
  c->captures[1] = T("7");
  std::string bytes = encode(Value::object(c));
  Value back;
  DecodeError err;
  EXPECT_FALSE(decode_term(bytes, &back, &err));
  EXPECT_NE(err.message.find("a fun of module 'm' (index 3) that is not loaded"), std::string::npos) << err.message;
  DecodeOptions options;
  options.funs.resolve = [](void*, Value module, uint32_t index, uint32_t uniq, const Value* free, uint32_t n) {
    if (module != atom("m") || index != 3 || uniq != 12345 || n != 2) return Value();
    Closure* f = new_closure(&lambda, n);
    for (uint32_t i = 0; i < n; ++i) f->captures[i] = free[i];
    return Value::object(f);
  };
  ASSERT_TRUE(decode_term(bytes, &back, &err, nullptr, options)) << err.format();
  EXPECT_TRUE(exact_equal(back, Value::object(c)));
}

}  // namespace
}  // namespace sy::beam
