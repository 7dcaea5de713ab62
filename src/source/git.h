// Which files a change touches, asked of git: the scope of `check --changed-since REV` and
// `check --staged` (SPEC section 6). Paths come back absolute and normalised, symlinks resolved.
#pragma once

#include <string>
#include <vector>

namespace ddlint::source {

// Files that differ between the merge base of `rev` and HEAD and the working tree (committed,
// staged and unstaged changes alike: `git diff --name-only $(git merge-base REV HEAD)`), plus
// untracked files that are not ignored. `dir` is any directory inside the repository. Before
// the first commit (no HEAD), every file of the work tree is new.
// Throws UsageError when `dir` is not in a git work tree or `rev` is unknown (git's message).
std::vector<std::string> git_changed_since(const std::string& dir, const std::string& rev);

// Files whose staged content differs from HEAD (`git diff --cached --name-only`); in a repository
// without commits yet, every staged file.
std::vector<std::string> git_staged(const std::string& dir);

// The canonical form git_changed_since and git_staged return: absolute, lexically normal,
// symlinks resolved as far as the path exists.
std::string canonical_path(const std::string& path);

} // namespace ddlint::source
