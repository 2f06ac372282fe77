#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that must reach the server at most once (create, delete, actions).
// Qt 6.4's HTTP/1.1 channel silently sends ANY request again, POST included, when the connection
// closes before the first byte of the answer; it rewinds the body with reset() first. This
// device refuses that rewind, so Qt fails the reply with ContentReSendError instead of repeating
// the write. Never used for reads, which the transport retries itself.
class SendOnceBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceBody)

public:
    explicit SendOnceBody(const QByteArray &data, QObject *parent = nullptr);

    bool reset() override;
    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    [[nodiscard]] bool atEnd() const override { return m_position >= m_data.size(); }
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool seek(qint64 position) override;
    // Rewinds Qt asked for (and were refused): 1 after a dropped connection.
    [[nodiscard]] int refusedRewinds() const { return m_refusedRewinds; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
    int m_refusedRewinds = 0;
};
