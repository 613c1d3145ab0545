// The mailbox of a BEAM process: a queue with a save pointer for selective receive.
#include <gtest/gtest.h>

#include "core/heap.h"
#include "frontends/beam/process/process.h"

namespace sy::beam {
namespace {

Value n(int64_t i) { return Value::small_int(i); }

// The messages from the head, as ints.
std::vector<int64_t> contents(const Mailbox& m) {
  std::vector<int64_t> out;
  for (MessageNode* p = m.head; p; p = p->next) out.push_back(p->message.as_int());
  return out;
}

class MailboxTest : public ::testing::Test {
 protected:
  MailboxTest() {
    heap::init();
    p_ = new_process();  // the mailbox lives in a heap object, as in a process
    keep_.push_back(Value::object(p_));  // the fixture is not scanned by the collector
  }
  Mailbox& m() { return p_->mbox; }
  Process* p_;
  heap::RootedVector<Value> keep_;
};

TEST_F(MailboxTest, PeekWalksWithTheSavePointer) {
  EXPECT_TRUE(mailbox_peek(m()).is_empty());
  for (int i = 1; i <= 3; ++i) mailbox_push(m(), n(i));
  EXPECT_EQ(m().size, 3u);
  EXPECT_EQ(mailbox_peek(m()).as_int(), 1);
  mailbox_next(m());
  EXPECT_EQ(mailbox_peek(m()).as_int(), 2);
  mailbox_next(m());
  mailbox_next(m());
  EXPECT_TRUE(mailbox_peek(m()).is_empty());  // scanned to the end: a receive would wait here
  mailbox_push(m(), n(4));                     // a new message arrives...
  EXPECT_EQ(mailbox_peek(m()).as_int(), 4);    // ...and the scan resumes with exactly it
  mailbox_rewind(m());
  EXPECT_EQ(mailbox_peek(m()).as_int(), 1);
}

TEST_F(MailboxTest, RemoveInTheMiddleAndAtTheEnds) {
  for (int i = 1; i <= 4; ++i) mailbox_push(m(), n(i));
  mailbox_next(m());
  mailbox_remove(m());  // 2: the save pointer goes back to the head
  EXPECT_EQ(contents(m()), (std::vector<int64_t>{1, 3, 4}));
  EXPECT_EQ(mailbox_peek(m()).as_int(), 1);
  mailbox_next(m());
  mailbox_next(m());
  mailbox_remove(m());  // 4, the last: the tail must follow
  mailbox_push(m(), n(5));
  EXPECT_EQ(contents(m()), (std::vector<int64_t>{1, 3, 5}));
  mailbox_remove(m());  // 1, the head
  EXPECT_EQ(contents(m()), (std::vector<int64_t>{3, 5}));
  EXPECT_EQ(m().size, 2u);
  mailbox_remove(m());
  mailbox_remove(m());
  EXPECT_TRUE(contents(m()).empty());
  mailbox_remove(m());  // nothing there: no effect
  mailbox_push(m(), n(6));
  EXPECT_EQ(contents(m()), (std::vector<int64_t>{6}));
  EXPECT_EQ(m().size, 1u);
}

TEST_F(MailboxTest, MessagesSurviveCollections) {
  for (int i = 0; i < 1000; ++i) mailbox_push(m(), Value::object(new_tuple(1)));
  heap::collect();
  uint64_t count = 0;
  for (MessageNode* q = m().head; q; q = q->next) {
    ASSERT_TRUE(is_instance(q->message, cls::Tuple));
    ++count;
  }
  EXPECT_EQ(count, 1000u);
}

}  // namespace
}  // namespace sy::beam
