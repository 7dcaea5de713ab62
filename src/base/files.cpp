#include "base/files.h"

#include "base/error.h"
#include "base/utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace ddlint::files {

ReadResult read(const std::string& path, std::uint64_t max_bytes) {
  ReadResult out;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    out.error = path + ": " + std::strerror(errno);
    return out;
  }
  if (S_ISDIR(st.st_mode)) {
    out.error = path + ": is a directory";
    return out;
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    out.too_large = true;
    out.error = path + ": file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                std::to_string(max_bytes) + " bytes (option max_file_size)";
    return out;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    out.error = path + ": " + std::strerror(errno);
    return out;
  }
  out.content.resize(static_cast<std::size_t>(st.st_size));
  const std::size_t got = std::fread(out.content.data(), 1, out.content.size(), f);
  out.content.resize(got);
  // Files may grow while read (or be special files without a size): read the rest.
  char buf[65536];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.content.append(buf, n);
    if (out.content.size() > max_bytes) {
      out.too_large = true;
      out.error = path + ": file exceeds the limit of " + std::to_string(max_bytes) + " bytes";
      out.content.clear();
      break;
    }
  }
  if (std::ferror(f) != 0) {
    out.error = path + ": read error";
    out.content.clear();
  }
  std::fclose(f);
  return out;
}

SourceResult read_source(const std::string& path, std::uint64_t max_bytes) {
  SourceResult out;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::uint64_t>(st.st_size) >= kMapBytes &&
      static_cast<std::uint64_t>(st.st_size) <= max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      // Size again from the open file: it may have changed since stat().
      struct stat fst {};
      if (::fstat(fd, &fst) == 0 && S_ISREG(fst.st_mode) &&
          static_cast<std::uint64_t>(fst.st_size) >= kMapBytes &&
          static_cast<std::uint64_t>(fst.st_size) <= max_bytes) {
        out.content = SourceText::map(fd, static_cast<std::size_t>(fst.st_size), path);
      }
      ::close(fd);
      if (out.content.mapped()) {
        return out;
      }
    }
  }
  ReadResult r = read(path, max_bytes);
  out.content = std::move(r.content);
  out.error = std::move(r.error);
  out.too_large = r.too_large;
  return out;
}

ReadResult read_stdin(std::uint64_t max_bytes) {
  ReadResult out;
  char buf[65536];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    out.content.append(buf, n);
    if (out.content.size() > max_bytes) {
      out.too_large = true;
      out.error = "<stdin>: input exceeds the limit of " + std::to_string(max_bytes) + " bytes";
      out.content.clear();
      return out;
    }
  }
  return out;
}

void write(const std::string& path, const std::string& content) {
  if (path == "-" || path.empty()) {
    std::cout << content;
    std::cout.flush();
    return;
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) {
    throw IoError("cannot write " + path + ": " + std::strerror(errno));
  }
  f << content;
  f.close();
  if (!f) {
    throw IoError("cannot write " + path + ": " + std::strerror(errno));
  }
}

BinaryProbe probe_binary(std::string_view content) {
  BinaryProbe p;
  p.probed = std::min(content.size(), kBinaryProbeBytes);
  bool head_nul = false;
  bool odd_after_head_nul = false;
  for (std::size_t pos = 0; pos < p.probed;) {
    const auto c = static_cast<unsigned char>(content[pos]);
    std::size_t len = 1;
    bool odd = false;
    if (c < 0x80) {
      odd =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7f;
    } else {
      len = utf8::sequence_length(content, pos);
      odd = len == 1; // not the start of a well-formed sequence
    }
    if (odd) {
      if (p.odd == 0) {
        p.first_odd = pos;
      }
      ++p.odd;
      if (head_nul) {
        odd_after_head_nul = true;
      }
      if (c == 0 && pos < kBinaryHeadBytes) {
        head_nul = true;
      }
    }
    pos += len;
  }
  p.binary = p.odd > 0 && (p.odd * 100 >= p.probed * kBinaryOddPercent || odd_after_head_nul);
  return p;
}

} // namespace ddlint::files
