#pragma once

// Result<T, E>: a value or an error, returned by core functions instead of throwing or using out-parameters.
// Error is the common error type: a stable code for programs, a message for people, optional details.

#include <optional>
#include <utility>
#include <variant>

#include <QString>

struct Error
{
    QString code;    // stable, machine-readable ("json.parse", "patch.apply", "io.read", ...)
    QString message; // one sentence for people, naming what failed
    QString details; // optional: more context (a snippet, an offset, a server body)

    QString toString() const { return details.isEmpty() ? message : message + QStringLiteral(": ") + details; }
};

template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(std::in_place_index<0>, value) { }
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(const E &error) : m_data(std::in_place_index<1>, error) { }
    Result(E &&error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Result<void>: success, or an error.
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(const E &error) : m_error(error) { }
    Result(E &&error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

using VoidResult = Result<void>;
