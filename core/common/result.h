#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace brc {

/// The outcome of a fallible call: a value or an Error, never both.
///
/// A small stand-in for std::expected that also compiles with clang against libstdc++ 12
/// (the fuzz and tidy builds), where std::expected is unavailable.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    {
    }
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(const Error &error)
        : m_data(std::in_place_index<1>, error)
    {
    }
    Result(Error &&error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {
    }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace brc
