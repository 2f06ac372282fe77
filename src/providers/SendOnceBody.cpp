#include "providers/SendOnceBody.h"

#include <cstring>

SendOnceBody::SendOnceBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SendOnceBody::reset()
{
    // Qt 6.4 does not rewind before the first send, only to send the request again.
    ++m_refusedRewinds;
    return false;
}

qint64 SendOnceBody::bytesAvailable() const
{
    return m_data.size() - m_position;
}

bool SendOnceBody::seek(qint64 position)
{
    if (position == m_position)
        return QIODevice::seek(position);
    // Any other position is a rewind or a skip: the bytes were (or would be) sent already.
    ++m_refusedRewinds;
    return false;
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
    if (count <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 SendOnceBody::writeData(const char *, qint64)
{
    return -1;
}
