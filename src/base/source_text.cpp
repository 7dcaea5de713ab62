#include "base/source_text.h"

#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace ddlint {

// A file truncated by another process while it is mapped raises SIGBUS when its vanished pages
// are read. The handler turns that into an error naming the file (exit 2) instead of a crash.
// Mapped ranges form a list that is only ever prepended to, so the handler reads it without
// locks; an unmapped range is cleared, never unlinked.
struct SourceText::Guard {
  std::atomic<const char*> begin{nullptr};
  std::atomic<const char*> end{nullptr};
  std::string path;
  Guard* next = nullptr;
};

namespace {

using Range = SourceText::Guard;
std::atomic<Range*> g_ranges{nullptr};

void write_all(const char* s, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(2, s, n);
    if (w <= 0) {
      return;
    }
    s += w;
    n -= static_cast<std::size_t>(w);
  }
}

void on_sigbus(int sig, siginfo_t* info, void* /*context*/) {
  const auto* addr = static_cast<const char*>(info->si_addr);
  for (const Range* r = g_ranges.load(); r != nullptr; r = r->next) {
    const char* b = r->begin.load();
    const char* e = r->end.load();
    if (b != nullptr && addr >= b && addr < e) {
      static const char kHead[] = "ddlint: error: ";
      static const char kTail[] = ": the file shrank while ddlint was reading it; run again\n";
      write_all(kHead, sizeof kHead - 1);
      write_all(r->path.data(), r->path.size());
      write_all(kTail, sizeof kTail - 1);
      ::_exit(2);
    }
  }
  // Not one of ours: the default action.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  raise(sig);
}

void install_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa {};
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, nullptr);
  });
}

Range* register_range(const char* data, std::size_t size, const std::string& path) {
  auto* r = new Range(); // never freed: the handler may walk the list at any time
  r->path = path;
  r->begin.store(data);
  r->end.store(data + size);
  Range* head = g_ranges.load();
  do {
    r->next = head;
  } while (!g_ranges.compare_exchange_weak(head, r));
  return r;
}

} // namespace

SourceText SourceText::map(int fd, std::size_t size, const std::string& path) {
  SourceText t;
  if (size == 0) {
    return t;
  }
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) {
    return t;
  }
  install_handler();
  auto m = std::make_shared<Mapping>();
  m->data = static_cast<const char*>(p);
  m->size = size;
  m->guard = register_range(m->data, size, path);
  t.map_ = std::move(m);
  return t;
}

SourceText::Mapping::~Mapping() {
  if (data != nullptr) {
    // The entry stays in the handler's list (it may be walking it), emptied.
    guard->begin.store(nullptr);
    guard->end.store(nullptr);
    ::munmap(const_cast<char*>(data), size);
  }
}

void SourceText::release_pages() const {
  if (map_) {
    ::madvise(const_cast<char*>(map_->data), map_->size, MADV_DONTNEED);
  }
}

} // namespace ddlint
