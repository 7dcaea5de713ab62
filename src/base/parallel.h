// Runs tasks on worker threads with large stacks (libpg_query recurses deeply on nested input).
// No ddlint concepts.
#pragma once

#include <cstddef>
#include <functional>

namespace ddlint::parallel {

// Stack size of worker threads, in bytes (virtual; pages are committed only when touched).
inline constexpr std::size_t kStackBytes = 256U * 1024U * 1024U;

// Calls fn(i) for i in [0, count) on min(jobs, count) threads (at least one worker thread, even
// for jobs == 1, so the stack is always large). Tasks are handed out in increasing order.
// Exceptions thrown by fn are rethrown (the first one) after all workers finished.
void for_each(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& fn);

// A bounded, ordered pipeline: workers (large stacks) call produce(i) for i in [0, count) in
// increasing order, at most `window` items ahead of the consumer; the calling thread calls
// consume(i) in order as soon as item i is produced. Bounds memory to `window` items in flight.
// Exceptions from produce or consume stop the pipeline and are rethrown. With jobs <= 1 one
// worker thread alternates produce(i) and consume(i): a single-threaded run.
void pipeline(std::size_t count, unsigned jobs, std::size_t window,
              const std::function<void(std::size_t)>& produce,
              const std::function<void(std::size_t)>& consume);

// Number of cores available to this process (at least 1).
unsigned hardware_jobs();

// Caps the allocator's arenas for a run with `jobs` workers (glibc: M_ARENA_MAX = jobs). glibc
// otherwise gives each new thread its own arena (up to 8 per core); memory freed in one (the
// parse's temporaries) cannot serve another (the catalog and findings), which costs peak RSS.
// One arena per job keeps workers from queueing on one arena's lock (--jobs 2 spent a fifth of
// its CPU more than --jobs 1 that way). Call before the first worker thread starts; later calls
// have no effect.
void limit_allocator_arenas(unsigned jobs);

// Gives the allocator's free pages back to the kernel (glibc: malloc_trim). The parse leaves
// many freed temporaries between the catalog's objects; rules and reports then start from the
// catalog's real size instead of the parse's high-water mark.
void release_free_memory();

} // namespace ddlint::parallel
