#include "suppress/comments.h"

#include "base/line_index.h"
#include "base/strings.h"
#include "rules/registry.h"

#include <algorithm>
#include <map>

namespace ddlint::suppress {
namespace {

constexpr std::string_view kPrefix = "ddlint-";

bool id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         (c >= 'A' && c <= 'Z');
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// One `ddlint-*` comment, split into its parts with byte offsets in the file.
struct Directive {
  std::string word; // "ddlint-disable-next-line", ...
  struct Id {
    std::string text;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  std::vector<Id> ids;
  std::vector<Id> junk; // tokens that are not rule ids
  std::string reason;
};

// Parses the comment at [begin, end) of `text`; false when it is not a ddlint directive.
bool read_directive(std::string_view text, const parse::CommentSpan& c, Directive& d) {
  std::uint32_t i = c.begin + 2; // past "--" or "/*"
  std::uint32_t end = c.end;
  if (c.block && end >= i + 2 && text.substr(end - 2, 2) == "*/") {
    end -= 2;
  }
  while (i < end && is_space(text[i])) {
    ++i;
  }
  if (text.substr(i, kPrefix.size()) != kPrefix) {
    return false;
  }
  const std::uint32_t wb = i;
  while (i < end && (id_char(text[i]))) {
    ++i;
  }
  d.word = std::string(text.substr(wb, i - wb));
  // Rule ids, separated by commas and/or blanks, up to "--" (the reason) or the end.
  while (i < end) {
    if (is_space(text[i]) || text[i] == ',') {
      ++i;
      continue;
    }
    if (text.substr(i, 2) == "--") {
      d.reason = std::string(str::trim(text.substr(i + 2, end - i - 2)));
      break;
    }
    const std::uint32_t b = i;
    while (i < end && !is_space(text[i]) && text[i] != ',' && text.substr(i, 2) != "--") {
      ++i;
    }
    Directive::Id id{std::string(text.substr(b, i - b)), b, i};
    const bool valid = std::all_of(id.text.begin(), id.text.end(), [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
    });
    (valid ? d.ids : d.junk).push_back(std::move(id));
  }
  return true;
}

bool retired(std::string_view id) {
  const auto r = rules::retired_ids();
  return std::find(r.begin(), r.end(), id) != r.end();
}

// The next line after `offset` that is neither blank nor a comment-only line: [begin, end).
std::pair<std::uint32_t, std::uint32_t> next_code_line(const LineIndex& idx, std::uint32_t offset) {
  for (std::uint32_t line = idx.at(offset).line + 1; line <= idx.line_count(); ++line) {
    const std::string_view t = idx.line_text(line);
    const std::string_view trimmed = str::trim(t);
    if (trimmed.empty() || trimmed.starts_with("--")) {
      continue;
    }
    const auto b = static_cast<std::uint32_t>(idx.line_start(line));
    return {b, b + static_cast<std::uint32_t>(t.size())};
  }
  return {0, 0};
}

void parse_file(std::uint32_t fi, const FileInput& f, Parsed& out) {
  const std::string_view text = f.content;
  std::optional<LineIndex> idx;
  const auto eof = static_cast<std::uint32_t>(text.size() + 1); // findings may sit at EOF
  // Open regions: rule -> (suppression index, entry index).
  std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> open;
  for (const parse::CommentSpan& c : f.comments) {
    if (c.end > text.size() || c.begin + 2 > c.end) {
      continue;
    }
    Directive d;
    if (!read_directive(text, c, d)) {
      continue;
    }
    const SourceRef where{fi, c.begin, c.end};
    const std::string comment_text(str::trim(text.substr(c.begin, c.end - c.begin)));
    auto problem = [&](SourceRef at, std::string message) {
      out.problems.push_back(Problem{at, message, comment_text + "\x1f" + message});
    };
    for (const Directive::Id& j : d.junk) {
      problem(SourceRef{fi, j.begin, j.end},
              d.word + ": \"" + j.text + "\" is not a rule id (ids are kebab-case)");
    }
    Scope scope = Scope::NextLine;
    if (d.word == "ddlint-disable-next-line") {
      scope = Scope::NextLine;
    } else if (d.word == "ddlint-disable") {
      scope = Scope::Region;
    } else if (d.word == "ddlint-disable-file") {
      scope = Scope::File;
    } else if (d.word == "ddlint-enable") {
      if (d.ids.empty()) {
        if (open.empty()) {
          problem(where, "ddlint-enable without a matching ddlint-disable");
        }
        for (const auto& [rule, at] : open) {
          out.suppressions[at.first].entries[at.second].end = c.begin;
        }
        open.clear();
      }
      for (const Directive::Id& id : d.ids) {
        const auto it = open.find(id.text);
        if (it == open.end()) {
          problem(SourceRef{fi, id.begin, id.end},
                  "ddlint-enable " + id.text + " without a matching ddlint-disable");
          continue;
        }
        out.suppressions[it->second.first].entries[it->second.second].end = c.begin;
        open.erase(it);
      }
      continue;
    } else {
      problem(where, "unknown directive \"" + d.word +
                         "\" (known: ddlint-disable-next-line, ddlint-disable, "
                         "ddlint-disable-file, ddlint-enable)");
      continue;
    }
    if (d.ids.empty() && d.junk.empty()) {
      problem(where, d.word + " names no rule");
      continue;
    }
    Suppression s;
    s.scope = scope;
    s.comment = where;
    s.reason = d.reason;
    std::uint32_t begin = 0;
    std::uint32_t end = eof;
    std::string target;
    if (scope == Scope::NextLine) {
      if (!idx) {
        idx.emplace(text);
      }
      std::tie(begin, end) = next_code_line(*idx, c.end);
      target = std::string(str::trim(text.substr(begin, end - begin)));
    } else if (scope == Scope::Region) {
      begin = c.end;
    }
    s.identity = comment_text + "\x1f" + target;
    for (const Directive::Id& id : d.ids) {
      const SourceRef at{fi, id.begin, id.end};
      if (rules::find(id.text) == nullptr) {
        problem(at, retired(id.text)
                        ? d.word + " names rule \"" + id.text + "\", which was retired"
                        : d.word + " names unknown rule \"" + id.text + "\" (see `ddlint rules`)");
        continue;
      }
      s.entries.push_back(Entry{id.text, at, begin, end, false});
    }
    if (s.entries.empty()) {
      continue;
    }
    out.suppressions.push_back(std::move(s));
    if (scope == Scope::Region) {
      const std::size_t si = out.suppressions.size() - 1;
      for (std::size_t ei = 0; ei < out.suppressions[si].entries.size(); ++ei) {
        // A second disable of an open rule restarts nothing; the first region stays open.
        open.try_emplace(out.suppressions[si].entries[ei].rule, si, ei);
      }
    }
  }
}

bool covers(const Entry& e, const Suppression& s, const SourceRef& at) {
  return at.valid() && at.file == s.comment.file && at.begin >= e.begin && at.begin < e.end;
}

// Marks every entry that covers `f`; true when at least one does.
bool suppressed(const Finding& f, std::vector<Suppression>& sups,
                const std::map<std::uint32_t, std::vector<std::size_t>>& by_file) {
  bool hit = false;
  auto check = [&](const SourceRef& at) {
    const auto it = by_file.find(at.file);
    if (!at.valid() || it == by_file.end()) {
      return;
    }
    for (const std::size_t si : it->second) {
      Suppression& s = sups[si];
      for (Entry& e : s.entries) {
        if (e.rule == f.rule && covers(e, s, at)) {
          e.used = true;
          hit = true;
        }
      }
    }
  };
  check(f.loc);
  for (const SourceRef& r : f.related) {
    check(r);
  }
  return hit;
}

Finding meta_finding(std::string_view rule, const Config& config, const SourceRef& at,
                     std::string message, const std::string& identity) {
  const rules::Rule* r = rules::find(rule);
  Finding f;
  f.rule = std::string(rule);
  f.category = r != nullptr ? r->meta().category : Category::Meta;
  const RuleSetting* s = config.setting(rule);
  f.severity =
      s != nullptr ? s->severity : (r != nullptr ? r->meta().default_severity : Severity::Info);
  f.message = std::move(message);
  f.loc = at;
  f.fingerprint = make_fingerprint(rule, ObjectRef{}, identity);
  return f;
}

} // namespace

const char* directive(Scope s) {
  switch (s) {
  case Scope::NextLine:
    return "ddlint-disable-next-line";
  case Scope::Region:
    return "ddlint-disable";
  case Scope::File:
    return "ddlint-disable-file";
  }
  return "ddlint-disable";
}

Parsed parse(const RunInputs& inputs) {
  Parsed out;
  for (std::uint32_t fi = 0; fi < inputs.files.size(); ++fi) {
    if (!inputs.files[fi].no_directives) {
      parse_file(fi, inputs.files[fi], out);
    }
  }
  return out;
}

bool any_directive(std::string_view text, const std::vector<parse::CommentSpan>& comments) {
  for (const parse::CommentSpan& c : comments) {
    Directive d;
    if (c.end <= text.size() && c.begin + 2 <= c.end && read_directive(text, c, d)) {
      return true;
    }
  }
  return false;
}

Outcome apply(std::vector<Finding>& findings, const RunInputs& inputs, const Config& config,
              const std::vector<std::string>& ran) {
  Outcome res;
  Parsed parsed = parse(inputs);
  auto did_run = [&](std::string_view id) {
    return std::find(ran.begin(), ran.end(), id) != ran.end();
  };
  std::map<std::uint32_t, std::vector<std::size_t>> by_file;
  for (std::size_t i = 0; i < parsed.suppressions.size(); ++i) {
    by_file[parsed.suppressions[i].comment.file].push_back(i);
  }
  const auto before = findings.size();
  std::erase_if(findings,
                [&](const Finding& f) { return suppressed(f, parsed.suppressions, by_file); });
  res.suppressed = static_cast<std::uint32_t>(before - findings.size());

  std::vector<Finding> meta;
  if (did_run(kInvalidRule)) {
    for (const Problem& p : parsed.problems) {
      meta.push_back(meta_finding(kInvalidRule, config, p.at, p.message, p.identity));
    }
  }
  // Invalid-suppression findings can themselves be suppressed (e.g. in generated files).
  std::erase_if(meta,
                [&](const Finding& f) { return suppressed(f, parsed.suppressions, by_file); });
  res.invalid = static_cast<std::uint32_t>(meta.size());
  if (did_run(kUnusedRule)) {
    std::vector<Finding> unused;
    for (const Suppression& s : parsed.suppressions) {
      for (const Entry& e : s.entries) {
        // Suppressions of unused-suppression itself are judged below, never reported.
        if (e.used || e.rule == kUnusedRule || !did_run(e.rule)) {
          continue;
        }
        unused.push_back(
            meta_finding(kUnusedRule, config, e.at,
                         std::string(directive(s.scope)) + " " + e.rule + " suppresses nothing",
                         e.rule + "\x1f" + s.identity));
      }
    }
    std::erase_if(unused,
                  [&](const Finding& f) { return suppressed(f, parsed.suppressions, by_file); });
    res.unused = static_cast<std::uint32_t>(unused.size());
    std::move(unused.begin(), unused.end(), std::back_inserter(meta));
  }
  std::move(meta.begin(), meta.end(), std::back_inserter(findings));
  return res;
}

} // namespace ddlint::suppress
