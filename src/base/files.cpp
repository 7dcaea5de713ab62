#include "base/files.h"

#include "base/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sys/stat.h>

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

} // namespace ddlint::files
