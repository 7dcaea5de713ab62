// The output buffer of the streaming reporters: they append to `buf()` and the text goes to the
// stream whenever it holds `chunk` bytes, so memory is bounded by the chunk, not by the report.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace ddlint::report {

class Sink {
public:
  Sink(std::ostream& os, std::size_t chunk) : os_(os), chunk_(chunk == 0 ? 1 : chunk) {
    buf_.reserve(chunk_ + chunk_ / 2);
  }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  std::string& buf() { return buf_; }
  std::size_t chunk() const { return chunk_; }

  // Call between units (findings, testcases): writes the buffer out once it holds a chunk.
  void flush_if_full() {
    if (buf_.size() >= chunk_) {
      flush();
    }
  }

  // Writes what is buffered; the caller's last call (the stream itself is not flushed).
  void flush() {
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

private:
  std::ostream& os_;
  std::size_t chunk_;
  std::string buf_;
};

} // namespace ddlint::report
