// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>

#include <charconv>
#include <cstring>

namespace Gregor::Sandbox {

// Appends to a QByteArray through a raw pointer: a QByteArray::append costs some hundred
// instructions whatever its length, and an answer of 500 records is thousands of small pieces.
// While the sink lives the array holds garbage past what was written; finish() (or the
// destructor) trims it to the written bytes. Write to the array only through the sink meanwhile.
class ByteSink
{
public:
    explicit ByteSink(QByteArray &out)
        : m_out(out)
        , m_size(out.size())
    {}
    ~ByteSink() { finish(); }
    ByteSink(const ByteSink &) = delete;
    ByteSink &operator=(const ByteSink &) = delete;

    // At least `bytes` bytes to write at, valid until the next call.
    char *room(qsizetype bytes)
    {
        if (m_out.size() - m_size < bytes)
            grow(bytes);
        return m_out.data() + m_size;
    }
    void advance(qsizetype bytes) { m_size += bytes; } // after writing that much at room()
    void reserve(qsizetype bytes) { room(bytes); }

    void put(char c) { *room(1) = c, ++m_size; }
    void put(QByteArrayView bytes)
    {
        if (!bytes.isEmpty()) // memcpy from nullptr is undefined, even for 0 bytes
            std::memcpy(room(bytes.size()), bytes.data(), size_t(bytes.size()));
        m_size += bytes.size();
    }
    void put(const void *bytes, qsizetype n) { put(QByteArrayView(static_cast<const char *>(bytes), n)); }
    void number(qint64 value)
    {
        char *at = room(20);
        m_size += std::to_chars(at, at + 20, value).ptr - at;
    }

    qsizetype size() const { return m_size; }
    void truncate(qsizetype size) { m_size = size; }
    void finish() { m_out.resize(m_size); }

private:
    void grow(qsizetype bytes)
    {
        m_out.resize(m_size + bytes); // QByteArray grows its capacity geometrically
        m_out.resize(m_out.capacity());
    }

    QByteArray &m_out;
    qsizetype m_size;
};

} // namespace Gregor::Sandbox
