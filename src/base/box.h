// An optional value kept out of line: one pointer (8 bytes) while unset. For fields of the schema
// model that most objects leave empty (CHECK and default expressions, predicates, comments,
// collations, opclasses): the model holds hundreds of thousands of columns, constraints and index
// keys, and inline `Expr`s and strings made most of its size (issue 9's memory target).
//
// Value semantics (copies deep-copy). Reading an unset box yields a default-constructed T, so
// readers need not distinguish "unset" from "empty"; writing goes through assignment or mut().
// Assigning an empty string or container releases the storage.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ddlint {

template <typename T> class Box {
public:
  Box() = default;
  Box(T v) { set(std::move(v)); } // NOLINT(google-explicit-constructor): a drop-in for T fields
  Box(const Box& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Box(Box&&) noexcept = default;
  ~Box() = default;
  Box& operator=(const Box& o) {
    if (this != &o) {
      p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    }
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  Box& operator=(T v) {
    set(std::move(v));
    return *this;
  }
  template <typename U>
    requires(!std::is_same_v<std::remove_cvref_t<U>, Box> &&
             !std::is_same_v<std::remove_cvref_t<U>, T> && std::is_constructible_v<T, U>)
  Box& operator=(U&& v) {
    set(T(std::forward<U>(v)));
    return *this;
  }

  const T& operator*() const { return p_ ? *p_ : blank(); }
  const T* operator->() const { return &**this; }
  operator const T&() const { return **this; } // NOLINT(google-explicit-constructor)
  const T& get() const { return **this; }

  // Mutable access; allocates an empty T when unset.
  T& mut() {
    if (!p_) {
      p_ = std::make_unique<T>();
    }
    return *p_;
  }
  bool has_value() const { return p_ != nullptr; }

  // Sets one member of the boxed value; an empty value allocates nothing while the box is unset.
  // For the "rare part" of a model object: a struct of the optional fields few objects have.
  template <typename M, typename V> void set_member(M T::*member, V&& v) {
    M value(std::forward<V>(v));
    if (!value.empty() || p_) {
      mut().*member = std::move(value);
    }
  }
  void reset() { p_.reset(); }

  // The common read operations of strings and containers, forwarded.
  bool empty() const
    requires requires(const T& t) { t.empty(); }
  {
    return !p_ || p_->empty();
  }
  auto size() const
    requires requires(const T& t) { t.size(); }
  {
    return p_ ? p_->size() : decltype(p_->size()){};
  }
  auto begin() const
    requires requires(const T& t) { t.begin(); }
  {
    return get().begin();
  }
  auto end() const
    requires requires(const T& t) { t.end(); }
  {
    return get().end();
  }
  void clear() { p_.reset(); }

  friend bool operator==(const Box& a, const Box& b) { return *a == *b; }
  template <typename U>
    requires(std::is_same_v<T, std::string> && std::is_convertible_v<const U&, std::string_view>)
  friend bool operator==(const Box& a, const U& b) {
    return std::string_view(*a) == std::string_view(b);
  }

private:
  void set(T&& v) {
    if constexpr (requires { v.empty(); }) {
      if (v.empty()) {
        p_.reset();
        return;
      }
    }
    if (p_) {
      *p_ = std::move(v);
    } else {
      p_ = std::make_unique<T>(std::move(v));
    }
  }
  static const T& blank() {
    static const T kEmpty{};
    return kEmpty;
  }
  std::unique_ptr<T> p_;
};

} // namespace ddlint
