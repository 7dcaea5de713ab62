#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <malloc.h>
#include <mutex>
#include <pthread.h>
#include <sched.h>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ddlint::parallel {
namespace {

struct Shared {
  std::size_t count = 0;
  const std::function<void(std::size_t)>* fn = nullptr;
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::exception_ptr error;
};

void* worker(void* arg) {
  auto* s = static_cast<Shared*>(arg);
  while (true) {
    const std::size_t i = s->next.fetch_add(1);
    if (i >= s->count) {
      break;
    }
    try {
      (*s->fn)(i);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(s->mutex);
      if (!s->error) {
        s->error = std::current_exception();
      }
    }
  }
  return nullptr;
}

} // namespace

unsigned hardware_jobs() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) {
      return static_cast<unsigned>(n);
    }
  }
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void limit_allocator_arenas(unsigned jobs) {
  static std::once_flag once;
  std::call_once(once, [jobs] {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(1U, jobs)));
#else
    (void)jobs;
#endif
  });
}

void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

void for_each(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& fn) {
  if (count == 0) {
    return;
  }
  Shared shared;
  shared.count = count;
  shared.fn = &fn;
  const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, count));
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  std::vector<pthread_t> ids;
  for (std::size_t i = 0; i < threads; ++i) {
    pthread_t id{};
    if (pthread_create(&id, &attr, worker, &shared) == 0) {
      ids.push_back(id);
    }
  }
  pthread_attr_destroy(&attr);
  if (ids.empty()) {
    throw std::runtime_error("cannot start a worker thread");
  }
  for (pthread_t id : ids) {
    pthread_join(id, nullptr);
  }
  if (shared.error) {
    std::rethrow_exception(shared.error);
  }
}

namespace {

struct PipelineState {
  std::size_t count = 0;
  std::size_t window = 1;
  const std::function<void(std::size_t)>* produce = nullptr;
  std::mutex mutex;
  std::condition_variable cv;
  std::size_t next = 0;     // next item to hand out
  std::size_t consumed = 0; // items consumed so far
  std::vector<char> done;   // produced flags
  bool stop = false;
  std::exception_ptr error;
};

void* pipeline_worker(void* arg) {
  auto* s = static_cast<PipelineState*>(arg);
  while (true) {
    std::size_t i = 0;
    {
      std::unique_lock<std::mutex> lock(s->mutex);
      s->cv.wait(lock, [&] {
        return s->stop || s->next >= s->count || s->next < s->consumed + s->window;
      });
      if (s->stop || s->next >= s->count) {
        return nullptr;
      }
      i = s->next++;
    }
    try {
      (*s->produce)(i);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(s->mutex);
      if (!s->error) {
        s->error = std::current_exception();
      }
      s->stop = true;
      s->cv.notify_all();
      return nullptr;
    }
    {
      const std::lock_guard<std::mutex> lock(s->mutex);
      s->done[i] = 1;
    }
    s->cv.notify_all();
  }
}

} // namespace

void pipeline(std::size_t count, unsigned jobs, std::size_t window,
              const std::function<void(std::size_t)>& produce,
              const std::function<void(std::size_t)>& consume) {
  if (count == 0) {
    return;
  }
  if (jobs <= 1) {
    // One job: produce and consume alternate on a single worker (large stack). No hand-off
    // between threads, so no locking, no wake-ups and one uncontended allocator arena.
    for_each(1, 1, [&](std::size_t) {
      for (std::size_t i = 0; i < count; ++i) {
        produce(i);
        consume(i);
      }
    });
    return;
  }
  PipelineState s;
  s.count = count;
  s.window = std::max<std::size_t>(1, window);
  s.produce = &produce;
  s.done.assign(count, 0);
  const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, count));
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  std::vector<pthread_t> ids;
  for (std::size_t t = 0; t < threads; ++t) {
    pthread_t id{};
    if (pthread_create(&id, &attr, pipeline_worker, &s) == 0) {
      ids.push_back(id);
    }
  }
  pthread_attr_destroy(&attr);
  if (ids.empty()) {
    throw std::runtime_error("cannot start a worker thread");
  }
  std::exception_ptr consume_error;
  for (std::size_t i = 0; i < count; ++i) {
    {
      std::unique_lock<std::mutex> lock(s.mutex);
      s.cv.wait(lock, [&] { return s.done[i] != 0 || s.stop; });
      if (s.stop && s.done[i] == 0) {
        break;
      }
    }
    try {
      consume(i);
    } catch (...) {
      consume_error = std::current_exception();
      const std::lock_guard<std::mutex> lock(s.mutex);
      s.stop = true;
      s.cv.notify_all();
      break;
    }
    {
      const std::lock_guard<std::mutex> lock(s.mutex);
      s.consumed = i + 1;
    }
    s.cv.notify_all();
  }
  {
    const std::lock_guard<std::mutex> lock(s.mutex);
    s.stop = s.stop || s.consumed < count;
    s.cv.notify_all();
  }
  for (pthread_t id : ids) {
    pthread_join(id, nullptr);
  }
  if (s.error) {
    std::rethrow_exception(s.error);
  }
  if (consume_error) {
    std::rethrow_exception(consume_error);
  }
}

} // namespace ddlint::parallel
