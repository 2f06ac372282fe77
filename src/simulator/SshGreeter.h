#pragma once

#include <QTcpServer>

// A stand-in for an instance's SSH daemon: listens on one loopback address and writes the
// "SSH-2.0-GPUFleetSim" banner to every connection, so "is SSH up" probes succeed. It speaks no
// further SSH and closes a connection once the client talks or after a few seconds.
class SshGreeter final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshGreeter)

public:
    explicit SshGreeter(QObject *parent = nullptr);

    // Listen on address:port (port 0 = any); false (quietly) when that is not possible.
    bool open(const QString &address, quint16 port);

private:
    void onNewConnection();
};
