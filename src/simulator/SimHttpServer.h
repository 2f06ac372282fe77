#pragma once

#include <QAbstractHttpServer>

#include <functional>
#include <memory>

class SimExchange;

// QtHttpServer's connection handling and HTTP parsing for the simulator: turns every parsed
// request into a SimExchange and hands it to one handler. Knows nothing about the providers.
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<void(const std::shared_ptr<SimExchange> &)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
